import Papa from "papaparse";
import { type Decoded, decodeBytes, stripBom } from "./decode.ts";
import { type Dialect, sniffDialect } from "./dialect.ts";
import { type Cell, inferColumn } from "./infer.ts";
import { type Shape, shapeRecords, type TableMetadata } from "./shape.ts";
import type { Problem } from "./table-schema.ts";
import type { ColumnType } from "./values.ts";

/** PapaParse's `chunk` option, which its types only declare for files though strings accept it too. */
interface ChunkConfig {
  chunkSize: number;
  chunk: (results: Papa.ParseResult<string[]>) => void;
}

/** What the loader found out about how the file is written. */
export interface FileDialect extends Dialect {
  encoding: Decoded["encoding"];
  bom: boolean;
  shape: Shape;
  /** Lines before the data: preamble and header rows. */
  headerRows: number;
}

/** One column as read: its name, type, and a short summary. */
export interface ColumnSummary {
  name: string;
  type: ColumnType;
  missing: number;
  unit?: string;
  /** Decimal separator of a numeric column. */
  decimal?: "." | ",";
  min?: number | string;
  max?: number | string;
  /** Number of distinct values (for text columns). */
  distinct?: number;
  /** The column this one was derived from (a period's date, a region's level). */
  derivedFrom?: string;
}

export interface CsvReading {
  dialect: FileDialect;
  metadata: TableMetadata;
  columns: ColumnSummary[];
  /** Column arrays in column order, ready for `aq.table(data)`. */
  data: Record<string, Cell[]>;
  rowCount: number;
  problems: Problem[];
}

export interface ReadProgress {
  /** Records parsed so far. */
  rows: number;
  /** Characters of the text parsed so far, and in all. */
  done: number;
  total: number;
}

export interface ReadOptions {
  /** Force a column's type (the user's override in the scratch notebook). */
  types?: Record<string, ColumnType>;
  /** Called after each chunk of about a megabyte is parsed. */
  onProgress?: (progress: ReadProgress) => void;
}

/**
 * Reads a CSV the way Blauw does everywhere (app, `npm run inspect`, tests): decode, sniff the dialect,
 * parse, find the table in official export layouts, infer every column's type from all its rows,
 * and report every problem with its row and column. Rows are never dropped.
 */
export function readCsv(input: Uint8Array | string, options: ReadOptions = {}): CsvReading {
  const decoded: Decoded =
    typeof input === "string" ? { ...stripBom(input), encoding: "utf-8" } : decodeBytes(input);
  const sniffed = sniffDialect(decoded.text);
  const problems: Problem[] = [];
  const records: string[][] = [];
  // Parsed in chunks so that progress can be reported; for text input PapaParse runs them synchronously.
  const parseInChunks = Papa.parse as (
    text: string,
    config: Papa.ParseConfig<string[]> & ChunkConfig,
  ) => void;
  parseInChunks(decoded.text, {
    delimiter: sniffed.delimiter,
    quoteChar: '"',
    header: false,
    skipEmptyLines: false,
    chunkSize: 1 << 20,
    chunk: (results: Papa.ParseResult<string[]>) => {
      for (const error of results.errors) {
        if (error.type === "Quotes") {
          problems.push({ row: records.length + (error.row ?? 0) + 1, column: "", message: error.message });
        }
      }
      for (const record of results.data) records.push(record);
      options.onProgress?.({ rows: records.length, done: results.meta.cursor, total: decoded.text.length });
    },
  });
  const shaped = shapeRecords(records);
  const header = uniqueHeader(shaped.header, shaped.headerRows, problems);
  const width = header.length;
  const texts: (string | null)[][] = header.map(() => []);
  for (const { row, cells } of shaped.records) {
    if (cells.length !== width) {
      problems.push({
        row,
        column: "",
        message: `expected ${width} cells, found ${cells.length}${cells.length > width ? "; the extra cells are ignored" : "; the missing cells are empty"}`,
      });
    }
    for (let j = 0; j < width; j++) texts[j].push(j < cells.length ? cells[j] : null);
  }
  const data: Record<string, Cell[]> = {};
  const columns: ColumnSummary[] = [];
  const preferComma = sniffed.delimiter === ";";
  header.forEach((name, j) => {
    const column = inferColumn(texts[j], preferComma, options.types?.[name]);
    for (const misfit of column.misfits) {
      problems.push({
        row: shaped.records[misfit.index].row,
        column: name,
        message: `"${misfit.text}" is not a valid ${column.type}; read as empty`,
      });
    }
    data[name] = column.values;
    columns.push({
      ...summarise(name, column.type, column.values, column.missing),
      unit: shaped.metadata.units[name],
      decimal: column.type === "number" || column.type === "percent" ? column.format?.decimal : undefined,
    });
    for (const [suffix, values] of Object.entries(column.derived)) {
      const derivedName = uniqueName(`${name}_${suffix}`, data);
      data[derivedName] = values;
      const type: ColumnType = suffix === "date" ? "date" : suffix === "year" ? "integer" : "string";
      columns.push({ ...summarise(derivedName, type, values, 0), derivedFrom: name });
    }
    if (column.type === "period") {
      const kinds = new Set(column.derived.kind?.filter(Boolean));
      if (kinds.size > 1) {
        shaped.metadata.notes.push(
          `Column "${name}" mixes ${[...kinds].join(", ")} periods: filter on ${name}_kind before summing.`,
        );
      }
    }
  });
  problems.sort((a, b) => a.row - b.row);
  return {
    dialect: {
      ...sniffed,
      encoding: decoded.encoding,
      bom: decoded.bom,
      shape: shaped.shape,
      headerRows: shaped.headerRows,
    },
    metadata: shaped.metadata,
    columns,
    data,
    rowCount: shaped.records.length,
    problems,
  };
}

