/** Chart languages: the interface and number formats follow the reader's choice. */
export type Locale = "nl" | "en";

/** One figure as the data files hold it (see `data/datapackage.json`). */
export interface FactRow {
  measure: string;
  label: string;
  year: number | null;
  period: string | null;
  value: number;
  unit: string;
  qualifier: string | null;
  source: string;
  source_kind?: string;
  note?: string | null;
  [key: string]: unknown;
}
