import type { FactRow, Locale } from "./types.ts";

/** What a figure is, in the reader's language: the row's `label_en` in English when it has one, else `label`. */
export function rowLabel(row: Pick<FactRow, "label" | "label_en">, locale: Locale = "nl"): string {
  const english = locale === "en" ? row.label_en?.trim() : "";
  return english || row.label;
}
