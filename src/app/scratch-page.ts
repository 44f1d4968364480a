import { describeTotals, drawFirstChart, firstChartData, pickFirstChart } from "../charts/index.ts";
import { type Cell, type ColumnType, type CsvReading, problemText } from "../data/index.ts";
import { h } from "./dom.ts";
import { type Locale, t } from "./i18n.ts";

const columnTypes: ColumnType[] = [
  "string",
  "integer",
  "number",
  "percent",
  "boolean",
  "date",
  "period",
  "region",
];
const shownProblems = 200;

/**
 * The scratch notebook of a file the reader opened: what was read, a first chart, the rows, a summary
 * per column (whose type can be changed) and every problem with its row and column.
 */
export async function renderScratchPage(
  document: Document,
  file: { name: string; reading: CsvReading },
  locale: Locale,
  onRetype: (column: string, type: ColumnType) => void,
): Promise<HTMLElement> {
  const strings = t(locale);
  const { reading } = file;
  const number = new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB");
  const page = h(document, "article", { class: "scratch", "data-file": file.name });
  const delimiter = reading.dialect.delimiter === "\t" ? "tab" : reading.dialect.delimiter;
  page.append(
    h(document, "p", { class: "kicker your-file" }, strings.yourFile),
    h(document, "h1", {}, file.name),
    h(document, "p", { class: "lede" }, strings.localOnly),
    h(
      document,
      "p",
      { class: "dialect" },
      strings.dialectLine(delimiter, reading.dialect.encoding, reading.dialect.shape),
    ),
  );
  const meta = reading.metadata;
  for (const line of [meta.title, ...meta.filters, meta.source, ...meta.notes]) {
    if (line) page.append(h(document, "p", { class: "file-meta" }, line));
  }

  // First chart
  const chartSection = h(
    document,
    "section",
    { class: "scratch-chart" },
    h(document, "h2", {}, strings.firstChart),
  );
  page.append(chartSection);
  const width = Math.min(900, Math.max(320, (document.querySelector("main")?.clientWidth ?? 900) - 40));
  // A turn for the page between choosing, summing and drawing: each pass over millions of rows stays short.
  const turn = () => new Promise((resolve) => setTimeout(resolve, 0));
  const choice = pickFirstChart(reading);
  await turn();
  const summed = firstChartData(reading, choice);
  await turn();
  const chart = drawFirstChart(reading, choice, { document, locale, width }, summed);
  const totals = describeTotals(choice);
  if (totals) chartSection.append(h(document, "p", { class: "chart-filter" }, strings.totalsOnly(totals)));
  chartSection.append(chart ?? h(document, "p", {}, strings.noChart));

  // Problems
  const problems = h(document, "section", {
    class: "problems",
    "aria-label": strings.problemsTitle(reading.problems.length),
  });
  problems.append(h(document, "h2", {}, strings.problemsTitle(reading.problems.length)));
  if (reading.problems.length === 0) problems.append(h(document, "p", {}, strings.noProblems));
  else {
    const list = h(document, "ol", { class: "problem-list" });
    for (const problem of reading.problems.slice(0, shownProblems)) {
      const where = `${strings.row} ${problem.row}${problem.column ? `, ${strings.column} “${problem.column}”` : ""}`;
      list.append(
        h(document, "li", {}, h(document, "strong", {}, where), `: ${problemText(problem, locale)}`),
      );
    }
    problems.append(list);
    if (reading.problems.length > shownProblems) {
      problems.append(h(document, "p", {}, strings.moreProblems(reading.problems.length - shownProblems)));
    }
  }
  page.append(problems);

  // Columns, with a type override each
  const table = h(document, "table", { class: "column-summary" });
  table.append(
    h(
      document,
      "tr",
      {},
      ...[strings.column, strings.type, strings.empty, strings.range, strings.unit].map((label) =>
        h(document, "th", {}, label),
      ),
    ),
  );
  for (const column of reading.columns) {
    const select = h(document, "select", { "aria-label": `${strings.type}: ${column.name}` });
    for (const type of columnTypes) {
      const option = h(document, "option", { value: type }, type);
      if (type === column.type) option.selected = true;
      select.append(option);
    }
    if (column.derivedFrom) select.disabled = true;
    select.addEventListener("change", () => onRetype(column.name, select.value as ColumnType));
    const isYears = column.type === "integer" && Number(column.min) >= 1900 && Number(column.max) <= 2100;
    const show = (value: number | string | undefined) =>
      typeof value === "number" && !isYears ? number.format(value) : String(value);
    const range =
      column.min !== undefined
        ? `${show(column.min)} … ${show(column.max)}`
        : column.distinct !== undefined
          ? String(column.distinct)
          : "";
    table.append(
      h(
        document,
        "tr",
        {},
        h(document, "td", {}, column.name),
        h(document, "td", {}, select),
        h(document, "td", {}, number.format(column.missing)),
        h(document, "td", {}, range),
        h(document, "td", {}, column.unit ?? ""),
      ),
    );
  }
  page.append(
    h(document, "section", { class: "scratch-columns" }, h(document, "h2", {}, strings.columnsTitle), table),
  );

  // Rows
  const Inputs = await import("@observablehq/inputs");
  const rows = h(
    document,
    "section",
    { class: "scratch-rows" },
    h(document, "h2", {}, strings.rowsTitle(number.format(reading.rowCount))),
  );
  // Years read as integers are shown without a thousands separator.
  const format = Object.fromEntries(
    reading.columns
      .filter(
        (c) => c.type === "integer" && typeof c.min === "number" && c.min >= 1900 && Number(c.max) <= 2100,
      )
      .map((c) => [c.name, String]),
  );
  const tableOptions = {
    rows: 15,
    locale: locale === "nl" ? "nl-NL" : "en-GB",
    format,
    columns: Object.keys(reading.data),
  };
  // Rows are made as the table scrolls to them, not a million objects up front.
  rows.append(Inputs.table(lazyRows(reading), tableOptions) as unknown as Node);
  page.append(rows);
  return page;
}

/**
 * The rows of a reading as Inputs.table reads them (a length and an iterator), each row object made
 * when the table asks for it. Sorting by a column still makes them all, once.
 */
function lazyRows(reading: CsvReading): Iterable<Record<string, Cell>> & { length: number } {
  const names = Object.keys(reading.data);
  const columns = names.map((name) => reading.data[name]);
  return {
    length: reading.rowCount,
    *[Symbol.iterator]() {
      for (let row = 0; row < reading.rowCount; row++) {
        const object: Record<string, Cell> = {};
        for (let j = 0; j < names.length; j++) object[names[j]] = columns[j].at(row) ?? null;
        yield object;
      }
    },
  };
}
