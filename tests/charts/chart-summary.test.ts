import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import {
  chartSummary,
  type FactRow,
  formatFigure,
  formatQualifier,
  formatValue,
  type Locale,
} from "../../src/charts/index.ts";
import { dataFile } from "../util/data-file.ts";

const tags: Record<Locale, string> = { nl: "nl-NL", en: "en-GB" };

/**
 * A count or share as a summary sentence should say it, computed here with Intl and the hedge word
 * before it: "zo'n 400.000", "about 400,000", "83,7%". No "≈" and no second pair of brackets.
 */
function spoken(row: FactRow, locale: Locale): string {
  if (row.unit !== "count" && row.unit !== "percent") return formatFigure(row, locale);
  const number = new Intl.NumberFormat(tags[locale], { maximumFractionDigits: 2 }).format(row.value);
  const value = row.unit === "percent" ? `${number}%` : number;
  return row.qualifier ? `${formatQualifier(row.qualifier, locale)} ${value}` : value;
}

/** The highest and lowest rows by plain comparison, first in the given order on a tie. */
function extremes(rows: FactRow[]): { high: FactRow; low: FactRow } {
  let high = rows[0];
  let low = rows[0];
  for (const row of rows) {
    if (row.value > high.value) high = row;
    if (row.value < low.value) low = row;
  }
  return { high, low };
}

const locales: Locale[] = ["nl", "en"];

describe("chartSummary on the bundled figures", () => {
  const reaction = dataFile("reaction-times");
  const shares = reaction.filter((row) => row.measure === "share-within-15-min" && row.year !== null);
  const norm = reaction.find((row) => row.measure === "norm") as FactRow;
  const history = reaction.filter((row) => row.measure === "norm-history");

  for (const locale of locales) {
    it(`gives the years, the highest and lowest share and the latest against the norm (${locale})`, () => {
      const text = chartSummary([...shares, norm, ...history], { locale, references: [norm, ...history] });
      const years = shares.map((row) => row.year as number);
      const first = Math.min(...years);
      const last = Math.max(...years);
      expect(text).toContain(
        locale === "nl" ? `van ${first} tot en met ${last}` : `from ${first} to ${last}`,
      );
      const { high, low } = extremes(shares);
      expect(text).toContain(`${spoken(high, locale)} (${high.year})`);
      expect(text).toContain(`${spoken(low, locale)} (${low.year})`);
      // The latest year's share against the norm that holds then (no norm-history row for it).
      const latest = shares.find((row) => row.year === last) as FactRow;
      const gap = formatValue(Math.abs(latest.value - norm.value), "percentage-points", locale);
      const side =
        latest.value < norm.value
          ? locale === "nl"
            ? "onder"
            : "below"
          : locale === "nl"
            ? "boven"
            : "above";
      expect(text).toContain(`${spoken(latest, locale)}, ${gap} ${side}`);
      expect(text).toContain(formatValue(norm.value, "percent", locale));
    });
  }

  it("never counts a norm as the highest figure", () => {
    const text = chartSummary([...shares, norm], { locale: "nl", references: [norm] });
    const highest = text.slice(text.indexOf("Hoogste"), text.indexOf(";", text.indexOf("Hoogste")));
    expect(highest).not.toContain(spoken(norm, "nl"));
  });

  it("names what each figure is when a chart shows several things, with its qualifier", () => {
    const reports = dataFile("internet-reports").filter((row) => row.year === 2024);
    const { high, low } = extremes(reports);
    const text = chartSummary(reports, { locale: "en" });
    expect(text).toContain(`Figures for ${high.year}.`);
    expect(text).toContain(`Highest: ${spoken(high, "en")} (${high.label_en}, ${high.year})`);
    expect(text).toContain(`lowest: ${spoken(low, "en")} (${low.label_en}, ${low.year})`);
    // Approximate figures keep their hedge, as words before the number, in one pair of brackets.
    expect(high.qualifier).toBeTruthy();
    expect(text).not.toContain("≈");
    expect(text).not.toMatch(/\)\s*\(/);
  });

  it('says a hedge before the number in Dutch: "zo\'n 400.000 (2024)", not "≈ 400.000 (zo\'n) (2024)"', () => {
    const reports = dataFile("internet-reports").filter((row) => row.measure === "internet-reports");
    const text = chartSummary(reports, { locale: "nl" });
    const { high, low } = extremes(reports);
    expect(high.qualifier).toBeTruthy();
    expect(text).toContain(`Hoogste: ${spoken(high, "nl")} (${high.year})`);
    expect(text).toContain(`laagste: ${spoken(low, "nl")} (${low.year})`);
    expect(text).not.toMatch(/\)\s*\(/);
  });

  it("gives the range of years when some figures have none, and how many have none", () => {
    const amounts = dataFile("budget-gaps").filter((row) => row.unit === "euro");
    const years = amounts.map((row) => row.year).filter((year): year is number => year != null);
    const undated = amounts.filter((row) => row.year == null).length;
    expect(undated).toBeGreaterThan(0);
    expect(chartSummary(amounts, { locale: "nl" })).toContain(
      `Cijfers van ${Math.min(...years)} tot en met ${Math.max(...years)}, en ${undated} zonder jaar.`,
    );
    expect(chartSummary(amounts, { locale: "en" })).toContain(
      `Figures from ${Math.min(...years)} to ${Math.max(...years)}, and ${undated} without a year.`,
    );
  });

  it("gives one year when every figure is of that year, whatever their periods", () => {
    const rows: FactRow[] = [2, 3].map((month) => ({
      measure: "m",
      label: "Opgave",
      year: 2026,
      period: `${month === 2 ? "september 2025" : "maart 2026"}`,
      value: month * 10,
      unit: "euro",
      qualifier: null,
      source: "test",
    }));
    const text = chartSummary(rows, { locale: "nl" });
    expect(text.startsWith("Cijfers voor 2026.")).toBe(true);
  });

  it("says so when every figure is the same", () => {
    const boa = dataFile("budget-gaps").filter((row) => row.measure.includes("boa"));
    expect(new Set(boa.map((row) => row.value)).size).toBe(1);
    const text = chartSummary(boa, { locale: "nl" });
    expect(text).toContain(`Alle cijfers zijn gelijk: ${formatFigure(boa[0], "nl")}`);
    for (const row of boa) expect(text).toContain(String(row.year));
    // Periods with commas of their own are listed with semicolons: "2024, per jaar; 2025, per jaar".
    expect(text).toMatch(/\(\d{4}, [^;()]+; \d{4}, [^;()]+; \d{4}, [^;()]+\)/);
  });
});

