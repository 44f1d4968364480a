import { record } from "../util/index.ts";
import { isMissing } from "./missing-markers.ts";

/** The layouts of official exports Blauw recognises (see DESIGN.md, data contract). */
export type Shape = "plain" | "statline-table" | "statline-long" | "odata";

/** Text around a table: the StatLine preamble and footer. */
export interface TableMetadata {
  title?: string;
  filters: string[];
  source?: string;
  /** Units per column, from a StatLine units row or "(unit)" in a header. */
  units: Record<string, string>;
  notes: string[];
  /** A StatLine table export's dimensions: the one that keys the rows, and per value column the
   * label each column dimension gives it ({"Onderwerp": "Aangiften", "Perioden": "2023"}). */
  dimensions?: { row: string; columns: Record<string, Record<string, string>> };
}

export interface Shaped {
  shape: Shape;
  /** One header row per column, already combined from multi-row headers. */
  header: string[];
  /** Data records, each with the 1-based record number it had in the file. */
  records: { row: number; cells: string[] }[];
  metadata: TableMetadata;
  /** Records that are the header (for reporting): how many. */
  headerRows: number;
}

export const nonEmpty = (cells: readonly string[]) => cells.filter((cell) => cell.trim() !== "").length;
export const isFooter = (cells: readonly string[]) =>
  nonEmpty(cells) === 1 && /^(bron|source|©)/i.test(cells.find((c) => c.trim())?.trim() ?? "");
const numberish = (cell: string) => isMissing(cell) || /^[-+−]?[\d.,]+\s*%?\**$/.test(cell.trim());

/** A record of values: most cells after the first are numbers or missing markers. */
function isValueRow(cells: readonly string[]): boolean {
  const rest = cells.slice(1);
  if (rest.length === 0) return false;
  return rest.filter(numberish).length >= rest.length / 2;
}

/**
 * Finds the table inside what was parsed: strips a StatLine preamble (title and filter lines) and
 * footer ("Bron: Politie"), combines a multi-row header into one name per column, and reads units
 * from a units row or from "(unit)" at the end of a header.
 */
export function shapeRecords(all: readonly string[][]): Shaped {
  const numbered = all.map((cells, i) => ({ row: i + 1, cells })).filter(({ cells }) => nonEmpty(cells) > 0);
  const metadata: TableMetadata = { filters: [], units: record<string>(), notes: [] };
  while (numbered.length > 0 && isFooter(numbered[numbered.length - 1].cells)) {
    metadata.source = numbered
      .pop()
      ?.cells.find((c) => c.trim())
      ?.trim();
  }
  const widths = numbered.map(({ cells }) => cells.length);
  const width = mode(widths);
  let start = 0;
  if (width > 1) {
    while (
      start < numbered.length &&
      nonEmpty(numbered[start].cells) <= 1 &&
      numbered[start].cells.length < width
    ) {
      const text = numbered[start].cells.find((c) => c.trim())?.trim() ?? "";
      if (start === 0) metadata.title = text;
      else metadata.filters.push(text);
      start++;
    }
    // StatLine writes preamble lines as one quoted field, so they have width 1 even when quoted.
    while (
      start < numbered.length &&
      nonEmpty(numbered[start].cells) <= 1 &&
      numbered[start].cells.length === 1
    )
      start++;
  }
  // Header rows of a table export run up to the block of value rows that ends the table.
  const headerRowsAfter = (from: number) => {
    const rows = numbered.slice(from);
    let first = rows.length;
    while (first > 1 && isValueRow(rows[first - 1].cells)) first--;
    return Math.max(1, first);
  };
  // A preamble is StatLine's (title and filters, a blank line, a header of a few rows, value rows and a
  // "Bron:" footer) only with the footer, or with the blank line and value rows after a short header:
  // otherwise a file whose first line happens to hold one cell would lose data rows to its header.
  if (start > 0 && metadata.source === undefined) {
    const blankAfter = start < numbered.length && numbered[start].row - numbered[start - 1].row > 1;
    const rows = headerRowsAfter(start);
    if (!blankAfter || rows > 4 || numbered.length - start <= rows) {
      start = 0;
      metadata.title = undefined;
      metadata.filters = [];
    }
  }
  const body = numbered.slice(start);
  const hasPreamble = start > 0;
  const headerRows = hasPreamble ? headerRowsAfter(start) : 1;
  const headers = body.slice(0, headerRows).map(({ cells }) => cells);
  const header =
    headerRows > 1 ? combineHeaders(headers, metadata) : (headers[0] ?? []).map((cell) => cell.trim());
  if (headerRows === 1) {
    for (const name of header) {
      const unit = /\(([^()]+)\)\s*$/.exec(name);
      if (unit) metadata.units[name] = unit[1];
    }
  }
  const shape: Shape = hasPreamble
    ? "statline-table"
    : header.filter((name) => /^[A-Za-z][A-Za-z0-9]*_\d+$/.test(name)).length >= 1
      ? "odata"
      : Object.keys(metadata.units).length > 0
        ? "statline-long"
        : "plain";
  return { shape, header, records: body.slice(headerRows), metadata, headerRows: headerRows + start };
}

/**
 * StatLine table exports stack one header row per column dimension and end with a units row whose
 * first cell names the row dimension: ("Onderwerp", "Misdrijven", …), ("Perioden", "2022", …),
 * ("Regio's", "aantal", …) become the columns "Regio's", "Misdrijven 2022", ….
 */
function combineHeaders(rows: string[][], metadata: TableMetadata): string[] {
  const width = rows.reduce((most, row) => Math.max(most, row.length), 0);
  const units = rows[rows.length - 1];
  const dimensions = rows.slice(0, -1);
  const columns = record<Record<string, string>>();
  const filled = dimensions.map((row) => {
    let last = "";
    return Array.from({ length: width }, (_, j) => {
      const cell = (row[j] ?? "").trim();
      if (j > 0 && cell) last = cell;
      return j > 0 ? cell || last : cell;
    });
  });
  const names = Array.from({ length: width }, (_, j) => {
    if (j === 0) return (units[0] ?? "").trim() || "label";
    const name = filled
      .map((row) => row[j])
      .filter(Boolean)
      .join(" ");
    const unit = (units[j] ?? "").trim();
    if (unit) metadata.units[name] = unit;
    if (name) {
      const labels = record<string>();
      for (const row of filled) if (row[j]) labels[row[0]] = row[j];
      columns[name] = labels;
    }
    return name || `column ${j + 1}`;
  });
  metadata.dimensions = { row: names[0], columns };
  return names;
}

function mode(values: readonly number[]): number {
  const tally = new Map<number, number>();
  for (const value of values) tally.set(value, (tally.get(value) ?? 0) + 1);
  let best = 0;
  let times = 0;
  for (const [value, n] of tally) if (n > times || (n === times && value > best)) [best, times] = [value, n];
  return best;
}
