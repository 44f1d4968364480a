// The one rule that types a column, whichever way the column was read: the loader's two engines
// (a column's texts, `inferColumn`; a dictionary weighted by rows, `typeCodes`) count fits their own way.
import type { ColumnType } from "./column-type.ts";
import { beforePercent, type NumberFormat, numberFormats, parseNumber } from "./parse-number.ts";
import type { Reader } from "./value-readers.ts";

/**
 * How many values may fail a column's type: a tenth of them. In a column of fewer than ten values none
 * may, so a short column with one word among numbers stays text and nothing is lost.
 */
export const allowedMisfits = (total: number) => Math.floor(total * 0.1);

/**
 * A type fits a column when at most a tenth of its values do not fit it and more values fit than not.
 * The values that do not fit are reported, never silently dropped.
 */
export const fitsColumn = (fits: number, total: number) =>
  fits > total - fits && total - fits <= allowedMisfits(total);

/** Values checked first to rank the candidate types; the chosen type is then checked on every value. */
export const sampleSize = 2000;

/** The number format that reads the most values; earlier formats win ties. */
export function bestFormat(texts: readonly string[], formats: readonly NumberFormat[]): NumberFormat {
  let best = formats[0];
  let bestFits = -1;
  for (const format of formats) {
    let fits = 0;
    for (const text of texts) if (parseNumber(beforePercent(text).number, format) !== undefined) fits++;
    if (fits > bestFits) {
      best = format;
      bestFits = fits;
    }
  }
  return best;
}

/** The number format of a column whose present texts begin with `sample`; semicolon files (`preferComma`) try a decimal comma first. */
export function columnFormat(sample: readonly string[], preferComma: boolean): NumberFormat {
  const formats = preferComma
    ? [numberFormats[2], numberFormats[3], numberFormats[0], numberFormats[1]]
    : numberFormats;
  return bestFormat(sample, formats);
}

/**
 * A column's type: the `forced` one, or else the first candidate, in the order of `readers`, that
 * `fits` the column; an integer candidate is given `widen`, the number reader, because an integer
 * column holding a decimal is a number column. Undefined: the column is text.
 */
export function chooseType(
  readers: readonly Reader[],
  forced: ColumnType | undefined,
  present: number,
  fits: (reader: Reader, widen: Reader | undefined) => boolean,
): Reader | undefined {
  if (forced) return forced === "string" ? undefined : readers.find((reader) => reader.type === forced);
  if (present === 0) return undefined;
  const decimal = readers.find((reader) => reader.type === "number");
  return readers.find((reader) => fits(reader, reader.type === "integer" ? decimal : undefined));
}
