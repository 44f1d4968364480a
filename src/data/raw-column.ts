import type { NumberFormat } from "./parse-number.ts";

/**
 * A column as a builder leaves it, not yet typed. Plain data (typed arrays and arrays of strings), so a
 * part read in one worker can be transferred to another and merged.
 */
export type RawColumn =
  | {
      kind: "numbers";
      format: NumberFormat;
      values: Float64Array;
      length: number;
      /** Whether any value was written with a decimal separator or as a non-integer. */
      fractional: boolean;
      /** Smallest and largest value read (Infinity and -Infinity when none). */
      min: number;
      max: number;
      /** Rows whose text is not a number in `format` (missing markers included), and their texts. */
      exceptionRows: number[];
      exceptionTexts: string[];
    }
  | { kind: "codes"; texts: string[]; codes: Uint32Array; length: number; counts: Uint32Array }
  | { kind: "texts"; texts: string[] };

/** The texts of a raw column, row by row (numbers as they would be written plainly). */
export function rawTexts(column: RawColumn): string[] {
  if (column.kind === "texts") return column.texts;
  if (column.kind === "codes")
    return Array.from(column.codes.subarray(0, column.length), (c) => column.texts[c]);
  const out = Array.from(column.values.subarray(0, column.length), (value) => String(value));
  column.exceptionRows.forEach((row, i) => {
    out[row] = column.exceptionTexts[i];
  });
  return out;
}
