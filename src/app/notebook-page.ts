import { describeLocator } from "../data/index.ts";
import type { CompiledNotebook, NotebookListing, NotebookRun, Stdlib } from "../notebook/index.ts";
import { h } from "./dom.ts";
import { type Locale, t } from "./i18n.ts";
import { routeHash, seedLinkHash } from "./route.ts";

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
  scrollTo(section: string | undefined): void;
}

/** Loads a notebook's compiled module and its runtime, then renders prose, cells and contents. */
export async function mountNotebookPage(
  document: Document,
  listing: NotebookListing,
  locale: Locale,
  makeStdlib: (root: HTMLElement) => Promise<Stdlib>,
): Promise<NotebookPage> {
  const strings = t(locale);
  const [{ default: notebook }, engine] = await Promise.all([listing.load(), import("../notebook/index.ts")]);
  const body = h(document, "div", { class: "notebook-body" });
  const notice = h(document, "div", { class: "notebook-notice", role: "status", "aria-live": "polite" });
  notice.hidden = true;
  const article = h(document, "article", { class: "notebook", "data-notebook": listing.slug, lang: "nl" });
  article.append(
    h(document, "h1", {}, notebook.meta.title),
    h(document, "p", { class: "lede" }, notebook.meta.summary),
    notice,
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
  const run: NotebookRun = engine.runNotebook(notebook, body, await makeStdlib(body));
  rewriteSeedLinks(body);
  return {
    element,
    slug: listing.slug,
    accepts: readAccepts(notebook.meta.extra.accepts),
    setUpload: (value) => run.setUpload(value),
    notice: (content) => {
      notice.replaceChildren(...(content ? [content] : []));
      notice.hidden = !content;
    },
    dispose: () => run.dispose(),
    scrollTo: (section) => {
      const target = section ? document.getElementById(section) : null;
      if (target) target.scrollIntoView({ block: "start" });
      else document.defaultView?.scrollTo(0, 0);
    },
  };
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
