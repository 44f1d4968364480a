import { figureInfo } from "../charts/index.ts";
import { chartCsv, embedSnippet, figureSvg, svgToPng } from "../export/index.ts";
import { chartTable } from "./chart-table.ts";
import { h } from "./dom.ts";
import { download } from "./download.ts";
import { inScheme, type Scheme } from "./export-scheme.ts";
import { type Locale, t } from "./i18n.ts";

/** What the toolbar of a chart needs to know about the page it is on. */
export interface ToolbarContext {
  slug: string;
  locale: Locale;
  /**
   * The link to this chart with the notebook's current input state and data version; without it (a
   * notebook that lives in this browser only), no Link button and no permalink in the files.
   */
  permalink?: (chart: string) => string;
  /** The address of the embed page for this chart, with the current state; without it, no Embed button. */
  embedUrl?: (chart: string) => string;
  /** The site's own address (`https://…/`): exported sources link to its fact sheets (else to the official documents). */
  site?: string;
}

/** Copies text; where the clipboard is not available, shows it selected for the reader to copy. */
async function copy(status: HTMLElement, text: string, done: string, manual: string): Promise<void> {
  const document = status.ownerDocument;
  try {
    await document.defaultView?.navigator.clipboard.writeText(text);
    status.replaceChildren(done);
  } catch {
    const field = h(document, "textarea", { readonly: "", rows: "3", "aria-label": manual });
    field.value = text;
    status.replaceChildren(h(document, "span", {}, manual), field);
    field.focus();
    field.select();
  }
}

/**
 * A toolbar under a chart (an `id=` cell): the colours of the files (light or dark), SVG, PNG (2×), Data
 * (CSV of the chart's rows), the same CSV for Dutch spreadsheets, Embed (copies an iframe snippet), Link
 * (copies a permalink). A select and buttons, so Tab, arrows and Enter reach them.
 */
export function chartToolbar(cell: HTMLElement, figure: HTMLElement, context: ToolbarContext): HTMLElement {
  const document = cell.ownerDocument;
  const strings = t(context.locale).toolbar;
  const chart = cell.dataset.cellId ?? "chart";
  const base = `${context.slug}-${chart}`;
  const { embedUrl, permalink } = context;
  const status = h(document, "span", {
    class: "chart-toolbar-status",
    role: "status",
    "aria-live": "polite",
  });
  // Files are light unless the reader chooses dark, whatever the page's own scheme.
  const scheme = h(
    document,
    "select",
    { "aria-label": strings.scheme, title: strings.scheme },
    h(document, "option", { value: "light" }, strings.light),
    h(document, "option", { value: "dark" }, strings.dark),
  );
  scheme.value = "light";
  const svg = () =>
    inScheme(figure, scheme.value as Scheme, () =>
      figureSvg(figure, {
        notebook: context.slug,
        chart,
        permalink: context.permalink?.(chart) ?? "",
        created: new Date().toISOString(),
        site: context.site,
      }),
    );
  const csv = (name: string, dialect: "plain" | "excel-nl") => {
    const rows = figureInfo.get(figure)?.rows ?? [];
    const text = chartCsv(rows, { dialect, site: context.site });
    download(document, name, new Blob([text], { type: "text/csv;charset=utf-8" }));
  };
  const actions: [string, string, () => Promise<void> | void][] = [
    [
      "SVG",
      strings.svg,
      () => download(document, `${base}.svg`, new Blob([svg()], { type: "image/svg+xml" })),
    ],
    ["PNG", strings.png, async () => download(document, `${base}.png`, await svgToPng(document, svg(), 2))],
    [strings.dataButton, strings.data, () => csv(`${base}.csv`, "plain")],
    [strings.dataDutchButton, strings.dataDutch, () => csv(`${base}-excel-nl.csv`, "excel-nl")],
    ...(embedUrl
      ? ([
          [
            strings.embedButton,
            strings.embed,
            () =>
              copy(
                status,
                embedSnippet(embedUrl(chart), figureInfo.get(figure)?.title ?? chart),
                strings.copiedEmbed,
                strings.copyManually,
              ),
          ],
        ] satisfies [string, string, () => Promise<void>][])
      : []),
    ...(permalink
      ? ([
          [
            "Link",
            strings.link,
            () => copy(status, permalink(chart), strings.copiedLink, strings.copyManually),
          ],
        ] satisfies [string, string, () => Promise<void>][])
      : []),
  ];
  const bar = h(document, "div", { class: "chart-toolbar", role: "toolbar", "aria-label": strings.label });
  bar.append(tableToggle(cell, figure, bar, context.locale), scheme);
  for (const [text, label, action] of actions) {
    // The name a screen reader gives starts with the words on the button, so speech control finds it.
    const name = label.toLowerCase().includes(text.toLowerCase()) ? label : `${text}: ${label}`;
    const button = h(document, "button", { type: "button", "aria-label": name, title: label }, text);
    button.addEventListener("click", async () => {
      status.replaceChildren();
      try {
        await action();
      } catch (error) {
        status.replaceChildren(
          `${strings.failed}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    });
    bar.append(button);
  }
  bar.append(status);
  return bar;
}

/**
 * Tabel / Table: shows the chart's figures as a table under the toolbar and hides it again. The cell
 * remembers that it is open, so that a chart drawn again (another input) shows its new table.
 */
function tableToggle(cell: HTMLElement, figure: HTMLElement, bar: HTMLElement, locale: Locale): HTMLElement {
  const document = cell.ownerDocument;
  const strings = t(locale).chartTable;
  const id = `chart-table-${cell.dataset.cellId ?? "chart"}`;
  const button = h(
    document,
    "button",
    { type: "button", title: strings.hint, "aria-expanded": "false", "aria-controls": id },
    strings.button,
  );
  const set = (open: boolean) => {
    cell.querySelector(`:scope > .chart-table`)?.remove();
    const info = figureInfo.get(figure);
    if (open && info) bar.after(chartTable(document, info, locale, id));
    button.setAttribute("aria-expanded", String(open && !!info));
    if (open) cell.dataset.tableOpen = "true";
    else delete cell.dataset.tableOpen;
  };
  button.addEventListener("click", () => set(button.getAttribute("aria-expanded") !== "true"));
  if (cell.dataset.tableOpen === "true") queueMicrotask(() => bar.isConnected && set(true));
  return button;
}

/** Gives every chart cell under `root` a toolbar, now and whenever a cell draws its chart again. */
export function addToolbars(root: HTMLElement, context: ToolbarContext): () => void {
  const update = () => {
    for (const cell of root.querySelectorAll<HTMLElement>(".cell[data-cell-id]")) {
      const figure = cell.querySelector<HTMLElement>(":scope > figure.blauw-chart");
      const bar = cell.querySelector(":scope > .chart-toolbar");
      if (figure && !bar) cell.append(chartToolbar(cell, figure, context));
      if (!figure && bar) bar.remove();
    }
  };
  update();
  const observer = new MutationObserver(update);
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
