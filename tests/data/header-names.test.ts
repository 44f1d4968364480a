import { describe, expect, it } from "vitest";
import { uniqueHeader, uniqueName } from "../../src/data/header-names.ts";
import { packReading, readCsv, rowObjects, unpackReading } from "../../src/data/index.ts";
import type { Problem } from "../../src/data/problems.ts";

// Names that are properties of every plain object: a lookup in `{}` finds them before they are added.
const names = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"];

describe("header names that plain objects already have", () => {
  const text = `${names.join(",")}\n1,2,3,4,5\n6,7,8,9,10\n`;

  it("are columns like any other: not duplicates, not lost, values kept", () => {
    const reading = readCsv(text);
    expect(reading.problems).toEqual([]);
    expect(reading.columns.map((c) => c.name)).toEqual(names);
    expect(Object.keys(reading.data)).toEqual(names);
    expect(names.map((name) => reading.data[name].at(1))).toEqual([6, 7, 8, 9, 10]);
    const rows = rowObjects(reading);
    expect(Object.keys(rows[0])).toEqual(names);
    // biome-ignore lint/suspicious/noProto: a column named "__proto__" must be an own property, not the prototype
    expect(rows[1].__proto__).toBe(6);
  });

  it("survive the trip from the worker to the page", () => {
    const { packed } = packReading(readCsv(text));
    const back = unpackReading(structuredClone(packed));
    expect(Object.keys(back.data)).toEqual(names);
    // biome-ignore lint/suspicious/noProto: a column named "__proto__" must be an own property, not the prototype
    expect(back.data.__proto__.at(0)).toBe(1);
  });

  it("can be given a type by the reader", () => {
    const reading = readCsv(text, { types: Object.fromEntries([["constructor", "string"]]) });
    expect(reading.columns.find((c) => c.name === "constructor")?.type).toBe("string");
    expect(reading.columns.find((c) => c.name === "toString")?.type).toBe("integer");
  });

  it("are still told apart when they repeat", () => {
    const reading = readCsv("constructor,constructor\n1,2\n");
    expect(reading.columns.map((c) => c.name)).toEqual(["constructor", "constructor_2"]);
    expect(reading.problems.map((p) => p.detail?.code)).toEqual(["duplicate-column"]);
  });
});

describe("uniqueHeader", () => {
  it("names an empty name by its place and numbers repeated names, each with a problem on the header row", () => {
    const problems: Problem[] = [];
    expect(uniqueHeader([" a ", "", "a", "a", "a_2"], 3, problems)).toEqual([
      "a",
      "column 2",
      "a_2",
      "a_3",
      "a_2_2",
    ]);
    expect(problems.map((problem) => [problem.row, problem.column, problem.detail?.code])).toEqual([
      [3, "column 2", "unnamed-column"],
      [3, "a_2", "duplicate-column"],
      [3, "a_3", "duplicate-column"],
      [3, "a_2_2", "duplicate-column"],
    ]);
  });
});

describe("uniqueName", () => {
  it("keeps a free name and otherwise takes the first free suffix, counting on from the last one given", () => {
    const taken = { a: 1, a_2: 1 };
    expect(uniqueName("b", taken)).toBe("b");
    const next = new Map<string, number>();
    expect(uniqueName("a", taken, next)).toBe("a_3");
    expect(uniqueName("a", { ...taken, a_3: 1 }, next)).toBe("a_4");
  });
});
