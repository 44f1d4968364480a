import {
  type Cell,
  type ColumnSummary,
  type ColumnType,
  type CsvReading,
  type RepeatedKeyReport,
  scratchDimensions,
} from "../data/index.ts";
import { localeTag } from "../util/index.ts";
import { columnPicker } from "./column-picker.ts";
import { h } from "./dom.ts";
import { type Locale, t } from "./i18n.ts";
import { renderScratchChart } from "./scratch-chart.ts";
import { repeatedKeyText } from "./scratch-chart-text.ts";
import { queryChoice } from "./scratch-link.ts";
import { problemItem } from "./upload-problems.ts";

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
  link: {
    /** The query of the link the page was opened with; its chart choice applies when it names this file. */
    query: URLSearchParams;
    /** The permalink for a chart query. */
    permalink: (query: string) => string;
    /** Called whenever the chart's choice changes, so that the address can follow it. */
    onChoice: (query: string) => void;
  } = { query: new URLSearchParams(), permalink: (query) => `#/bestand?${query}`, onChoice: () => {} },
  /** Makes a notebook of its own that reads this file (Maak notebook / Make notebook). */
  onMakeNotebook?: () => void,
): Promise<HTMLElement> {
  const strings = t(locale);
  const { reading } = file;
  const number = new Intl.NumberFormat(localeTag(locale));
  const page = h(document, "article", { class: "scratch", "data-file": file.name });
  const delimiter = reading.dialect.delimiter === "\t" ? "tab" : reading.dialect.delimiter;
  page.append(
    h(document, "p", { class: "kicker your-file" }, strings.yourFile),
    h(document, "h1", {}, file.name),
    h(document, "p", { class: "lede" }, strings.localOnly),
    onMakeNotebook ? makeNotebookButton(document, file.name, locale, onMakeNotebook) : "",
    h(
      document,
      "p",
      { class: "dialect" },
      strings.dialectLine(delimiter, reading.dialect.encoding, reading.dialect.shape),
    ),
  );
  const dimensions = scratchDimensions(reading);
  const meta = reading.metadata;
  // The reader's note on mixed periods is said below in the page's language; the reading's own note
  // (for `npm run inspect`) is English.
  const notes = meta.notes.filter((note) => !/^Column ".*" mixes .* periods/.test(note));
  const period = dimensions.period;
  if (period?.kind === "period" && period.steps.length > 1) {
    const kinds = period.steps.map((step) => strings.scratch.steps[step]?.[0] ?? step).join(", ");
    notes.push(strings.scratch.mixedPeriods(period.column, kinds));
  }
  for (const line of [meta.title, ...meta.filters, meta.source, ...notes]) {
    if (line) page.append(h(document, "p", { class: "file-meta" }, line));
  }

  // A turn for the page before the first chart's passes over millions of rows.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const problems = h(document, "section", { class: "problems" });
  const showProblems = (repeated: readonly RepeatedKeyReport[]) => {
    const count = reading.problems.length + repeated.length;
    problems.setAttribute("aria-label", strings.problemsTitle(count));
    problems.replaceChildren(h(document, "h2", {}, strings.problemsTitle(count)));
    if (count === 0) {
      problems.append(h(document, "p", {}, strings.noProblems));
      return;
    }
    const list = h(document, "ol", { class: "problem-list" });
    for (const report of repeated.slice(0, shownProblems)) {
      const { where, text } = repeatedKeyText(report, locale);
      list.append(
        h(document, "li", { class: "repeated-key" }, h(document, "strong", {}, where), `: ${text}`),
      );
    }
    for (const problem of reading.problems.slice(0, Math.max(0, shownProblems - repeated.length))) {
      list.append(problemItem(document, problem, locale));
    }
    problems.append(list);
    if (count > shownProblems)
      problems.append(h(document, "p", {}, strings.moreProblems(count - shownProblems)));
  };
  const width = Math.min(900, Math.max(280, (document.querySelector("main")?.clientWidth ?? 900) - 40));
  const linked = link.query.get("file") === file.name;
  const chart = await renderScratchChart(document, file, dimensions, locale, {
    width,
    choice: queryChoice(dimensions, linked ? link.query : new URLSearchParams()),
    permalink: link.permalink,
    onDrawn: (query, repeated) => {
      showProblems(repeated);
      link.onChoice(query);
    },
  });
  page.append(chart, problems);

  // Columns (with a type override each) and rows: of a wide file, the columns the picker chooses.
  const Inputs = await import("@observablehq/inputs");
  const summary = h(document, "table", { class: "column-summary" });
  const rows = h(document, "div", { class: "scratch-rows-table" });
  const byName = new Map(reading.columns.map((column) => [column.name, column]));
  const picker = columnPicker(document, Object.keys(reading.data), locale, (shown) => {
    const columns = shown.flatMap((name) => byName.get(name) ?? []);
    // No column matches the search: the picker says so, and there is nothing to list.
    if (columns.length === 0) {
      summary.replaceChildren();
      rows.replaceChildren();
      return;
    }
    summary.replaceChildren(...summaryRows(document, columns, locale, onRetype));
    const table = Inputs.table(lazyRows(reading, shown), tableOptions(columns, locale)) as HTMLElement;
    // Without row selection, the table keeps an empty first column; its header is no header at all.
    table.querySelector("thead th:first-child:empty")?.replaceWith(document.createElement("td"));
    rows.replaceChildren(table);
  });
  page.append(
    h(
      document,
      "section",
      { class: "scratch-columns" },
      h(document, "h2", {}, strings.columnsTitle),
      picker,
      summary,
    ),
    h(
      document,
      "section",
      { class: "scratch-rows" },
      h(document, "h2", {}, strings.rowsTitle(number.format(reading.rowCount))),
      rows,
    ),
  );
  return page;
}

