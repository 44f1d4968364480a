import { describe, expect, it } from "vitest";
import { findResource, inferColumn, readCsvWithSchema, type TableSchema } from "../../src/data/index.ts";

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

describe("the values of a Table Schema file", () => {
  // Texts without a comma: a schema's numbers use a decimal point, as the loader's do when a column has no commas.
  const texts: Record<"integer" | "number" | "boolean" | "date", string[]> = {
    integer: ["12", " 12", "+5", "-3", "−3", "0014", "1.5", "1e3", "twee"],
    number: ["83.7", " 2.5", "1e3", "−4", ".5", "5.", "0.25", "abc"],
    boolean: ["true", "false", "ja", "Nee", "TRUE", " yes", "misschien"],
    date: ["2024-03-01", "01-03-2024", "1/3/2024", "2024-02-30", "2024-03-01T10:00", "maart"],
  };

  it.each(Object.entries(texts))("are read as the loader reads a %s column", (type, cells) => {
    const schema: TableSchema = {
      fields: [
        { name: "n", type: "string" },
        { name: "v", type: type as keyof typeof texts },
      ],
    };
    const text = `n,v\n${cells.map((cell, i) => `${i},"${cell}"`).join("\n")}\n`;
    const { columns, problems } = readCsvWithSchema(text, schema);
    const loader = cells.map((cell) => inferColumn([cell], false, type as keyof typeof texts).values[0]);
    expect(columns.v).toEqual(loader);
    // Every cell the loader cannot read is named, in its row.
    const unread = cells.flatMap((_, i) => (loader[i] === null ? [i + 2] : []));
    expect(problems.map((problem) => problem.row)).toEqual(unread);
  });
});

describe("findResource", () => {
  it("finds a resource by name and lists the known names otherwise", () => {
    const pkg = { name: "p", resources: [{ name: "a", path: "data/a.csv", schema }] };
    expect(findResource(pkg, "a").path).toBe("data/a.csv");
    expect(() => findResource(pkg, "b")).toThrow('No data resource named "b"; known resources: a');
  });
});
