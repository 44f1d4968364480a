import { describe, expect, it } from "vitest";
import { syntheticCrimeCsv, syntheticCrimeTotals } from "../../src/cli/synthetic.ts";

// The benchmark checks every contender against `syntheticCrimeTotals`; here those totals are checked
// against what `syntheticCrimeCsv` writes, read back with nothing but string splitting.
function countWritten(csv: string) {
  const perYear = new Map<number, number | null>();
  const perRegion = new Map<string, number | null>();
  const lines = csv.split("\n");
  expect(lines[0]).toBe("ID,SoortMisdrijf,RegioS,Perioden,GeregistreerdeMisdrijven_1");
  expect(lines.at(-1)).toBe("");
  for (const line of lines.slice(1, -1)) {
    const [, , quotedRegion, period, value] = line.split(",");
    const region = quotedRegion.slice(1, -1);
    const year = Number(period.slice(0, 4));
    const known = value === "." ? null : Number(value);
    expect(known === null || Number.isInteger(known)).toBe(true);
    for (const [map, key] of [
      [perYear, year],
      [perRegion, region],
    ] as const) {
      const sum = (map as Map<typeof key, number | null>).get(key);
      (map as Map<typeof key, number | null>).set(key, known === null ? (sum ?? null) : (sum ?? 0) + known);
    }
  }
  return { rows: lines.length - 2, perYear, perRegion };
}

describe("syntheticCrimeTotals", () => {
  for (const rows of [1, 53, 20_000]) {
    it(`gives the sums that ${rows} written rows hold, per year and per region`, () => {
      const written = countWritten(syntheticCrimeCsv(rows));
      const totals = syntheticCrimeTotals(rows);
      expect(written.rows).toBe(rows);
      expect(new Map(totals.perYear)).toEqual(written.perYear);
      expect(new Map(totals.perRegion)).toEqual(written.perRegion);
    });
  }

  it("holds unknowns, and a region whose every value is unknown", () => {
    const { perRegion } = syntheticCrimeTotals(1_000_000);
    expect(syntheticCrimeCsv(2_000)).toContain(",.\n");
    expect(perRegion.some(([, total]) => total === null)).toBe(true);
  });
});
