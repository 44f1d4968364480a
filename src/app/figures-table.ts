import { formatFigure, formatWhen } from "../charts/index.ts";
import { describeLocator } from "../data/index.ts";
import { h } from "./dom.ts";
import { type Locale, t } from "./i18n.ts";
import { seedLinkHash } from "./route.ts";

/** The figures table's own columns (seeds/README.md), as the Markdown gives them. */
type Figure = Record<
  "id" | "topic" | "measure" | "value" | "unit" | "period" | "year" | "qualifier" | "locator" | "what",
  string
>;

function readRows(table: HTMLTableElement): Figure[] {
  const names = [...table.querySelectorAll("thead th")].map((cell) => cell.textContent?.trim() ?? "");
  return [...table.querySelectorAll("tbody tr")].map(
    (row) =>
      Object.fromEntries(
        [...row.querySelectorAll("td")].map((cell, i) => [names[i], cell.textContent?.trim() ?? ""]),
      ) as Figure,
  );
}

/** "5000" in residents-per-officer → "5.000 inwoners per wijkagent"; "300000", "ruim" → "≈ 300.000 (ruim)". */
function value(figure: Figure, locale: Locale): string {
  const number = Number(figure.value);
  if (figure.value === "" || !Number.isFinite(number)) return figure.value;
  const text = formatFigure(
    { value: number, unit: figure.unit, qualifier: figure.qualifier || null },
    locale,
  );
  const unit = t(locale).units[figure.unit];
  return unit ? text.replace(/^(≈ )?([^ (]+)/, `$1$2 ${unit}`) : text;
}

/** The place in the sheet a figure was read: "antwoord 20", linked to it. */
function where(document: Document, figure: Figure, locale: Locale): HTMLElement | string {
  const sheet = describeLocator(figure.locator.replace(/#.*$/, ""), locale).label;
  const label = describeLocator(figure.locator, locale).label.replace(`${sheet}, `, "");
  const href = seedLinkHash(figure.locator);
  return href ? h(document, "a", { href }, label) : label;
}

/**
 * The figures table of a fact sheet made for people: columns named in the page's language, values
 * formatted with their unit and qualifier, each figure linked to where it was read and to its notebook,
 * in a region that scrolls sideways by keyboard (Tab to it, then the arrow keys).
 */
export function figuresTable(
  document: Document,
  source: HTMLTableElement,
  locale: Locale,
  notebookTitle: (slug: string) => string | undefined,
): HTMLElement {
  const strings = t(locale);
  const columns = strings.figureColumns;
  const head = h(
    document,
    "tr",
    {},
    ...[columns.what, columns.value, columns.when, columns.where, columns.notebook, columns.measure].map(
      (name) => h(document, "th", { scope: "col" }, name),
    ),
  );
  const body = h(document, "tbody", {});
  for (const figure of readRows(source)) {
    const title = notebookTitle(figure.topic);
    const year = figure.year === "" ? null : Number(figure.year);
    body.append(
      h(
        document,
        "tr",
        { "data-figure": figure.id },
        h(document, "td", {}, figure.what),
        h(document, "td", { class: "figure-value" }, value(figure, locale)),
        h(document, "td", {}, formatWhen({ year, period: figure.period || null })),
        h(document, "td", {}, where(document, figure, locale)),
        h(document, "td", {}, title ? h(document, "a", { href: `#/${figure.topic}` }, title) : "—"),
        h(document, "td", {}, h(document, "code", {}, figure.measure)),
      ),
    );
  }
  const table = h(document, "table", { class: "figures-table" }, h(document, "thead", {}, head), body);
  return h(
    document,
    "div",
    { class: "figures-scroll", role: "region", tabindex: "0", "aria-label": strings.figuresTable },
    table,
  );
}
