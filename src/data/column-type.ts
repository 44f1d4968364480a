/** What a column holds, inferred from all its values. */
export type ColumnType =
  | "boolean"
  | "integer"
  | "number"
  | "percent"
  | "date"
  | "period"
  | "region"
  | "string";
