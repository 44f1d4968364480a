import type { NoChartReason, RepeatedKeyReport, ScratchDimensions, ScratchSums } from "../data/index.ts";
import { localeTag } from "../util/index.ts";
import { type Locale, type Strings, t } from "./i18n.ts";

/** CBS total codes said with their label, so that "NL01" and "0.0.0" read as what they are. */
export function valueLabel(column: string, value: string): string {
  const text = value.trim();
  if (/^NL0[01]$/i.test(text)) return `Nederland (${text})`;
  if (text === "0.0.0" && /misdrijf/i.test(column)) return `Totaal misdrijven (${text})`;
  return text;
}

/** Which rows the chart used, in words: the series ("Nederland · Totaal misdrijven") and the whole line. */
export function describeRows(
  sums: Exclude<ScratchSums, { kind: "none" }>,
  dimensions: ScratchDimensions,
  locale: Locale,
): { series: string; sentence: string } {
  const words = t(locale).scratch;
  const number = new Intl.NumberFormat(localeTag(locale));
  const parts: string[] = [];
  const region = sums.used.region;
  if (region && "value" in region) parts.push(valueLabel(dimensions.region?.column ?? "", region.value));
  else if (region && "level" in region) {
    const [one, many] = words.levels[region.level] ?? [region.level, region.level];
    parts.push(words.allOfLevel(number.format(region.count), region.count === 1 ? one : many));
  } else if (region) parts.push(words.allRegions(number.format(region.all)));
  for (const category of sums.used.categories) {
    if (category.value !== undefined) parts.push(valueLabel(category.column, category.value));
    else if (category.all !== undefined && category.all > 1)
      parts.push(words.allOf(number.format(category.all), category.column));
  }
  const series = parts.join(" · ");
  if (sums.kind === "time") {
    const [one, many] = words.steps[sums.step] ?? [sums.step, sums.step];
    const n = sums.points.length;
    parts.push(words.per(one, number.format(n), n === 1 ? one : many));
  } else if (sums.kind === "bars") parts.push(words.bars(sums.column, sums.total?.trim()));
  else parts.push(words.histogram(number.format(sums.used.rows)));
  return { series, sentence: parts.join(" · ") };
}

/** Why nothing is drawn, in the reader's language. */
export function reasonText(reason: NoChartReason, strings: Strings, locale: Locale): string {
  const words = strings.scratch;
  const number = new Intl.NumberFormat(localeTag(locale));
  switch (reason.code) {
    case "no-measure":
      return words.noMeasure;
    case "period-as-text":
      return words.periodAsText(reason.column);
    case "undecided":
      return words.undecidedTotal(reason.column, reason.candidates.map((c) => c.trim()).join(", "));
    case "percent-sum":
      return words.percentSum(reason.measure, reason.column);
    case "repeated-keys":
      return words.repeatedKeys(number.format(reason.count));
    case "no-rows":
      return reason.period ? words.noPeriods(reason.period) : words.noRows;
  }
}

/** A repeated key as a problem line: its rows and, when one is a year row among months, which. */
export function repeatedKeyText(report: RepeatedKeyReport, locale: Locale): { where: string; text: string } {
  const words = t(locale).scratch;
  const number = new Intl.NumberFormat(localeTag(locale), { useGrouping: false });
  // A key repeated on millions of rows names the first ten and the last (the text gives the count).
  const all = report.rows;
  const named = all.length > 12 ? [...all.slice(0, 10), -1, all[all.length - 1]] : all;
  const rows = named.map((row) => (row < 0 ? "…" : number.format(row + 1)));
  const list = rows.length > 1 ? `${rows.slice(0, -1).join(", ")} ${words.and} ${rows.at(-1)}` : rows[0];
  const key = report.values.map((value) => String(value).trim()).join(" · ");
  let text = words.repeatedKey(key, String(report.rows.length));
  if (report.yearRow)
    text += words.yearRow(number.format(report.yearRow.row + 1), String(report.yearRow.year));
  return { where: words.dataRows(list), text };
}
