import {
  derivedLine,
  type FigureInfo,
  formatFigure,
  formatWhen,
  isDerived,
  rowLabel,
  sourceHref,
} from "../charts/index.ts";
import { describeLocator } from "../data/index.ts";
import { h } from "./dom.ts";
import { type Locale, t } from "./i18n.ts";

/**
 * The figures behind a chart as an HTML table: the same rows, in the same order, as its Gegevens CSV,
 * each with what it is, when, the figure in the reader's format with its qualifier, how Blauw computed
 * it (when it did) and its source, linked like the chart's source line. Every value goes in as text.
 * The table scrolls sideways inside a labelled region that takes focus, so a keyboard can scroll it.
 */
export function chartTable(document: Document, info: FigureInfo, locale: Locale, id: string): HTMLElement {
  const strings = t(locale).chartTable;
  const derived = info.rows.some(isDerived);
  // The figure right after what it is: on a narrow screen it is in view before the table scrolls.
  const headers = [
    strings.what,
    strings.figure,
    strings.when,
    ...(derived ? [strings.derived] : []),
    strings.source,
  ];
  const head = h(
    document,
    "thead",
    {},
    h(
      document,
      "tr",
      {},
      ...headers.map((text) =>
        h(
          document,
          "th",
          { scope: "col", ...(text === strings.figure ? { class: "chart-table-figure" } : {}) },
          text,
        ),
      ),
    ),
  );
  const body = h(document, "tbody");
  for (const row of info.rows) {
    const { label } = describeLocator(row.source, locale);
    const href = sourceHref(row.source);
    const source = /^(#\/|https?:\/\/)/.test(href)
      ? h(
          document,
          "a",
          { href, ...(href.startsWith("#/") ? {} : { target: "_blank", rel: "noopener noreferrer" }) },
          label,
        )
      : label;
    body.append(
      h(
        document,
        "tr",
        {},
        h(document, "th", { scope: "row" }, rowLabel(row, locale)),
        h(document, "td", { class: "chart-table-figure" }, formatFigure(row, locale)),
        h(document, "td", {}, formatWhen(row, locale)),
        derived ? h(document, "td", {}, isDerived(row) ? derivedLine(row, locale) : "") : null,
        h(document, "td", { class: "chart-table-source" }, source),
      ),
    );
  }
  const table = h(document, "table", {}, h(document, "caption", {}, strings.caption(info.title)), head, body);
  table.lang = locale;
  return h(
    document,
    "div",
    { class: "chart-table", id, role: "region", tabindex: "0", "aria-label": strings.region(info.title) },
    table,
  );
}
