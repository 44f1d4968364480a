import { localeTag } from "../util/index.ts";
import type { Locale } from "./i18n.ts";

/** A number of bytes for people, in the reader's number format: "850 kB", "52,4 MB", "1.2 GB". */
export function fileSize(bytes: number, locale: Locale): string {
  const number = new Intl.NumberFormat(localeTag(locale), { maximumFractionDigits: 1 });
  if (bytes < 1e6) return `${number.format(Math.max(1, Math.round(bytes / 1e3)))} kB`;
  if (bytes < 1e9) return `${number.format(bytes / 1e6)} MB`;
  return `${number.format(bytes / 1e9)} GB`;
}