/** A header row and one row per column: name, type (a chooser that reads the file again), empties, range, unit. */
function summaryRows(
  document: Document,
  columns: readonly ColumnSummary[],
  locale: Locale,
  onRetype: (column: string, type: ColumnType) => void,
): HTMLTableRowElement[] {
  const strings = t(locale);
  const number = new Intl.NumberFormat(localeTag(locale));
  const header = h(
    document,
    "tr",
    {},
    ...[strings.column, strings.type, strings.empty, strings.range, strings.unit].map((label) =>
      h(document, "th", {}, label),
    ),
  );
  return [
    header,
    ...columns.map((column) => {
      const select = h(document, "select", { "aria-label": `${strings.type}: ${column.name}` });
      for (const type of columnTypes) {
        const option = h(document, "option", { value: type }, strings.scratch.typeNames[type] ?? type);
        if (type === column.type) option.selected = true;
        select.append(option);
      }
      if (column.derivedFrom) select.disabled = true;
      select.addEventListener("change", () => onRetype(column.name, select.value as ColumnType));
      const show = (value: number | string | undefined) =>
        typeof value === "number" && !isYears(column) ? number.format(value) : String(value);
      const range =
        column.min !== undefined
          ? `${show(column.min)} … ${show(column.max)}`
          : column.distinct !== undefined
            ? String(column.distinct)
            : "";
      return h(
        document,
        "tr",
        {},
        h(document, "td", {}, column.name),
        h(document, "td", {}, select),
        h(document, "td", {}, number.format(column.missing)),
        h(document, "td", {}, range),
        h(document, "td", {}, column.unit ?? ""),
      );
    }),
  ];
}

/** Whole numbers between 1900 and 2100: years, shown without a thousands separator. */
const isYears = (column: ColumnSummary) =>
  column.type === "integer" && Number(column.min) >= 1900 && Number(column.max) <= 2100;

/** Characters of a cell the rows table shows: a file's megabyte-long cell would take the page seconds to lay out. */
const cellLimit = 1000;
function shownCell(text: string): string {
  if (text.length <= cellLimit) return text;
  // Never cut a surrogate pair in two.
  const code = text.charCodeAt(cellLimit - 1);
  return `${text.slice(0, code >= 0xd800 && code <= 0xdbff ? cellLimit - 1 : cellLimit)}…`;
}

/**
 * Inputs.table's options for these columns. Format and alignment are given for each column from its
 * type: left to itself, the table would look for each column's type by walking the rows.
 */
function tableOptions(columns: readonly ColumnSummary[], locale: Locale) {
  const tag = localeTag(locale);
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 12 });
  const format: Record<string, (value: Cell) => string> = Object.create(null);
  const align: Record<string, "left" | "right"> = Object.create(null);
  for (const column of columns) {
    const numeric = column.type === "integer" || column.type === "number" || column.type === "percent";
    align[column.name] = numeric ? "right" : "left";
    format[column.name] = (value) =>
      value == null
        ? ""
        : typeof value === "number" && !isYears(column)
          ? number.format(value)
          : shownCell(String(value));
  }
  // A table to read, not to pick rows from: no checkbox column (whose boxes have no labels).
  return {
    rows: 15,
    locale: tag,
    format,
    align,
    select: false,
    columns: columns.map((column) => column.name),
  };
}

/**
 * The rows of a reading as Inputs.table reads them (a length and an iterator), each row object made
 * when the table asks for it and holding only the columns shown. Sorting by a column still makes
 * them all, once.
 */
function lazyRows(
  reading: CsvReading,
  names: readonly string[],
): Iterable<Record<string, Cell>> & { length: number } {
  const columns = names.map((name) => reading.data[name]);
  return {
    length: reading.rowCount,
    *[Symbol.iterator]() {
      for (let row = 0; row < reading.rowCount; row++) {
        const object: Record<string, Cell> = Object.create(null);
        for (let j = 0; j < names.length; j++) object[names[j]] = columns[j].at(row) ?? null;
        yield object;
      }
    },
  };
}

/** Maak notebook / Make notebook: a notebook of the reader's own whose first cell reads this file. */
function makeNotebookButton(
  document: Document,
  name: string,
  locale: Locale,
  onMake: () => void,
): HTMLElement {
  const strings = t(locale).own;
  const button = h(
    document,
    "button",
    { type: "button", class: "own-button", "aria-label": strings.makeNotebookLabel(name) },
    strings.makeNotebook,
  );
  button.addEventListener("click", onMake);
  return h(document, "p", { class: "make-notebook" }, button);
}
