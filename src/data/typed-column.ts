import type { ColumnType } from "./column-type.ts";
import type { Column } from "./columns.ts";
import type { NumberFormat } from "./parse-number.ts";

/** A raw column (see column-builder.ts) with its type decided and its values converted. */
export interface TypedColumn {
  type: ColumnType;
  column: Column;
  missing: number;
  format?: NumberFormat;
  /** Cells that do not fit the type (they read as empty), up to `misfitListLimit` of them… */
  misfits: { index: number; text: string }[];
  /** …and how many more there are. */
  moreMisfits: number;
  /** A numeric column's smallest and largest value, when known without another pass. */
  range?: { min: number; max: number };
  derived: Record<string, Column>;
}

/** Misfits listed per column; a column with more says how many more. */
export const misfitListLimit = 1000;
