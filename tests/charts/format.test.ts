import { describe, expect, it } from "vitest";
import {
  formatEuro,
  formatFigure,
  formatNumber,
  formatPercent,
  formatQualifier,
  formatValue,
  formatWhen,
  inLocale,
  isApproximate,
  rowLabel,
} from "../../src/charts/index.ts";

describe("Dutch and English formats", () => {
  it("formats numbers with the locale's separators", () => {
    expect(formatNumber(400000)).toBe("400.000");
    expect(formatNumber(400000, "en")).toBe("400,000");
    expect(formatNumber(83.7)).toBe("83,7");
    expect(formatNumber(83.7, "en")).toBe("83.7");
    expect(formatNumber(2807)).toBe("2.807");
  });

  it("formats percentages", () => {
    expect(formatPercent(83.7)).toBe("83,7%");
    expect(formatPercent(83.7, "en")).toBe("83.7%");
    expect(formatPercent(90)).toBe("90%");
  });

  it("abbreviates euros from a million up", () => {
    expect(formatEuro(186_000_000)).toBe("€ 186 mln");
    expect(formatEuro(7_500_000)).toBe("€ 7,5 mln");
    expect(formatEuro(8_100_000_000)).toBe("€ 8,1 mld");
    expect(formatEuro(325_000)).toBe("€ 325.000");
    expect(formatEuro(186_000_000, "en")).toBe("€186m");
    expect(formatEuro(7_500_000, "en")).toBe("€7.5m");
    expect(formatEuro(8_100_000_000, "en")).toBe("€8.1bn");
    expect(formatEuro(-25_000_000)).toBe("−€ 25 mln");
  });

  it("dispatches on the unit", () => {
    expect(formatValue(6.3, "percentage-points")).toBe("6,3 procentpunt");
    expect(formatValue(6.3, "percentage-points", "en")).toBe("6.3 points");
    expect(formatValue(13_000_000, "euro-per-year")).toBe("€ 13 mln per jaar");
    expect(formatValue(5000, "residents-per-officer")).toBe("5.000");
  });

  it("keeps the source's qualifier and marks the figure approximate", () => {
    const ruim = { value: 300000, unit: "count", qualifier: "ruim" };
    expect(isApproximate(ruim)).toBe(true);
    expect(formatFigure(ruim)).toBe("≈ 300.000 (ruim)");
    expect(formatFigure(ruim, "en")).toBe("≈ 300,000 (over)");
    expect(formatFigure({ value: 350_000_000, unit: "euro", qualifier: "circa" })).toBe(
      "≈ € 350 mln (circa)",
    );
    expect(formatFigure({ value: 83.7, unit: "percent", qualifier: null })).toBe("83,7%");
    expect(isApproximate({ qualifier: "  " })).toBe(false);
  });

  it("says when a figure applies without repeating the year", () => {
    expect(formatWhen({ year: 2024, period: null })).toBe("2024");
    expect(formatWhen({ year: 2025, period: "24 november 2025" })).toBe("24 november 2025");
    expect(formatWhen({ year: 2024, period: "per jaar" })).toBe("2024, per jaar");
    expect(formatWhen({ year: null, period: "structureel per jaar" })).toBe("structureel per jaar");
  });

  it("says when in English from the row's period_en, and falls back to the period without one", () => {
    const row = { year: 2025, period: "24 november 2025", period_en: "24 November 2025" };
    expect(formatWhen(row, "en")).toBe("24 November 2025");
    expect(formatWhen(row, "nl")).toBe("24 november 2025");
    expect(formatWhen({ year: 2024, period: "per jaar", period_en: "per year" }, "en")).toBe(
      "2024, per year",
    );
    expect(formatWhen({ year: 2024, period: "2024-03", period_en: null }, "en")).toBe("2024-03");
  });
});

describe("qualifiers in the reader's language", () => {
  it("keeps the source's Dutch hedge in Dutch and says it in English in English", () => {
    const pairs: [string, string][] = [
      ["ruim", "over"],
      ["zo'n", "about"],
      ["zo’n", "about"],
      ["circa", "about"],
      ["rond de", "around"],
      ["naar schatting ongeveer", "estimated"],
      ["bijna", "almost"],
      ["afgerond", "rounded"],
      ["raming", "projection"],
    ];
    for (const [dutch, english] of pairs) {
      expect(formatQualifier(dutch, "nl")).toBe(dutch);
      expect(formatQualifier(` ${dutch} `, "en")).toBe(english);
    }
    expect(formatQualifier("iets onbekends", "en")).toBe("iets onbekends");
  });

  it("writes every approximate figure of the data in English without a Dutch hedge", () => {
    for (const qualifier of [
      "ruim",
      "zo'n",
      "naar schatting ongeveer",
      "circa",
      "rond de",
      "bijna",
      "afgerond",
      "raming",
    ]) {
      const figure = formatFigure({ value: 1234.5, unit: "count", qualifier }, "en");
      expect(figure).toBe(`≈ 1,234.5 (${formatQualifier(qualifier, "en")})`);
      expect(figure).not.toContain(qualifier);
    }
  });
});

describe("labels and texts in the reader's language", () => {
  it("takes label_en in English when the row has one", () => {
    const row = { label: "Prio 1-meldingen", label_en: "Prio 1 calls" };
    expect(rowLabel(row, "nl")).toBe("Prio 1-meldingen");
    expect(rowLabel(row, "en")).toBe("Prio 1 calls");
    expect(rowLabel({ label: "Jouw bestand", label_en: "" }, "en")).toBe("Jouw bestand");
  });

  it("picks a text by locale and refuses one without the locale", () => {
    expect(inLocale({ nl: "meldingen", en: "calls" }, "nl")).toBe("meldingen");
    expect(inLocale({ nl: "meldingen", en: "calls" }, "en")).toBe("calls");
    expect(inLocale("Prio 1", "en")).toBe("Prio 1");
    expect(() => inLocale({ nl: "meldingen" } as never, "en")).toThrow(/invalid text/);
  });
});
