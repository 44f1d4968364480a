import type { ColumnType } from "./column-type.ts";
import type { Cell } from "./columns.ts";
import { derivedColumns } from "./derived-columns.ts";
import { isMissing } from "./missing-markers.ts";
import type { NumberFormat } from "./parse-number.ts";
import { allowedMisfits, chooseType, columnFormat, fitsColumn, sampleSize } from "./type-rule.ts";
import { candidateReaders, plainReaders, type Reader } from "./value-readers.ts";

/** A column read from text: its type, its typed values, and the cells that did not fit. */
export interface InferredColumn {
  type: ColumnType;
  values: Cell[];
  missing: number;
  format?: NumberFormat;
  /** Cells that do not fit the column's type: their position and text. They become null. */
  misfits: { index: number; text: string }[];
  /** Columns derived from this one: a period's date and kind, a region's level. */
  derived: Record<string, Cell[]>;
}

/**
 * Infers a column's type from all of its values (not a sample) and converts them. Numbers may use a
 * decimal point or comma and thousands separators, as long as the column is consistent; `preferComma`
 * breaks ties (semicolon files are Dutch). A forced `type` is applied as the user asked.
 *
 * The first values rank the candidates cheaply; each candidate that fits them is then read over the
 * whole column, and given up as soon as too many values do not fit, so a text column costs one failed
 * pass at most. An integer column that turns out to hold a decimal later on becomes a number column.
 */
export function inferColumn(
  texts: readonly (string | null)[],
  preferComma = false,
  type?: ColumnType,
): InferredColumn {
  const sample: string[] = [];
  let present = 0;
  for (const text of texts) {
    if (text === null || isMissing(text)) continue;
    present++;
    if (sample.length < sampleSize) sample.push(text);
  }
  const format = columnFormat(sample, preferComma);
  const readers = candidateReaders(format, plainReaders.map(memoised));
  let result = null as Converted | null;
  const chosen = chooseType(readers, type, present, (reader, widen) => {
    const fits = sample.reduce((n, text) => n + (reader.read(text) !== undefined ? 1 : 0), 0);
    if (!fitsColumn(fits, sample.length)) return false;
    result = convert(texts, reader, allowedMisfits(present), widen);
    if (result && result.values.length - result.missing - result.misfits.length > result.misfits.length)
      return true;
    result = null;
    return false;
  });
  if (type && chosen) result = convert(texts, chosen, Number.POSITIVE_INFINITY);
  const finalType: ColumnType = chosen?.type ?? "string";
  if (!result) {
    let missing = 0;
    const values = texts.map((text) => {
      if (text === null || isMissing(text)) {
        missing++;
        return null;
      }
      return text;
    });
    result = { values, missing, misfits: [] };
  }
  const isNumeric = finalType === "integer" || finalType === "number" || finalType === "percent";
  return {
    type: finalType,
    ...result,
    format: isNumeric ? format : undefined,
    derived: derivedColumns(finalType, result.values, () => 1),
  };
}

interface Converted {
  values: Cell[];
  missing: number;
  misfits: InferredColumn["misfits"];
}

/**
 * Reads every value with `reader`; null when more than `allowed` values do not fit, or when a value
 * that does not fit is read by `widen` (an integer column holding a decimal is a number column).
 */
function convert(
  texts: readonly (string | null)[],
  reader: Reader,
  allowed: number,
  widen?: Reader,
): Converted | null {
  const values: Cell[] = new Array(texts.length);
  const misfits: InferredColumn["misfits"] = [];
  let missing = 0;
  for (let index = 0; index < texts.length; index++) {
    const text = texts[index];
    // Read first: no missing marker reads as a value of any type, and most cells are values.
    const value = text === null ? undefined : reader.read(text);
    if (value !== undefined) {
      values[index] = value;
      continue;
    }
    if (text === null || isMissing(text)) {
      missing++;
      values[index] = null;
      continue;
    }
    if (widen?.read(text) !== undefined || misfits.length >= allowed) return null;
    misfits.push({ index, text });
    values[index] = null;
  }
  return { values, missing, misfits };
}

/** Codes, periods and dates repeat: each distinct text is read once. */
function memoised(reader: Reader): Reader {
  const cache = new Map<string, Cell | undefined>();
  return {
    type: reader.type,
    read: (text) => {
      if (cache.has(text)) return cache.get(text);
      const value = reader.read(text);
      if (cache.size < 100_000) cache.set(text, value);
      return value;
    },
  };
}
