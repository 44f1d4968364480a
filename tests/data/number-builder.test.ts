import { describe, expect, it } from "vitest";
import { isMissing } from "../../src/data/missing-markers.ts";
import { NumberBuilder } from "../../src/data/number-builder.ts";
import { numberFormats, parseNumber } from "../../src/data/parse-number.ts";

const comma = numberFormats[2];

/** What a number column holds after `texts`, worked out cell by cell with parseNumber. */
function expected(texts: readonly string[]) {
  const values = texts.map((text) => parseNumber(text, comma) ?? Number.NaN);
  const numbers = values.filter((value) => !Number.isNaN(value));
  const exceptionRows = values.flatMap((value, row) => (Number.isNaN(value) ? [row] : []));
  return {
    values,
    min: Math.min(...numbers),
    max: Math.max(...numbers),
    exceptionRows,
    exceptionTexts: exceptionRows.map((row) => texts[row]),
    misfits: exceptionRows.filter((row) => !isMissing(texts[row])).length,
  };
}

describe("NumberBuilder", () => {
  const texts = ["12", "-3", "1,5", ".", "geen", "1.000", "0014", "", "7"];

  it("reads each cell as parseNumber does, growing past its first room", () => {
    const builder = new NumberBuilder(comma, 2);
    for (const text of texts) builder.push(text);
    const raw = builder.raw();
    const want = expected(texts);
    if (raw.kind !== "numbers") throw new Error("a number builder gives numbers");
    expect([...raw.values]).toEqual(want.values);
    expect(raw).toMatchObject({ length: texts.length, min: want.min, max: want.max, fractional: true });
    expect(raw.exceptionRows).toEqual(want.exceptionRows);
    expect(raw.exceptionTexts).toEqual(want.exceptionTexts);
    expect(builder.misfits).toBe(want.misfits);
  });

  it("is fractional only when a value is written with a decimal separator or is no integer", () => {
    const whole = new NumberBuilder(comma, 4);
    for (const text of ["1", "2"]) whole.push(text);
    expect(whole.fractional).toBe(false);
    whole.push("3,0");
    expect(whole.fractional).toBe(true);
  });

  it("gives up past a thousand misfits that are more than a tenth of the values", () => {
    const builder = new NumberBuilder(comma, 16);
    for (let i = 0; i < 9000; i++) builder.push(String(i));
    for (let i = 0; i < 1001; i++) builder.push("x");
    expect(builder.tooManyMisfits()).toBe(true);
    const fewer = new NumberBuilder(comma, 16);
    for (let i = 0; i < 20_000; i++) fewer.push(String(i));
    for (let i = 0; i < 1001; i++) fewer.push("x");
    expect(fewer.tooManyMisfits()).toBe(false);
  });

  it("reads quoted cells again once their quotes are off (PapaParse's fast mode leaves them on)", () => {
    const builder = new NumberBuilder(comma, 4);
    for (const text of ['"12,5"', '"."', '"x"']) builder.push(text);
    expect(builder.unquote()).toBe(true);
    const raw = builder.raw();
    if (raw.kind !== "numbers") throw new Error("a number builder gives numbers");
    expect(raw.values[0]).toBe(parseNumber("12,5", comma));
    expect(raw.exceptionTexts).toEqual([".", "x"]);
    expect(builder.misfits).toBe(1);
    const broken = new NumberBuilder(comma, 4);
    broken.push('"1""2"');
    expect(broken.unquote()).toBe(false);
  });
});
