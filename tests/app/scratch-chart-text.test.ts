import { describe, expect, it } from "vitest";
import { t } from "../../src/app/i18n.ts";
import { describeRows, reasonText, valueLabel } from "../../src/app/scratch-chart-text.ts";
import {
  defaultChoice,
  type NoChartReason,
  readCsv,
  scratchDimensions,
  scratchSums,
} from "../../src/data/index.ts";
import { odataCsv } from "../charts/cbs-files.ts";

describe("valueLabel", () => {
  it("names the national and crime-type totals, and leaves other values alone", () => {
    expect(valueLabel("RegioS", "NL01  ")).toBe("Nederland (NL01)");
    expect(valueLabel("RegioS", "nl00")).toBe("Nederland (nl00)");
    expect(valueLabel("SoortMisdrijf", "0.0.0 ")).toBe("Totaal misdrijven (0.0.0)");
    // 0.0.0 is the crime-type total only in a crime-type column.
    expect(valueLabel("Versie", "0.0.0")).toBe("0.0.0");
    expect(valueLabel("RegioS", " GM0363 ")).toBe("GM0363");
  });
});

describe("describeRows", () => {
  it("says which series a CBS file's first chart shows and how many periods, in both languages", async () => {
    const reading = readCsv(odataCsv());
    const dimensions = scratchDimensions(reading);
    const sums = await scratchSums(reading, dimensions, defaultChoice(dimensions));
    if (sums.kind !== "time") throw new Error(`expected a time chart, got ${sums.kind}`);
    const years = new Set(sums.points.map((point) => point.year)).size;
    for (const locale of ["nl", "en"] as const) {
      const { series, sentence } = describeRows(sums, dimensions, locale);
      expect(series).toBe("Nederland (NL01) · Totaal misdrijven (0.0.0)");
      const [one, many] = t(locale).scratch.steps.year;
      expect(sentence).toBe(`${series} · per ${one}, ${years} ${years === 1 ? one : many}`);
    }
  });
});

describe("reasonText", () => {
  const reasons: NoChartReason[] = [
    { code: "no-measure" },
    { code: "period-as-text", column: "Periode‹x›" },
    { code: "undecided", column: "Regio‹x›", candidates: [" Totaal ", "Nederland"] },
    { code: "percent-sum", column: "Soort‹x›", measure: "Aandeel‹x›" },
    { code: "repeated-keys", count: 12345 },
    { code: "no-rows", period: "Jaar‹x›" },
    { code: "no-rows" },
  ];
  it("names the columns a reason is about, and counts in the page's language", () => {
    for (const locale of ["nl", "en"] as const) {
      const texts = reasons.map((reason) => reasonText(reason, t(locale), locale));
      expect(new Set(texts).size).toBe(reasons.length);
      reasons.forEach((reason, i) => {
        for (const value of Object.values(reason).filter((v) => typeof v === "string" && v.includes("‹")))
          expect(texts[i]).toContain(value);
      });
      expect(texts[2]).toContain("Totaal, Nederland");
      expect(texts[4]).toContain(locale === "nl" ? "12.345" : "12,345");
    }
  });
});
