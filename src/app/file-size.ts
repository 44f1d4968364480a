import { localeTag } from "../util/index.ts";
import type { Locale } from "./i18n.ts";

/** A number of bytes for people, in the reader's number format: "850 kB", "52,4 MB", "1.2 GB". */
export function fileSize(bytes: number, locale: Locale): string {
  const number = new Intl.NumberFormat(localeTag(locale), { maximumFractionDigits: 1 });
  // The unit is chosen after rounding, so that 999,999 bytes read "1 MB", not "1.000 kB".
  const kilobytes = Math.max(1, Math.round(bytes / 1e3));
  if (kilobytes < 1000) return `${number.format(kilobytes)} kB`;
  if (Math.round(bytes / 1e5) < 10_000) return `${number.format(bytes / 1e6)} MB`;
  return `${number.format(bytes / 1e9)} GB`;
}
