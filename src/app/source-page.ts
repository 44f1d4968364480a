import type { CompiledNotebook } from "../notebook/index.ts";
import { h } from "./dom.ts";
import type { Locale } from "./i18n.ts";
import { t } from "./i18n.ts";
import { rewriteSeedLinks } from "./notebook-page.ts";

// Fact sheets are compiled by the same plugin as notebooks: prose only, headings with anchors.
const sheets = import.meta.glob<{ default: CompiledNotebook }>("/seeds/*.md");

/** Names of the fact sheets bundled with the site. */
export function sheetNames(): string[] {
  return Object.keys(sheets).map((path) => path.replace(/^\/seeds\/|\.md$/g, ""));
}

/** Renders one fact sheet from `seeds/`, or null when there is no such sheet. */
export async function renderSourcePage(
  document: Document,
  sheet: string,
  locale: Locale,
): Promise<HTMLElement | null> {
  const load = sheets[`/seeds/${sheet}.md`];
  if (!load) return null;
  const { default: compiled } = await load();
  const body = h(document, "div", { class: "prose" });
  for (const block of compiled.blocks) {
    if (block.kind === "prose") body.insertAdjacentHTML("beforeend", block.html);
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
