import { describeLocator } from "../data/index.ts";
import type { NotebookListing } from "../notebook/index.ts";
import { h } from "./dom.ts";
import { type Locale, t } from "./i18n.ts";
import { routeHash } from "./route.ts";

/** The home page: one card per notebook, each a link into it. */
export function renderHome(
  document: Document,
  notebooks: readonly NotebookListing[],
  locale: Locale,
  sheets: readonly string[] = [],
  /** The reader's own notebooks, listed apart from the bundled ones. */
  own: HTMLElement | null = null,
): HTMLElement {
  const strings = t(locale);
  const list = h(document, "ul", { class: "cards" });
  for (const notebook of notebooks) {
    const link = h(document, "a", {
      href: routeHash({ kind: "notebook", slug: notebook.slug }),
      class: "card-link",
    });
    link.append(h(document, "h2", {}, notebook.title));
    list.append(
      h(
        document,
        "li",
        { class: "card", "data-notebook": notebook.slug },
        link,
        h(document, "p", {}, notebook.summary),
        h(document, "p", { class: "card-meta" }, strings.charts(notebook.charts ?? 0)),
      ),
    );
  }
  return h(
    document,
    "section",
    { class: "home" },
    h(document, "h1", {}, strings.tagline),
    h(document, "p", { class: "lede" }, strings.footer),
    list,
    own,
    sheets.length ? sourceSection(document, sheets, locale) : null,
  );
}

/** Links to the fact sheets that describe the two source documents. */
function sourceSection(document: Document, sheets: readonly string[], locale: Locale): HTMLElement {
  const strings = t(locale);
  const list = h(document, "ul", { class: "source-sheets" });
  for (const sheet of sheets) {
    const { label } = describeLocator(`seeds/${sheet}.md`, locale);
    list.append(
      h(document, "li", {}, h(document, "a", { href: routeHash({ kind: "source", sheet }) }, label)),
    );
  }
  return h(
    document,
    "section",
    { class: "home-sources" },
    h(document, "h2", {}, strings.sourceDocuments),
    list,
  );
}
