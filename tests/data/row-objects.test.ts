import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/data/read-csv.ts";
import { rowObjects } from "../../src/data/row-objects.ts";

describe("rowObjects", () => {
  const reading = readCsv("regio,aantal\nGM0363,12\nGM0599,\nNL01,7\n");

  it("gives every row as an object of every column, derived ones included, empty cells null", () => {
    const rows = rowObjects(reading);
    expect(rows.length).toBe(reading.rowCount);
    const names = Object.keys(reading.data);
    expect(names).toContain("regio_level");
    rows.forEach((row, i) => {
      expect(Object.keys(row)).toEqual(names);
      for (const name of names) expect(row[name]).toBe(reading.data[name].at(i) ?? null);
    });
    expect(rows[1].aantal).toBeNull();
  });

  it("stops at a limit", () => {
    expect(rowObjects(reading, 2)).toEqual(rowObjects(reading).slice(0, 2));
  });
});
