import { type Problem, problemText } from "../data/index.ts";
import { h } from "./dom.ts";
import { type Locale, t } from "./i18n.ts";

/** Problems shown on a notebook page; the rest are counted (the full list is `npm run inspect`'s). */
const shown = 20;

/**
 * The problems of a file dropped on a notebook, each with its row and column, in the reader's
 * language: what the loader could not read and the counts that cannot be right (left out of the charts).
 */
export function uploadProblems(
  document: Document,
  problems: readonly Problem[],
  locale: Locale,
): HTMLElement {
  const strings = t(locale);
  const list = h(document, "ol", { class: "problem-list" });
  for (const problem of problems.slice(0, shown)) list.append(problemItem(document, problem, locale));
  return h(
    document,
    "details",
    { class: "upload-problems", open: "" },
    h(document, "summary", {}, strings.problemsTitle(problems.length)),
    list,
    problems.length > shown ? h(document, "p", {}, strings.moreProblems(problems.length - shown)) : "",
  );
}

/** One problem as a list item: where (row and column, in bold), then what, in the reader's language. */
export function problemItem(document: Document, problem: Problem, locale: Locale): HTMLLIElement {
  const strings = t(locale);
  const where = `${strings.row} ${problem.row}${problem.column ? `, ${strings.column} “${problem.column}”` : ""}`;
  return h(document, "li", {}, h(document, "strong", {}, where), `: ${problemText(problem, locale)}`);
}
