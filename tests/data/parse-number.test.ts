import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  beforePercent,
  type NumberFormat,
  numberFormats,
  parseNumber,
  parsePercent,
  plainInteger,
} from "../../src/data/parse-number.ts";

/** A number written in `format`: its integer part grouped by threes when the format groups. */
function written(value: number, format: NumberFormat): string {
  const [whole, fraction] = Math.abs(value).toFixed(2).split(".");
  const grouped = format.group ? whole.replace(/\B(?=(\d{3})+$)/g, format.group) : whole;
  return `${value < 0 ? "-" : ""}${grouped}${format.decimal}${fraction}`;
}

describe("plainInteger", () => {
  it("reads what Number reads for plain signed digits", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(plainInteger(String(n))).toBe(Number(String(n)));
      }),
    );
  });

  it("leaves codes with a leading zero, signs alone and everything else to the full reader", () => {
    for (const text of ["0014", "-0014", "-", "", "1.5", "1e3", " 12", "+5", "1234567890123456"])
      expect(plainInteger(text)).toBeUndefined();
    expect(plainInteger("0")).toBe(0);
  });
});

describe("parseNumber", () => {
  it("reads back every number written in each format", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (cents) => {
        for (const format of numberFormats)
          expect(parseNumber(written(cents / 100, format), format)).toBe(cents / 100);
      }),
    );
  });

  it("takes a Unicode minus, a plus and spaces around, and exponents only with a decimal point", () => {
    const point = numberFormats[0];
    expect(parseNumber("−4", point)).toBe(-4);
    expect(parseNumber("+4", point)).toBe(4);
    expect(parseNumber(" 4.5 ", point)).toBe(4.5);
    expect(parseNumber("1e3", point)).toBe(1000);
    expect(parseNumber("1e3", numberFormats[2])).toBeUndefined();
  });

  it("reads no code with a leading zero, no stray separator and no infinity", () => {
    const point = numberFormats[0];
    for (const text of ["0014", "1.2.3", "1,5", "abc", "1e999", "", "."])
      expect(parseNumber(text, point)).toBeUndefined();
    expect(parseNumber("1.234,5", numberFormats[2])).toBeUndefined(); // no group separator in this format
  });
});

describe("percentages", () => {
  it("take the text before a closing % and the spaces ahead of it", () => {
    expect(beforePercent("83,7 %")).toEqual({ number: "83,7", percent: true });
    expect(beforePercent("83,7")).toEqual({ number: "83,7", percent: false });
    expect(parsePercent(" 83,7% ", numberFormats[2])).toBe(parseNumber("83,7", numberFormats[2]));
    expect(parsePercent("83,7", numberFormats[2])).toBeUndefined();
  });
});
