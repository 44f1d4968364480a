import { describe, expect, it } from "vitest";
import { readCsv, repeatedKeys } from "../../src/data/index.ts";
import { type RepeatedKeyReport, resolveYearRows } from "../../src/data/resolve-year-rows.ts";

// Synthetic test data, made here: two regions, two years of months, and a year total dated 1 January.
interface Row {
  date: string;
  region: string;
  value: number;
}

function months(yearRowFirst: boolean, spoil?: (rows: Row[]) => void) {
  const rows: Row[] = [];
  const yearRows: number[] = [];
  for (const region of ["Noord", "Zuid"]) {
    for (const year of [2022, 2023]) {
      const month = Array.from({ length: 12 }, (_, m) => ({
        date: `${year}-${String(m + 1).padStart(2, "0")}-01`,
        region,
        value: (year - 2000) * 10 + m * 3 + region.length,
      }));
      const total = { date: `${year}-01-01`, region, value: month.reduce((sum, row) => sum + row.value, 0) };
      if (yearRowFirst) {
        yearRows.push(rows.length);
        rows.push(total, ...month);
      } else {
        rows.push(...month);
        yearRows.push(rows.length);
        rows.push(total);
      }
    }
  }
  spoil?.(rows);
  return {
    csv: ["Datum,Regio,Aantal", ...rows.map((r) => `${r.date},${r.region},${r.value}`)].join("\n"),
    yearRows,
  };
}

async function resolve(csv: string) {
  const reading = readCsv(csv);
  const keep = new Uint8Array(reading.rowCount).fill(1);
  const columns = ["Datum", "Regio"];
  const repeated: RepeatedKeyReport[] = (
    await repeatedKeys(reading.data, reading.rowCount, columns, keep)
  ).map((key) => ({ ...key, columns }));
  return { resolved: resolveYearRows(reading, "Aantal", columns, keep, repeated), repeated };
}

describe("resolveYearRows", () => {
  for (const yearRowFirst of [true, false]) {
    it(`finds each year's total among its months (total ${yearRowFirst ? "before" : "after"} the months)`, async () => {
      const { csv, yearRows } = months(yearRowFirst);
      const { resolved, repeated } = await resolve(csv);
      expect(resolved).toBe(true);
      expect(repeated).toHaveLength(4);
      expect(repeated.map((report) => report.yearRow?.row).sort((a, b) => a! - b!)).toEqual(yearRows);
      expect(repeated.map((report) => report.yearRow?.year).sort()).toEqual([2022, 2022, 2023, 2023]);
    });
  }

  it("refuses when a year row is not the sum of its months", async () => {
    const { csv } = months(true, (rows) => {
      rows[0].value += 7;
    });
    expect((await resolve(csv)).resolved).toBe(false);
  });

  it("refuses when the dates are not months", async () => {
    const { csv } = months(true, (rows) => {
      rows[5].date = "2022-05-17";
    });
    expect((await resolve(csv)).resolved).toBe(false);
  });

  it("refuses a key repeated on three rows", async () => {
    const { csv } = months(true, (rows) => {
      rows.push({ ...rows[0] });
    });
    const { resolved, repeated } = await resolve(csv);
    expect(repeated.some((report) => report.rows.length === 3)).toBe(true);
    expect(resolved).toBe(false);
  });
});
