import { describeLocator } from "../data/index.ts";
import { figureSvg } from "../export/index.ts";
import type { CompiledNotebook, NotebookListing, NotebookRun, Stdlib } from "../notebook/index.ts";
import { addChartKeys } from "./chart-keyboard.ts";
import { addToolbars } from "./chart-toolbar.ts";
import { h } from "./dom.ts";
import { download } from "./download.ts";
import { editBar } from "./edit-bar.ts";
import { readEdit } from "./edit-store.ts";
import { inScheme } from "./export-scheme.ts";
import { type Locale, t } from "./i18n.ts";
import { keepInView } from "./keep-in-view.ts";
import type { EditKeeper } from "./notebook-editor.ts";
import { routeHash, seedLinkHash } from "./route.ts";
import type { Toaster } from "./toast.ts";

/** What a notebook accepts from the reader: a file with these columns (front matter `accepts`). */
export interface Accepts {
  table: string;
  columns: string[];
}

/** A mounted notebook page; `dispose` stops its cells. */
export interface NotebookPage {
  element: HTMLElement;
  slug: string;
  accepts: Accepts | null;
  setUpload(value: unknown): void;
  /** Shows a notice at the top of the notebook (text only), or removes it. */
  notice(content: HTMLElement | null): void;
  dispose(): void;
  /** The current values of the notebook's inputs, for a link. */
  state(): Record<string, string>;
  /** The `id=` charts drawn so far, and one of them as a standalone SVG (for `npm run export`). */
  charts(): string[];
  chartSvg(chart: string, options?: ChartSvgOptions): string;
  scrollTo(section: string | undefined): void;
}

/** How `npm run export` asks for a chart's file (declared with `window.blauwCharts`, src/types/blauw-window.d.ts). */
export type ChartSvgOptions = BlauwChartFileOptions;

/** What a notebook page starts from and reports to: a link's state, the data fingerprint, the page's toasts. */
export interface MountOptions {
  /** Input values from a permalink (variable names, or `c<cell>` keys of older links). */
  state?: Record<string, string>;
  /** Called with the inputs' values and the section whenever the reader changes an input. */
  onState?: (state: Record<string, string>) => void;
  /** The bundled data's fingerprint, recorded in permalinks. */
  dataVersion: string;
  /** The page's toasts, for the editor's messages (a deleted block's Undo). */
  toasts?: Toaster;
  /**
   * A notebook made in this browser: its edits go to `keeper`, the editor opens at once when `edit` is
   * true, and its charts offer no permalink or embed (a link to it would not work anywhere else).
   */
  own?: { keeper: EditKeeper; edit: boolean };
  /** More controls beside the edit button (New, Open). */
  actions?: HTMLElement[];
}

/** A notebook's input state as a query string (keys sorted, so one state gives one link). */
export function stateQuery(state: Record<string, string>, dataVersion: string): string {
  const query = new URLSearchParams();
  for (const key of Object.keys(state).sort()) query.set(key, state[key]);
  query.set("d", dataVersion);
  return query.toString();
}

