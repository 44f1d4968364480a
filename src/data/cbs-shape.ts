import { crimeTypeCode, periodCode, regionCode } from "./cbs-codes.ts";
import { cbsTopicKeys, dimensionKey, topicKey } from "./cbs-topics.ts";
import type { Cell } from "./columns.ts";
import type { CsvReading } from "./read.ts";
import type { Shape } from "./shape.ts";
import { labelLevel, parsePeriod, parseRegion } from "./values.ts";

/** A CBS table in the OData / bulk vocabulary, whatever shape it came in. */
export interface CbsTable {
  /** The shape the file had. */
  shape: Shape;
  /** Columns by key (`RegioS`, `SoortMisdrijf`, `Perioden`, topic keys), with `RegioS_level` and
   * `Perioden_kind`, `_year`, `_date` derived; ready for `aq.table`. */
  data: Record<string, Cell[]>;
  rowCount: number;
  /** Column titles that were given their key: ("Regio's", "RegioS"). */
  renamed: { from: string; to: string }[];
  /** Labels without a code in the bundled code lists: kept as they were, left out of sums by level. */
  unmatched: { column: string; labels: string[] }[];
}

type Row = Record<string, Cell>;

const translators: Record<string, (label: string | number) => string | undefined> = {
  RegioS: (label) => (typeof label === "string" ? regionCode(label) : undefined),
  SoortMisdrijf: (label) => (typeof label === "string" ? crimeTypeCode(label) : undefined),
  Perioden: periodCode,
};

/**
 * Turns a reading of any of the three shapes of a CBS table (StatLine table export, StatLine long
 * export, OData / bulk file) into the OData vocabulary the notebooks use: dimension titles become
 * keys, labels become codes (`"Nederland"` → `NL01`, `"2013"` → `2013JJ00`), topic titles of `table`
 * become its topic keys, and a table export's columns (one per topic and period) become rows.
 */
export function normaliseCbs(reading: CsvReading, table: string): CbsTable {
  const keys = cbsTopicKeys(table);
  const renamed: CbsTable["renamed"] = [];
  const nameOf = (title: string) => {
    const key = dimensionKey(title) ?? topicKey(title, keys) ?? title;
    if (key !== title && !renamed.some((pair) => pair.from === title)) renamed.push({ from: title, to: key });
    return key;
  };
  const dimensions = reading.metadata.dimensions;
  const rows =
    reading.dialect.shape === "statline-table" && dimensions
      ? unpivot(reading, dimensions, nameOf)
      : plainRows(reading, nameOf);
  const unmatched: CbsTable["unmatched"] = [];
  const names = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  for (const [column, translate] of Object.entries(translators)) {
    if (!names.includes(column)) continue;
    const missed = new Set<string>();
    const cache = new Map<Cell, Cell>();
    for (const row of rows) {
      const label = row[column];
      if (label === null || label === undefined || typeof label === "boolean") continue;
      let code = cache.get(label);
      if (code === undefined) {
        code = translate(label) ?? null;
        cache.set(label, code);
      }
      if (code === null) missed.add(String(label).trim());
      row[column] = code ?? String(label).trim();
    }
    if (missed.size > 0) unmatched.push({ column, labels: [...missed] });
  }
  for (const row of rows) {
    if ("RegioS" in row) {
      const region = String(row.RegioS ?? "");
      row.RegioS_level = parseRegion(region)?.level ?? labelLevel(region) ?? null;
    }
    if ("Perioden" in row) {
      const period = parsePeriod(String(row.Perioden ?? ""));
      row.Perioden_date = period?.date ?? null;
      row.Perioden_kind = period?.kind ?? null;
      row.Perioden_year = period?.year ?? null;
    }
  }
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const data = Object.fromEntries(columns.map((name) => [name, rows.map((row) => row[name] ?? null)]));
  return { shape: reading.dialect.shape, data, rowCount: rows.length, renamed, unmatched };
}

/** The rows of a long or OData reading, columns renamed; columns the loader derived are left out. */
function plainRows(reading: CsvReading, nameOf: (title: string) => string): Row[] {
  const sources = reading.columns.filter((column) => !column.derivedFrom).map((column) => column.name);
  const targets = sources.map(nameOf);
  const rows: Row[] = [];
  for (let i = 0; i < reading.rowCount; i++) {
    const row: Row = {};
    sources.forEach((name, j) => {
      row[targets[j]] = reading.data[name].at(i) ?? null;
    });
    rows.push(row);
  }
  return rows;
}

/**
 * A table export holds one column per combination of column labels ("Internetaangiften", "2023"):
 * each row label and combination becomes a row, with one column per topic. Fixed filters of the
 * preamble ("Soort misdrijf: Totaal misdrijven") become columns when they name a dimension.
 */
function unpivot(
  reading: CsvReading,
  dimensions: NonNullable<CsvReading["metadata"]["dimensions"]>,
  nameOf: (title: string) => string,
): Row[] {
  const fixed: Row = {};
  for (const filter of reading.metadata.filters) {
    const match = /^([^:]+):\s*(.+)$/.exec(filter);
    const key = match ? dimensionKey(match[1]) : undefined;
    if (match && key) fixed[key] = match[2].trim();
  }
  const rowKey = nameOf(dimensions.row);
  const labels = reading.data[dimensions.row];
  const byKey = new Map<string, Row>();
  const rows: Row[] = [];
  for (const [column, parts] of Object.entries(dimensions.columns)) {
    const values = reading.data[column];
    if (!values) continue;
    const topicTitle = Object.entries(parts).find(([dimension]) => /^onderwerp/i.test(dimension.trim()))?.[1];
    const topic = topicTitle ? nameOf(topicTitle) : nameOf(column);
    const cells = Object.entries(parts)
      .filter(([dimension]) => !/^onderwerp/i.test(dimension.trim()))
      .map(([dimension, label]) => [nameOf(dimension), label] as const);
    for (let i = 0; i < reading.rowCount; i++) {
      const label = labels?.at(i) ?? null;
      const id = JSON.stringify([label, cells]);
      let row = byKey.get(id);
      if (!row) {
        row = { ...fixed, [rowKey]: label, ...Object.fromEntries(cells) };
        byKey.set(id, row);
        rows.push(row);
      }
      row[topic] = values.at(i) ?? null;
    }
  }
  return rows;
}
