import { localeTag } from "../util/index.ts";
import type { Locale } from "./i18n.ts";

/**
 * A number of bytes read, in the unit of the whole file: MB with one decimal, or kB for a file under
 * a megabyte (never "0 MB of 0 MB"); in the reader's number format.
 */
export function progressSize(bytes: number, total: number, locale: Locale): string {
  const number = new Intl.NumberFormat(localeTag(locale));
  return total < 1e6
    ? `${number.format(Math.round(bytes / 100) / 10)} kB`
    : `${number.format(Math.round(bytes / 1e5) / 10)} MB`;
}
