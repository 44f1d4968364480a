import { describe, expect, it } from "vitest";
import { numberFormats, parseNumber } from "../../src/data/parse-number.ts";
import { candidateReaders, numberReaders, plainReaders, readerFor } from "../../src/data/value-readers.ts";

describe("the value readers", () => {
  const point = numberFormats[0];

  it("try booleans, periods, regions and dates before numbers, a reader per type", () => {
    const types = candidateReaders(point).map((reader) => reader.type);
    expect(types).toEqual(["boolean", "period", "region", "date", "integer", "number", "percent"]);
    expect(new Set(types).size).toBe(types.length);
  });

  it("read an integer only when no decimal separator is written", () => {
    const [integer, number] = numberReaders(point);
    expect(integer.read("12")).toBe(12);
    expect(integer.read("12.0")).toBeUndefined();
    expect(number.read("12.0")).toBe(parseNumber("12.0", point));
  });

  it("read a period or a region as its trimmed code", () => {
    const [, period, region] = plainReaders;
    expect(period.read(" 2024JJ00 ")).toBe("2024JJ00");
    expect(region.read("GM0363  ")).toBe("GM0363");
  });

  it("find one type's reader, and none for text", () => {
    for (const reader of candidateReaders(point))
      expect(readerFor(reader.type, point)?.type).toBe(reader.type);
    expect(readerFor("string", point)).toBeUndefined();
  });
});
