import { beforePercent, type NumberFormat, parseNumber } from "./parse-number.ts";

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
