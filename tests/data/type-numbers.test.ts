import { describe, expect, it } from "vitest";
import { NumberBuilder } from "../../src/data/number-builder.ts";
import { numberFormats } from "../../src/data/parse-number.ts";
import type { RawColumn } from "../../src/data/raw-column.ts";
import { typeNumbers } from "../../src/data/type-numbers.ts";

function numbers(texts: readonly string[]): Extract<RawColumn, { kind: "numbers" }> {
  const builder = new NumberBuilder(numberFormats[0], texts.length);
  for (const text of texts) builder.push(text);
  const raw = builder.raw();
  if (raw.kind !== "numbers") throw new Error("a number builder gives numbers");
  return raw;
}

describe("typeNumbers", () => {
  const texts = ["1", "2", ".", "4", "5", "6", "7", "8", "9", "10", "11", "x"];

  it("types a column of whole numbers as integers, missing markers apart and misfits listed", () => {
    const typed = typeNumbers(numbers(texts));
    if (typed === "retry-as-codes") throw new Error("this column is numeric");
    expect(typed.type).toBe("integer");
    expect(typed.missing).toBe(texts.filter((text) => text === ".").length);
    expect(typed.misfits).toEqual([{ index: texts.indexOf("x"), text: "x" }]);
    expect(typed.range).toEqual({ min: 1, max: 11 });
  });

  it("types a column with a decimal as numbers, and asks to read too many misfits again as texts", () => {
    const decimals = typeNumbers(numbers(["1.5", "2", "3"]));
    expect(decimals !== "retry-as-codes" && decimals.type).toBe("number");
    expect(typeNumbers(numbers(["a", "b", "1"]))).toBe("retry-as-codes");
  });

  it("follows a forced integer type, emptying fractions and working out the range again", () => {
    const typed = typeNumbers(numbers(["1.5", "2", "3"]), "integer");
    if (typed === "retry-as-codes") throw new Error("a forced type is never read again");
    expect(typed.type).toBe("integer");
    expect(typed.misfits).toEqual([{ index: 0, text: "1.5" }]);
    expect(typed.range).toBeUndefined();
    expect(typed.column.at(0)).toBeNull();
  });
});