/** Loads a notebook's compiled module and its runtime, then renders prose, cells and contents. */
export async function mountNotebookPage(
  document: Document,
  listing: NotebookListing,
  locale: Locale,
  makeStdlib: (root: HTMLElement) => Promise<Stdlib>,
  options: MountOptions = { dataVersion: "" },
): Promise<NotebookPage> {
  const strings = t(locale);
  const [bundled, engine, kept] = await Promise.all([
    listing.load().then((module) => module.default),
    import("../notebook/index.ts"),
    listing.source && !options.own ? readEdit(listing.slug) : null,
  ]);
  const saved = kept?.edit ?? null;
  // A notebook edited in this browser opens as edited, compiled here from its saved text; an edit that
  // cannot be compiled (its front matter broken, say) leaves the bundled notebook on the page, with the
  // editor open on the saved text so it can be mended or reverted.
  let unreadable = false;
  const notebook = saved
    ? await (await import("./notebook-editor.ts"))
        .compileSaved(saved.text, listing.slug, locale)
        .catch(() => {
          unreadable = true;
          return bundled;
        })
    : bundled;
  const body = h(document, "div", { class: "notebook-body" });
  // Announced by the toast (see toast.ts); this copy stays at the top of the page for reference.
  const notice = h(document, "div", { class: "notebook-notice" });
  notice.hidden = true;
  const edit = h(document, "div", { class: "notebook-edit" });
  const article = h(document, "article", { class: "notebook", "data-notebook": listing.slug, lang: "nl" });
  article.append(
    h(document, "h1", {}, notebook.meta.title),
    h(document, "p", { class: "lede" }, notebook.meta.summary),
    ...(strings.proseLanguage
      ? [h(document, "p", { class: "prose-language", lang: locale }, strings.proseLanguage)]
      : []),
    notice,
    edit,
    body,
    sourceList(document, notebook, strings.sources, locale),
  );
  const element = h(
    document,
    "div",
    { class: "notebook-page" },
    contents(document, notebook, listing.slug, strings.contents),
    article,
  );
  const run: NotebookRun = engine.runNotebook(notebook, body, await makeStdlib(body), {
    state: options.state,
    onState: options.onState,
  });
  rewriteSeedLinks(body);
  const editing = listing.source
    ? editBar(document, {
        slug: listing.slug,
        locale,
        body,
        run,
        saved: unreadable ? null : (saved?.text ?? null),
        source: listing.source,
        revision: kept?.revision,
        base: saved?.base,
        toasts: options.toasts,
        store: options.own?.keeper,
        // A tab whose save was refused can keep its copy as a notebook of the reader's own (trusted: the
        // reader wrote it here), and goes to it.
        keepAsNew: options.own
          ? undefined
          : async (text) => {
              const { createUserNotebook } = await import("./user-notebooks.ts");
              const notebook = await createUserNotebook(text, true);
              const view = document.defaultView;
              if (view) view.location.hash = routeHash({ kind: "user", id: notebook.id });
            },
      })
    : null;
  if (editing) edit.append(editing.element);
  if (options.actions?.length)
    edit.append(h(document, "div", { class: "edit-more own-actions" }, ...options.actions));
  if (saved && unreadable) {
    // The saved text stays in the browser until the reader edits again; it can be taken away first.
    const keep = h(document, "button", { type: "button", class: "link-button" }, strings.downloadSavedEdit);
    keep.addEventListener("click", () =>
      download(
        document,
        `${listing.slug}.md`,
        new Blob([saved.text], { type: "text/markdown;charset=utf-8" }),
      ),
    );
    notice.replaceChildren(h(document, "p", {}, strings.unreadableEdit), keep);
    notice.hidden = false;
  } else if (saved || options.own?.edit) void editing?.start();
  const location = document.defaultView?.location;
  const here = location ? `${location.origin}${location.pathname}` : "";
  const stopToolbars = addToolbars(body, {
    slug: listing.slug,
    locale,
    site: here,
    ...(options.own
      ? {}
      : {
          permalink: (chart: string) =>
            `${here}#/${listing.slug}/${chart}?${stateQuery(run.state(), options.dataVersion)}`,
          embedUrl: (chart: string) =>
            new URL(
              `embed.html#/${listing.slug}/${chart}?${stateQuery(run.state(), options.dataVersion)}`,
              here || "http://localhost/",
            ).href,
        }),
  });
  const stopKeys = addChartKeys(body, locale);
  let stopAnchor = () => {};
  return {
    element,
    slug: listing.slug,
    accepts: readAccepts(notebook.meta.extra.accepts),
    setUpload: (value) => run.setUpload(value),
    notice: (content) => {
      notice.replaceChildren(...(content ? [content] : []));
      notice.hidden = !content;
    },
    dispose: () => {
      editing?.stop();
      stopAnchor();
      stopToolbars();
      stopKeys();
      run.dispose();
    },
    state: () => run.state(),
    charts: () =>
      [...body.querySelectorAll<HTMLElement>(".cell[data-cell-id]")]
        .filter((cell) => cell.querySelector(":scope > figure.blauw-chart"))
        .map((cell) => cell.dataset.cellId ?? ""),
    chartSvg: (chart, exportOptions = {}) => {
      const figure = body.querySelector<HTMLElement>(
        `.cell[data-cell-id="${CSS.escape(chart)}"] > figure.blauw-chart`,
      );
      if (!figure) throw new Error(`no chart "${chart}" in notebook "${listing.slug}"`);
      const base = exportOptions.permalinkBase ?? here;
      return inScheme(figure, exportOptions.scheme ?? "light", () =>
        figureSvg(figure, {
          notebook: listing.slug,
          chart,
          permalink: `${base}#/${listing.slug}/${chart}?${stateQuery(run.state(), options.dataVersion)}`,
          created: exportOptions.created,
          site: exportOptions.site,
        }),
      );
    },
    scrollTo: (section) => {
      const target = section
        ? (document.getElementById(section) ?? body.querySelector(`[data-cell-id="${CSS.escape(section)}"]`))
        : null;
      stopAnchor();
      if (target) stopAnchor = keepInView(target, () => drawnAbove(body, target));
      else document.defaultView?.scrollTo(0, 0);
    },
  };
}

