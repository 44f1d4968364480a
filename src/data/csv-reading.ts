import type { ColumnType } from "./column-type.ts";
import type { Column } from "./columns.ts";
import type { Decoded } from "./decode.ts";
import type { Dialect } from "./dialect.ts";
import type { PhaseTimes } from "./phase-clock.ts";
import type { Problem } from "./problems.ts";
import type { Shape, TableMetadata } from "./shape-records.ts";

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
  /** Columns in column order, ready for `aq.table(data)` (typed arrays and dictionaries, no copies). */
  data: Record<string, Column>;
  rowCount: number;
  problems: Problem[];
  /** Where each data row is in the file: pairs (row, line) from which rows follow line by line (see `fileRow`). */
  rowBreaks: number[];
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
  /** Filled with the milliseconds each phase took (decode, plan, split and build columns, type
   * columns…), for the benchmark; a clock is read at phase boundaries only. */
  timings?: PhaseTimes;
}
