import { officialDocument } from "../data/index.ts";
import type { CompiledNotebook } from "../notebook/index.ts";
import { h } from "./dom.ts";
import { figuresTable } from "./figures-table.ts";
import type { Locale } from "./i18n.ts";
import { t } from "./i18n.ts";
import { rewriteSeedLinks } from "./notebook-page.ts";
import { officialReferences } from "./official-references.ts";

// Fact sheets are compiled by the same plugin as notebooks: prose only, headings with anchors.
const sheets = import.meta.glob<{ default: CompiledNotebook }>("/seeds/*.md");

/** Names of the fact sheets bundled with the site. */
export function sheetNames(): string[] {
  return Object.keys(sheets).map((path) => path.replace(/^\/seeds\/|\.md$/g, ""));
}

/**
 * Renders one fact sheet from `seeds/`, or null when there is no such sheet: the official document's
 * references first, then the sheet, its figures table made for people.
 */
export async function renderSourcePage(
  document: Document,
  sheet: string,
  locale: Locale,
  notebookTitle: (slug: string) => string | undefined = () => undefined,
): Promise<HTMLElement | null> {
  const load = sheets[`/seeds/${sheet}.md`];
  if (!load) return null;
  const { default: compiled } = await load();
  const body = h(document, "div", { class: "prose" });
  for (const block of compiled.blocks) {
    if (block.kind === "prose") body.insertAdjacentHTML("beforeend", block.html);
  }
  const figures = body.querySelector("#cijfers ~ table");
  if (figures instanceof HTMLTableElement)
    figures.replaceWith(figuresTable(document, figures, locale, notebookTitle));
  const official = officialDocument(sheet);
  if (official) {
    const references = officialReferences(document, official, locale);
    const title = body.querySelector("h1");
    if (title) title.after(references);
    else body.prepend(references);
  }
  rewriteSeedLinks(body);
  return h(
    document,
    "article",
    { class: "fact-sheet", lang: sheet === "README" ? "en" : "nl" },
    h(document, "p", { class: "kicker" }, t(locale).factSheet),
    // The sheet's own `# title` is its heading; only a sheet without one gets the front-matter title.
    compiled.headings.some((heading) => heading.level === 1)
      ? null
      : h(document, "h1", {}, compiled.meta.title),
    body,
  );
}
