export type { Locale } from "../util/index.ts";

/** One figure as the data files hold it (see `data/datapackage.json`). */
export interface FactRow {
  measure: string;
  /** Dutch label, as the source says it. */
  label: string;
  /** English label, for charts in English (falls back to `label`). */
  label_en?: string | null;
  year: number | null;
  period: string | null;
  /** English period (falls back to `period`). */
  period_en?: string | null;
  value: number;
  unit: string;
  qualifier: string | null;
  source: string;
  source_kind?: string;
  note?: string | null;
  /**
   * Set on a figure Blauw computed rather than read (a daily rate, a remainder, a gap to a norm): how it
   * was computed, in words, e.g. "ruim 300.000 per jaar ÷ 365 dagen". The source then names where the
   * inputs come from, not a place that gives this figure.
   */
  derived_from?: string | null;
  [key: string]: unknown;
}
