import type { ColumnType } from "./column-type.ts";
import { FloatColumn } from "./columns.ts";
import { isMissing } from "./missing-markers.ts";
import type { RawColumn } from "./raw-column.ts";
import { allowedMisfits } from "./type-rule.ts";
import { misfitListLimit } from "./typed-column.ts";

/** A column read as numbers while streaming, checked: its misfits listed, or `"retry-as-codes"` when too many. */
export function typeNumbers(raw: Extract<RawColumn, { kind: "numbers" }>, type?: ColumnType) {
  const values = raw.values.subarray(0, raw.length);
  const misfitRows: number[] = [];
  const misfitTexts: string[] = [];
  let missing = 0;
  raw.exceptionTexts.forEach((text, i) => {
    if (isMissing(text)) missing++;
    else {
      misfitRows.push(raw.exceptionRows[i]);
      misfitTexts.push(text);
    }
  });
  const present = raw.length - missing;
  if (!type && (misfitRows.length > allowedMisfits(present) || misfitRows.length * 2 >= present))
    return "retry-as-codes" as const;
  const finalType: ColumnType = type ?? (raw.fractional ? "number" : "integer");
  if (finalType === "integer" && raw.fractional) {
    for (let row = 0; row < values.length; row++) {
      const value = values[row];
      if (!Number.isNaN(value) && !Number.isInteger(value)) {
        values[row] = Number.NaN;
        misfitRows.push(row);
        misfitTexts.push(String(value));
      }
    }
  }
  const misfits = misfitRows
    .map((index, i) => ({ index, text: misfitTexts[i] }))
    .sort((a, b) => a.index - b.index);
  // Integers forced on a column with fractions lost some values: then the range is computed again.
  const range =
    raw.min <= raw.max && !(finalType === "integer" && raw.fractional)
      ? { min: raw.min, max: raw.max }
      : undefined;
  return {
    type: finalType,
    column: new FloatColumn(values),
    missing,
    format: raw.format,
    misfits: misfits.slice(0, misfitListLimit),
    moreMisfits: Math.max(0, misfits.length - misfitListLimit),
    derived: {},
    range,
  };
}
