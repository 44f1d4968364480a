import { localeTag } from "../util/index.ts";
import { formatQualifier } from "./qualifier.ts";
import { rowPeriod } from "./row-label.ts";
import type { FactRow, Locale } from "./types.ts";

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, digits: number): Intl.NumberFormat {
  const key = `${locale}:${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeTag(locale), { maximumFractionDigits: digits, useGrouping: true });
    numberFormats.set(key, format);
  }
  return format;
}

/** Decimals needed to show a value without losing what the source wrote (at most 2). */
function decimals(value: number): number {
  if (Number.isInteger(value)) return 0;
  return Number.isInteger(Math.round(value * 10 * 1e6) / 1e6) ? 1 : 2;
}

/** 400000 → "400.000" (nl) or "400,000" (en); 83.7 → "83,7" / "83.7". */
export function formatNumber(value: number, locale: Locale = "nl"): string {
  return numberFormat(locale, decimals(value)).format(value);
}

/** 83.7 (in percent) → "83,7%" (nl) or "83.7%" (en). */
export function formatPercent(value: number, locale: Locale = "nl"): string {
  return `${formatNumber(value, locale)}%`;
}

/** Whole euros, abbreviated from a million up: "€ 186 mln", "€ 8,1 mld" (nl); "€186m", "€8.1bn" (en). */
export function formatEuro(value: number, locale: Locale = "nl"): string {
  const sign = value < 0 ? "−" : "";
  const size = Math.abs(value);
  const [amount, suffix] =
    size >= 1e9
      ? [size / 1e9, locale === "nl" ? " mld" : "bn"]
      : size >= 1e6
        ? [size / 1e6, locale === "nl" ? " mln" : "m"]
        : [size, ""];
  const digits = numberFormat(locale, suffix ? 1 : 0).format(amount);
  return locale === "nl" ? `${sign}€ ${digits}${suffix}` : `${sign}€${digits}${suffix}`;
}

/** A value in its unit. */
export function formatValue(value: number, unit: string, locale: Locale = "nl"): string {
  switch (unit) {
    case "percent":
      return formatPercent(value, locale);
    case "euro":
      return formatEuro(value, locale);
    case "euro-per-year":
      return `${formatEuro(value, locale)} ${locale === "nl" ? "per jaar" : "a year"}`;
    case "percentage-points":
      return `${formatNumber(value, locale)} ${locale === "nl" ? "procentpunt" : Math.abs(value) === 1 ? "point" : "points"}`;
    default:
      return formatNumber(value, locale);
  }
}

/** True when the source hedged the figure ("ruim", "zo'n", "circa", "naar schatting" …). */
export function isApproximate(row: Pick<FactRow, "qualifier">): boolean {
  return typeof row.qualifier === "string" && row.qualifier.trim() !== "";
}

/** True when Blauw computed the figure from others (see `FactRow.derived_from`). */
export function isDerived(row: Pick<FactRow, "derived_from">): boolean {
  return typeof row.derived_from === "string" && row.derived_from.trim() !== "";
}

/** "Berekend uit ruim 300.000 per jaar ÷ 365 dagen": said wherever a derived figure is shown. */
export function derivedLine(row: Pick<FactRow, "derived_from">, locale: Locale = "nl"): string {
  return `${locale === "nl" ? "Berekend uit" : "Computed from"} ${row.derived_from?.trim() ?? ""}`;
}

/**
 * The figure as a reader should see it: "83,7%", or "≈ 300.000 (ruim)" when the source hedged it
 * ("≈ 300,000 (over)" in English).
 */
export function formatFigure(
  row: Pick<FactRow, "value" | "unit" | "qualifier">,
  locale: Locale = "nl",
): string {
  const value = formatValue(row.value, row.unit, locale);
  return isApproximate(row) ? `≈ ${value} (${formatQualifier(row.qualifier ?? "", locale)})` : value;
}

/**
 * When a figure applies: its year, its period, or both ("2025, 24 november 2025" is shortened to the
 * period). In English the row's `period_en` is used when it has one.
 */
export function formatWhen(
  row: Pick<FactRow, "year" | "period" | "period_en">,
  locale: Locale = "nl",
): string {
  const period = rowPeriod(row, locale);
  if (row.year == null) return period;
  if (!period || period.includes(String(row.year))) return period || String(row.year);
  return `${row.year}, ${period}`;
}
