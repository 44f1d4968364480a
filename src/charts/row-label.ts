import type { FactRow, Locale } from "./types.ts";

/** What a figure is, in the reader's language: the row's `label_en` in English when it has one, else `label`. */
export function rowLabel(row: Pick<FactRow, "label" | "label_en">, locale: Locale = "nl"): string {
  const english = locale === "en" ? row.label_en?.trim() : "";
  return english || row.label;
}

/** When a figure applies, in the reader's language: the row's `period_en` in English when it has one, else `period`. */
export function rowPeriod(row: Pick<FactRow, "period" | "period_en">, locale: Locale = "nl"): string {
  const english = locale === "en" ? row.period_en?.trim() : "";
  return english || (row.period?.trim() ?? "");
}
