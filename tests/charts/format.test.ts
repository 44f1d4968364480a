import { describe, expect, it } from "vitest";
import {
  formatEuro,
  formatFigure,
  formatNumber,
  formatPercent,
  formatValue,
  formatWhen,
  isApproximate,
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
    expect(formatFigure(ruim, "en")).toBe("≈ 300,000 (ruim)");
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
});
