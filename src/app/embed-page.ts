import notebooks, { dataVersion } from "virtual:blauw/notebooks";
import type { CompiledNotebook } from "../notebook/index.ts";
import { isKebabId, type Locale } from "../util/index.ts";
import { addChartKeys } from "./chart-keyboard.ts";
import { createStdlib } from "./create-stdlib.ts";
import { h } from "./dom.ts";
import { declareFrameStyle } from "./frame-style.ts";
import { t } from "./i18n.ts";
import { routeQuery, routeState } from "./route.ts";

/** What an embed address asks for: `embed.html#/<notebook>/<chart-id>?<state>`, every part checked. */
export interface EmbedRequest {
  notebook: string;
  chart: string;
  state: Record<string, string>;
  theme: "light" | "dark" | null;
  locale: Locale;
}

/** Reads an embed address; null when the notebook or chart part is missing or not a kebab-case name. */
export function parseEmbed(hash: string): EmbedRequest | null {
  const path = hash.replace(/^#\/?/, "").split("?")[0];
  const [notebook, chart, ...rest] = path.split("/");
  if (!notebook || !chart || rest.length > 0 || !isKebabId(notebook) || !isKebabId(chart)) return null;
  const query = routeQuery(hash);
  const theme = query.get("theme");
  return {
    notebook,
    chart,
    state: routeState(hash),
    theme: theme === "light" || theme === "dark" ? theme : null,
    locale: query.get("lang") === "en" ? "en" : "nl",
  };
}

/**
 * One chart of a notebook, without the site around it, as wide as its frame: the notebook runs (its
 * charts depend on its other cells) and only the asked-for chart is shown. The page tells its parent
 * its height whenever it changes ({type: "blauw:height", height}), so the iframe can fit it.
 */
export async function startEmbed(window: Window, root: HTMLElement): Promise<void> {
  const { document } = window;
  declareFrameStyle(document);
  const request = parseEmbed(window.location.hash);
  let posted = -1;
  let scheduled = false;
  // Once per frame at most, and only when the height changed: a cell that redraws empties for a moment.
  const postHeight = () => {
    if (scheduled) return;
    scheduled = true;
    window.requestAnimationFrame(() => {
      scheduled = false;
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === posted) return;
      posted = height;
      window.parent?.postMessage(
        { type: "blauw:height", notebook: request?.notebook, chart: request?.chart, height },
        "*",
      );
    });
  };
  new ResizeObserver(postHeight).observe(document.documentElement);
  const fail = (message: string) => {
    root.replaceChildren(h(document, "p", { class: "embed-message", role: "alert" }, message));
    postHeight();
  };
  if (request?.theme) document.documentElement.classList.add(`theme-${request.theme}`);
  const locale = request?.locale ?? "nl";
  document.documentElement.lang = locale;
  const strings = t(locale);
  if (!request) return fail(strings.notFound);
  const listing = notebooks.find((notebook) => notebook.slug === request.notebook);
  if (!listing) return fail(strings.unknownNotebook(request.notebook));
  const [{ default: notebook }, engine] = await Promise.all([listing.load(), import("../notebook/index.ts")]);
  const target = notebook.blocks.find(
    (block: CompiledNotebook["blocks"][number]) => block.kind === "cell" && block.id === request.chart,
  );
  if (!target) return fail(strings.unknownChart(request.notebook, request.chart));
  const body = h(document, "div", { class: "notebook-body" });
  root.replaceChildren(body);
  addChartKeys(body, locale);
  engine.runNotebook(notebook, body, await createStdlib(window, body, locale, 1), { state: request.state });
  for (const child of body.children) {
    if ((child as HTMLElement).dataset.cellId !== request.chart) (child as HTMLElement).hidden = true;
  }
  // Links inside the chart (its sources) lead to the full site, in a new tab, not into the frame.
  const retarget = () => {
    for (const link of body.querySelectorAll<HTMLAnchorElement>("a[href]")) {
      const href = link.getAttribute("href") ?? "";
      if (href.startsWith("#/")) link.setAttribute("href", `index.html${href}`);
      link.target = "_blank";
      link.rel = "noopener noreferrer";
    }
  };
  new MutationObserver(retarget).observe(body, { childList: true, subtree: true });
  document.title = `${notebook.meta.title} · Blauw`;
  root.dataset.dataVersion = dataVersion;
}
