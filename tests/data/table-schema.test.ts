import { describe, expect, it } from "vitest";
import { findResource, readCsvWithSchema, type TableSchema } from "../../src/data/index.ts";

const schema: TableSchema = {
  missingValues: [""],
  fields: [
    { name: "measure", type: "string", constraints: { required: true, pattern: "^[a-z-]+$" } },
    { name: "year", type: "integer", constraints: { minimum: 2000 } },
    { name: "value", type: "number", constraints: { required: true } },
    { name: "unit", type: "string", constraints: { enum: ["percent", "count"] } },
  ],
};

describe("readCsvWithSchema", () => {
  it("types every column by its field and reads empty cells as null", () => {
    const reading = readCsvWithSchema(
      "\uFEFFmeasure,year,value,unit\nshare,2024,83.7,percent\nnorm,,90,percent\n",
      schema,
    );
    expect(reading.problems).toEqual([]);
    expect(reading.rowCount).toBe(2);
    expect(reading.columns).toEqual({
      measure: ["share", "norm"],
      year: [2024, null],
      value: [83.7, 90],
      unit: ["percent", "percent"],
    });
  });

  it("reports each bad cell with its row and column, and keeps the row", () => {
    const text = "measure,year,value,unit\nshare,twee,83.7,percent\nBad Key,1999,,euro\nok,2020,1e3,count\n";
    const reading = readCsvWithSchema(text, schema);
    expect(reading.rowCount).toBe(3);
    expect(reading.columns.value).toEqual([83.7, null, 1000]);
    expect(reading.problems).toEqual([
      { row: 2, column: "year", message: '"twee" is not a valid integer' },
      { row: 3, column: "measure", message: '"Bad Key" does not match the pattern ^[a-z-]+$' },
      { row: 3, column: "year", message: "1999 is below the minimum 2000" },
      { row: 3, column: "value", message: "a value is required" },
      { row: 3, column: "unit", message: '"euro" is not one of percent, count' },
    ]);
  });

  it("names missing and unexpected header columns and ragged rows", () => {
    const reading = readCsvWithSchema("measure,value,extra\nshare,1,x,y\n", schema);
    expect(reading.problems).toEqual(
      expect.arrayContaining([
        { row: 1, column: "year", message: 'column "year" is missing from the header' },
        { row: 1, column: "extra", message: 'column "extra" is not in the schema' },
        { row: 2, column: "", message: "expected 3 cells, found 4" },
      ]),
    );
  });
});

describe("findResource", () => {
  it("finds a resource by name and lists the known names otherwise", () => {
    const pkg = { name: "p", resources: [{ name: "a", path: "data/a.csv", schema }] };
    expect(findResource(pkg, "a").path).toBe("data/a.csv");
    expect(() => findResource(pkg, "b")).toThrow('No data resource named "b"; known resources: a');
  });
});
