import { record } from "../util/index.ts";
import { crimeTypeCode, periodCode, regionCode } from "./cbs-codes.ts";
import { cbsTopicKeys, dimensionKey, topicKey } from "./cbs-topics.ts";
import { type Cell, type Column, DictionaryColumn } from "./columns.ts";
import type { CsvReading } from "./csv-reading.ts";
import { periodPart, periodParts, regionCodeLevel, regionLabelLevel } from "./derived-columns.ts";
import { fileRow } from "./file-row.ts";
import type { Shape } from "./shape-records.ts";

/** A CBS table in the OData / bulk vocabulary, whatever shape it came in. */
export interface CbsTable {
  /** The shape the file had. */
  shape: Shape;
  /** Columns by key (`RegioS`, `SoortMisdrijf`, `Perioden`, topic keys), with `RegioS_level` and
   * `Perioden_kind`, `_year`, `_date` derived; ready for `aq.table`. */
  data: Record<string, Column>;
  rowCount: number;
  /** Column titles that were given their key: ("Regio's", "RegioS"). */
  renamed: { from: string; to: string }[];
  /** Labels without a code in the bundled code lists: kept as they were, left out of sums by level. */
  unmatched: { column: string; labels: string[] }[];
  /** Where each row's figures are in the file, for problems: its line (as problems count rows) and,
   * per key, the file's column (a table export holds one column per topic and period). */
  origin: { rows: number[]; columns: Record<string, string>[] };
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
 * Columns of repeated values are translated once per distinct value, not once per row.
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
  let data: Record<string, Column>;
  let rowCount = reading.rowCount;
  const line = (row: number) => fileRow(reading.rowBreaks, row);
  let origin: CbsTable["origin"];
  if (reading.dialect.shape === "statline-table" && dimensions) {
    const { rows, origins } = unpivot(reading, dimensions, nameOf);
    data = record<Column>();
    for (const name of new Set(rows.flatMap((row) => Object.keys(row))))
      data[name] = rows.map((row) => row[name] ?? null);
    rowCount = rows.length;
    origin = { rows: origins.map((item) => line(item.row)), columns: origins.map((item) => item.columns) };
  } else {
    data = record<Column>();
    const columns = record<string>();
    // Columns the loader derived are derived again below, under the new names.
    for (const column of reading.columns)
      if (!column.derivedFrom) {
        const key = nameOf(column.name);
        data[key] = reading.data[column.name];
        columns[key] = column.name;
      }
    origin = {
      rows: Array.from({ length: rowCount }, (_, row) => line(row)),
      columns: Array.from({ length: rowCount }, () => columns),
    };
  }
  const unmatched: CbsTable["unmatched"] = [];
  for (const [name, translate] of Object.entries(translators)) {
    const column = data[name];
    if (!column) continue;
    const missed = new Set<string>();
    data[name] = mapColumn(column, (label) => {
      if (label === null || typeof label === "boolean") return label;
      const code = translate(label);
      if (code === undefined) missed.add(String(label).trim());
      return code ?? String(label).trim();
    });
    if (missed.size > 0) unmatched.push({ column: name, labels: [...missed] });
  }
  if (data.RegioS) {
    data.RegioS_level = mapColumn(data.RegioS, (code) => regionCodeLevel(code) ?? regionLabelLevel(code));
  }
  if (data.Perioden) {
    for (const part of periodParts) data[`Perioden_${part}`] = mapColumn(data.Perioden, periodPart(part));
  }
  return { shape: reading.dialect.shape, data, rowCount, renamed, unmatched, origin };
}

/** A column with `change` applied to each value: to each distinct value once for a dictionary column. */
function mapColumn(column: Column, change: (value: Cell) => Cell): Column {
  if (column instanceof DictionaryColumn)
    return new DictionaryColumn(column.dictionary.map(change), column.codes);
  const cache = new Map<Cell, Cell>();
  return Array.from({ length: column.length }, (_, row) => {
    const value = column.at(row) ?? null;
    let changed = cache.get(value);
    if (changed === undefined) {
      changed = change(value);
      cache.set(value, changed);
    }
    return changed;
  });
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
): { rows: Row[]; origins: { row: number; columns: Record<string, string> }[] } {
  const fixed = record<Cell>();
  // A table of one topic may name it in the preamble instead of in a header row.
  let fixedTopic: string | undefined;
  for (const filter of reading.metadata.filters) {
    const match = /^([^:]+):\s*(.+)$/.exec(filter);
    if (match && /^onderwerp/i.test(match[1].trim())) fixedTopic = match[2].trim();
    const key = match ? dimensionKey(match[1]) : undefined;
    if (match && key) fixed[key] = match[2].trim();
  }
  const rowKey = nameOf(dimensions.row);
  const labels = reading.data[dimensions.row];
  const byKey = new Map<string, number>();
  const rows: Row[] = [];
  const origins: { row: number; columns: Record<string, string> }[] = [];
  for (const [column, parts] of Object.entries(dimensions.columns)) {
    const values = reading.data[column];
    if (!values) continue;
    const topicTitle = Object.entries(parts).find(([dimension]) => /^onderwerp/i.test(dimension.trim()))?.[1];
    const topic = nameOf(topicTitle ?? fixedTopic ?? column);
    const cells = Object.entries(parts)
      .filter(([dimension]) => !/^onderwerp/i.test(dimension.trim()))
      .map(([dimension, label]) => [nameOf(dimension), label] as const);
    for (let i = 0; i < reading.rowCount; i++) {
      const label = labels?.at(i) ?? null;
      const id = JSON.stringify([label, cells]);
      let index = byKey.get(id);
      if (index === undefined) {
        const row = Object.assign(record<Cell>(), fixed);
        row[rowKey] = label;
        for (const [dimension, value] of cells) row[dimension] = value;
        index = rows.length;
        byKey.set(id, index);
        rows.push(row);
        origins.push({ row: i, columns: record<string>() });
      }
      rows[index][topic] = values.at(i) ?? null;
      origins[index].columns[topic] = column;
    }
  }
  return { rows, origins };
}
