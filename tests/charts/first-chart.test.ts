import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { drawFirstChart, figureInfo, firstChartRows } from "../../src/charts/index.ts";
import {
  defaultChoice,
  readCsv,
  type ScratchSums,
  scratchDimensions,
  scratchSums,
} from "../../src/data/index.ts";
import { odataCsv, plainRows, sumBy } from "./cbs-files.ts";

const { document } = new JSDOM("<!doctype html><body></body>").window;
const source = "Jouw bestand: synthetisch.csv";

/** The sums the scratch page draws by default for a file. */
async function defaultSums(csv: string): Promise<ScratchSums> {
  const reading = readCsv(csv);
  const dimensions = scratchDimensions(reading);
  return scratchSums(reading, dimensions, defaultChoice(dimensions));
}

const draw = (sums: ScratchSums) =>
  drawFirstChart(sums, {
    document,
    locale: "nl",
    width: 600,
    title: "Aantal",
    subtitle: "Nederland · per jaar",
    series: "Nederland · Totaal",
    source,
  });

describe("the first chart of a file: its rows and its drawing", () => {
  it("a time series: one row per period with the summed value, the series as label and the file as source", async () => {
    const csv = odataCsv();
    const sums = await defaultSums(csv);
    const rows = firstChartRows(sums, "Nederland · Totaal", source);
    const expected = sumBy(
      plainRows(csv),
      (row) => row.RegioS === "NL01" && row.SoortMisdrijf === "0.0.0" && /JJ00$/.test(row.Perioden),
      (row) => row.Perioden,
      "GeregistreerdeMisdrijven_1",
    );
    expect(new Map(rows.map((row) => [row.period, row.value]))).toEqual(expected);
    for (const row of rows) {
      expect(row).toMatchObject({ label: "Nederland · Totaal", source, source_kind: "file", unit: "count" });
      expect(row.year).toBe(Number(row.period?.slice(0, 4)));
    }
  });

  it("bars: one row per category, trimmed, without the total", async () => {
    // Synthetic: categories and their total, no period.
    const csv = ["Soort;Aantal", "Totaal;30", "diefstal  ;10", "inbraak;20"].join("\n");
    const sums = await defaultSums(csv);
    const rows = firstChartRows(sums, "", source);
    expect(rows.map((row) => [row.label, row.value])).toEqual([
      ["inbraak", 20],
      ["diefstal", 10],
    ]);
  });

  it("a histogram: a row per bin whose counts add up to the numbers drawn", async () => {
    const values = Array.from({ length: 50 }, (_, i) => (i * 37) % 101);
    const sums = await defaultSums(["Waarde", ...values].join("\n"));
    const rows = firstChartRows(sums, "", source);
    expect(rows.reduce((sum, row) => sum + row.value, 0)).toBe(values.length);
    for (const row of rows) expect(row.label).toBe(`${row.bin_from} – ${row.bin_to}`);
  });

  it("draws the rows it names in Blauw's frame, and nothing when there is nothing to draw", async () => {
    const sums = await defaultSums(odataCsv());
    const figure = draw(sums);
    expect(figure?.classList.contains("blauw-chart")).toBe(true);
    expect(figureInfo.get(figure as HTMLElement)?.rows).toEqual(
      firstChartRows(sums, "Nederland · Totaal", source),
    );
    expect(draw({ kind: "none", reason: { code: "no-measure" }, repeated: [] })).toBeNull();
  });
});