/** Empty and repeated header names get a usable name, and a problem that says so. */
function uniqueHeader(names: readonly string[], headerRow: number, problems: Problem[]): string[] {
  const seen: Record<string, true> = {};
  return names.map((raw, j) => {
    let name = raw.trim();
    if (!name) {
      name = `column ${j + 1}`;
      problems.push({
        row: headerRow,
        column: name,
        message: `column ${j + 1} has no name; called "${name}"`,
      });
    }
    if (seen[name]) {
      const unique = uniqueName(name, seen);
      problems.push({
        row: headerRow,
        column: unique,
        message: `duplicate column name "${name}"; renamed to "${unique}"`,
      });
      name = unique;
    }
    seen[name] = true;
    return name;
  });
}

function uniqueName(name: string, taken: Record<string, unknown>): string {
  if (!(name in taken)) return name;
  let n = 2;
  while (`${name}_${n}` in taken) n++;
  return `${name}_${n}`;
}

/** Distinct values are counted up to this many; a column with more says "at least". */
const distinctCap = 10_000;

function summarise(name: string, type: ColumnType, values: readonly Cell[], missing: number): ColumnSummary {
  const summary: ColumnSummary = { name, type, missing };
  if (type === "string" || type === "boolean" || type === "region") {
    const seen = new Set<Cell>();
    for (const value of values) {
      if (value === null) continue;
      seen.add(value);
      if (seen.size >= distinctCap) break;
    }
    summary.distinct = seen.size;
    return summary;
  }
  let min: number | string | undefined;
  let max: number | string | undefined;
  // Texts (dates, period codes) repeat: compare each distinct one once.
  const candidates = type === "date" || type === "period" ? new Set(values) : values;
  for (const value of candidates) {
    if (value === null || typeof value === "boolean") continue;
    if (min === undefined || value < min) min = value;
    if (max === undefined || value > max) max = value;
  }
  if (min !== undefined) {
    summary.min = min;
    summary.max = max;
  }
  return summary;
}

/** The rows as objects (for `inspect --json` and table views). */
export function rowObjects(reading: CsvReading, limit = Number.POSITIVE_INFINITY): Record<string, Cell>[] {
  const names = Object.keys(reading.data);
  const count = Math.min(reading.rowCount, limit);
  const rows: Record<string, Cell>[] = [];
  for (let i = 0; i < count; i++) {
    const row: Record<string, Cell> = {};
    for (const name of names) row[name] = reading.data[name][i];
    rows.push(row);
  }
  return rows;
}