/** Every chart cell up to `target` has drawn (or failed), and no cell is running. */
function drawnAbove(body: HTMLElement, target: Element): boolean {
  if (body.querySelector(".cell-running")) return false;
  return [...body.querySelectorAll(".cell[data-cell-id]")]
    .filter(
      (cell) => cell === target || cell.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING,
    )
    .every(
      (cell) => cell.querySelector(":scope > figure.blauw-chart") || cell.classList.contains("cell-error"),
    );
}

function contents(document: Document, notebook: CompiledNotebook, slug: string, title: string): HTMLElement {
  const list = h(document, "ol", {});
  for (const heading of notebook.headings.filter((item) => item.level === 2)) {
    const href = routeHash({ kind: "notebook", slug, section: heading.anchor });
    list.append(h(document, "li", {}, h(document, "a", { href }, heading.text)));
  }
  return h(document, "nav", { class: "toc", "aria-label": title }, h(document, "h2", {}, title), list);
}

function sourceList(
  document: Document,
  notebook: CompiledNotebook,
  title: string,
  locale: Locale,
): HTMLElement {
  const list = h(document, "ul", {});
  for (const source of notebook.meta.sources) {
    const { label, kind } = describeLocator(source, locale);
    const href = seedLinkHash(source) ?? (kind === "public" && /^https?:\/\//.test(source) ? source : null);
    // Public sources show their full address too: a reader citing the page needs it.
    const item = href ? h(document, "a", { href, title: source }, label) : label;
    list.append(
      h(
        document,
        "li",
        {},
        item,
        kind === "public" ? h(document, "span", { class: "source-url" }, ` — ${source}`) : "",
      ),
    );
  }
  return h(document, "footer", { class: "notebook-sources" }, h(document, "h2", {}, title), list);
}

/** Prose and source lines link to fact sheets by repository path; inside the app they become routes. */
export function rewriteSeedLinks(root: HTMLElement): void {
  const update = () => {
    for (const link of root.querySelectorAll<HTMLAnchorElement>("a[href]")) {
      const hash = seedLinkHash(link.getAttribute("href") ?? "");
      if (hash) link.setAttribute("href", hash);
      else if (/^https?:/.test(link.getAttribute("href") ?? "")) link.setAttribute("rel", "noopener");
    }
  };
  update();
  // Charts re-render when inputs change; their source lines need the same rewrite.
  new MutationObserver(update).observe(root, { childList: true, subtree: true });
}

function readAccepts(value: unknown): Accepts | null {
  if (typeof value !== "object" || value === null) return null;
  const { table, columns } = value as { table?: unknown; columns?: unknown };
  if (typeof table !== "string" || !Array.isArray(columns)) return null;
  return { table, columns: columns.map(String) };
}
