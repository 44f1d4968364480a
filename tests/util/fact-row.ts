import type { FactRow } from "../../src/charts/index.ts";

/** A figure row for tests (synthetic, not from the sources): a count from vraag 14 unless told otherwise. */
export function factRow(fields: Partial<FactRow> = {}): FactRow {
  return {
    measure: "m",
    label: "Internetaangiften",
    year: 2024,
    period: null,
    value: 0,
    unit: "count",
    qualifier: null,
    source: "seeds/antwoorden-eerste-kamer-t03934.md#vraag-14",
    ...fields,
  };
}
