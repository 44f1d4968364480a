import type { FactRow } from "../charts/index.ts";
import { sourceUrls } from "../data/index.ts";
import { columnsOf } from "./columns.ts";
import { xmlSafeText } from "./xml-safe-text.ts";

/** How a chart's CSV is written. */
export interface CsvOptions {
  /**
   * `plain` (default): UTF-8, `,` between fields, `.` in decimals, for scripts and most tools.
   * `excel-nl`: a UTF-8 byte-order mark, `;` between fields and a decimal comma, as a spreadsheet set
   * to Dutch opens it with a double click.
   */
  dialect?: "plain" | "excel-nl";
  /** The published site (`https://…/`), for links to fact sheets; without it sources link to the official document. */
  site?: string;
}

/**
 * Text a spreadsheet could run as a formula (OWASP): it starts with a tab or a carriage return, or with
 * `=`, `+`, `-`, `@` — also after white space (no-break and ideographic spaces too), which spreadsheets
 * may skip, and in full width (`＝`, `＋`, `－`, `＠`), which some read as the ASCII sign.
 */
const formula = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/**
 * The rows a chart shows as CSV, each with its source as full addresses: `source` (the fact sheet on the
 * site, or the official document) and `source_document` (the official document). Safe to open in a
 * spreadsheet: a text cell — a column name as well as a value — that could be taken for a formula gets
 * a leading `'` (OWASP's rule, see `formula`); numbers are written as numbers; characters XML forbids
 * are written as U+FFFD (see `xmlSafeText`); an invalid date is an empty cell.
 */
export function chartCsv(rows: readonly FactRow[], options: CsvOptions = {}): string {
  const dutch = options.dialect === "excel-nl";
  const separator = dutch ? ";" : ",";
  const columns = columnsOf(rows);
  columns.splice(columns.indexOf("source") + 1, 0, "source_document");
  const needsQuotes = dutch ? /[";\r\n]/ : /[",\r\n]/;
  const cell = (value: unknown): string => {
    if (value === null || value === undefined) return "";
    if (typeof value === "number") {
      if (!Number.isFinite(value)) return "";
      return dutch ? String(value).replace(".", ",") : String(value);
    }
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString();
    let text = xmlSafeText(typeof value === "string" ? value : (JSON.stringify(value) ?? String(value)));
    if (formula.test(text)) text = `'${text}`;
    return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const resolved = (row: FactRow): Record<string, unknown> => {
    const locator = row.source;
    if (typeof locator !== "string" || locator === "") return row;
    const urls = sourceUrls(locator, options.site);
    return urls ? { ...row, source: urls.page, source_document: urls.document } : row;
  };
  const lines = [
    columns.map(cell).join(separator),
    ...rows.map(resolved).map((row) => columns.map((column) => cell(row[column])).join(separator)),
  ];
  return `${dutch ? "\uFEFF" : ""}${lines.join("\r\n")}\r\n`;
}
