import * as aq from "arquero";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { syntheticCrimeCsv, syntheticCrimeTotals } from "../../src/cli/synthetic.ts";
import { type ReportedTotals, totalsDisagreement } from "../../src/cli/totals-check.ts";
import { readCsv } from "../../src/data/index.ts";

const rows = 5_000;
const csv = syntheticCrimeCsv(rows);
const expected = syntheticCrimeTotals(rows);

type Table = ReturnType<typeof aq.table>;

/** The benchmark page's aggregation: sums per year (from the period code) and per region. */
function totalsOf(table: Table): ReportedTotals {
  const pairs = (grouped: Table, key: string): [unknown, unknown][] =>
    grouped
      .objects()
      .map((row) => [(row as Record<string, unknown>)[key], (row as { total: unknown }).total]);
  const withYear = table.derive({
    year: aq.escape((d: Record<string, unknown>) => Number(String(d.Perioden).slice(0, 4))),
  });
  return {
    perYear: pairs(
      withYear.groupby("year").rollup({ total: aq.op.sum("GeregistreerdeMisdrijven_1") }),
      "year",
    ),
    perRegion: pairs(
      table.groupby("RegioS").rollup({ total: aq.op.sum("GeregistreerdeMisdrijven_1") }),
      "RegioS",
    ),
  };
}

describe("totalsDisagreement", () => {
  it("finds none in Blauw's reading of the file", () => {
    expect(totalsDisagreement(expected, totalsOf(aq.table(readCsv(csv).data)))).toBeNull();
  });

  it("disqualifies naive PapaParse, whose sums are NaN where a value is '.'", () => {
    const naive = Papa.parse<Record<string, unknown>>(csv, {
      header: true,
      dynamicTyping: true,
      skipEmptyLines: true,
    }).data;
    expect(totalsDisagreement(expected, totalsOf(aq.from(naive)))).toMatch(/^year 2012: NaN instead of /);
  });

  it("names the first year or region whose sum is off, missing, or doubled", () => {
    const found = totalsOf(aq.table(readCsv(csv).data));
    const [year, total] = found.perYear[3];
    const offByOne = {
      ...found,
      perYear: found.perYear.map(([k, t]) => [k, k === year ? Number(t) + 1 : t]),
    };
    expect(totalsDisagreement(expected, offByOne as ReportedTotals)).toBe(
      `year ${year}: ${Number(total) + 1} instead of ${Number(total).toLocaleString("en-US")}`,
    );
    const region = found.perRegion[0][0];
    const missing = { ...found, perRegion: found.perRegion.slice(1) };
    expect(totalsDisagreement(expected, missing)).toBe(`region ${region} is missing`);
    const doubled = { ...found, perYear: [...found.perYear, found.perYear[0]] };
    expect(totalsDisagreement(expected, doubled)).toBe("a year appears more than once");
    const extra = { ...found, perYear: [...found.perYear, [1999, 0] as [unknown, unknown]] };
    expect(totalsDisagreement(expected, extra)).toBe(`${found.perYear.length + 1} years instead of 12`);
  });

  it("takes no figure, or 0, as the sum of a key whose every value is unknown, and nothing else", () => {
    const totals = { perYear: [[2020, null]] as [number, null][], perRegion: [] };
    for (const sum of [null, undefined, 0])
      expect(totalsDisagreement(totals, { perYear: [[2020, sum]], perRegion: [] })).toBeNull();
    expect(totalsDisagreement(totals, { perYear: [[2020, 5]], perRegion: [] })).toBe(
      "year 2020: 5 where every value is unknown",
    );
  });
});
