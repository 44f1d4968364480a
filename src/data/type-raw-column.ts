import type { ColumnType } from "./column-type.ts";
import { inferColumn } from "./infer-column.ts";
import type { RawColumn } from "./raw-column.ts";
import { typeCodes } from "./type-codes.ts";
import { typeNumbers } from "./type-numbers.ts";
import { misfitListLimit, type TypedColumn } from "./typed-column.ts";

/**
 * Types a column built while streaming. A numeric column is checked (too many cells that are not
 * numbers and it must be read again as texts: `"retry-as-codes"`); a dictionary column's type is
 * inferred from its distinct texts, each weighted by how many rows hold it, so the whole column
 * counts but each distinct text is read once.
 */
export function typeRawColumn(
  raw: RawColumn,
  preferComma: boolean,
  type?: ColumnType,
): TypedColumn | "retry-as-codes" {
  if (raw.kind === "numbers") return typeNumbers(raw, type);
  if (raw.kind === "texts") {
    const inferred = inferColumn(raw.texts, preferComma, type);
    return {
      type: inferred.type,
      column: inferred.values,
      missing: inferred.missing,
      format: inferred.format,
      misfits: inferred.misfits.slice(0, misfitListLimit),
      moreMisfits: Math.max(0, inferred.misfits.length - misfitListLimit),
      derived: inferred.derived,
    };
  }
  return typeCodes(raw, preferComma, type);
}