describe("chartSummary on a CBS table (the real 47013NED export)", () => {
  const text = readFileSync(
    new URL("../fixtures/csv/politie_47013NED_soort_provincie_2013_2018.csv", import.meta.url),
    "utf8",
  );
  const records = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    delimiter: ";",
    skipEmptyLines: true,
  }).data.slice(1);
  const row = ([kind, period, region, value]: string[]): FactRow => ({
    measure: "GeregistreerdeMisdrijven_1",
    label: kind,
    year: Number(period),
    period: null,
    value: Number(value),
    unit: "count",
    qualifier: null,
    source: "Jouw bestand: 47013NED.csv",
    region,
  });

  it("does not count the total of all crimes as the highest when its parts are there", () => {
    const rows = records.filter((record) => record[1] === "2018" && record[2] === "Nederland").map(row);
    const total = rows.find((r) => r.label === "Totaal misdrijven") as FactRow;
    const parts = rows.filter((r) => r !== total);
    expect(parts.length).toBeGreaterThan(1);
    const { high, low } = extremes(parts);
    expect(total.value).toBeGreaterThan(high.value);
    const summary = chartSummary(rows, { locale: "nl" });
    expect(summary).toContain(`Hoogste: ${spoken(high, "nl")} (${high.label}, 2018)`);
    expect(summary).toContain(`laagste: ${spoken(low, "nl")} (${low.label}, 2018)`);
    expect(summary).not.toContain("Totaal misdrijven");
    expect(summary).not.toContain(formatFigure(total, "nl"));
  });

  it("does not count Nederland as the highest among the provinces", () => {
    const rows = records
      .filter((record) => record[0] === "Totaal misdrijven" && record[1] === "2016")
      .map((record) => ({
        ...row(record),
        label: record[2],
      }));
    const country = rows.find((r) => r.label === "Nederland") as FactRow;
    const { high } = extremes(rows.filter((r) => r !== country));
    const summary = chartSummary(rows, { locale: "en" });
    expect(summary).toContain(`Highest: ${spoken(high, "en")} (${high.label}, 2016)`);
    expect(summary).not.toContain("Nederland");
  });

  it("keeps the totals when a chart shows only totals (a national series)", () => {
    const rows = records
      .filter((record) => record[0] === "Totaal misdrijven" && record[2] === "Nederland")
      .map(row);
    const { high, low } = extremes(rows);
    const summary = chartSummary(rows, { locale: "nl" });
    expect(summary).toContain(`Cijfers van ${Math.min(...rows.map((r) => r.year as number))} tot en met`);
    expect(summary).toContain(`Hoogste: ${spoken(high, "nl")} (${high.year})`);
    expect(summary).toContain(`laagste: ${spoken(low, "nl")} (${low.year})`);
  });
});
