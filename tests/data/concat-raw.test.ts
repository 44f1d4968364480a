import { describe, expect, it } from "vitest";
import { CodeBuilder, dictionaryLimit } from "../../src/data/code-builder.ts";
import { concatRaw } from "../../src/data/concat-raw.ts";
import { NumberBuilder } from "../../src/data/number-builder.ts";
import { numberFormats } from "../../src/data/parse-number.ts";
import { type RawColumn, rawTexts } from "../../src/data/raw-column.ts";

function numbers(texts: readonly string[], capacity = texts.length): RawColumn {
  const builder = new NumberBuilder(numberFormats[0], capacity);
  for (const text of texts) builder.push(text);
  return builder.raw();
}

function codes(texts: readonly string[]): RawColumn {
  const builder = new CodeBuilder(texts.length);
  for (const text of texts) builder.push(text);
  return builder.raw();
}

describe("concatRaw", () => {
  it("joins two number columns as one read of both, exceptions renumbered", () => {
    const first = ["1", "x", "2.5"];
    const second = ["-4", ".", "7"];
    const joined = concatRaw(numbers(first), numbers(second));
    const whole = numbers([...first, ...second]);
    expect(joined).toEqual(whole);
  });

  it("writes into the first column's room when it has enough, without a copy", () => {
    const first = numbers(["1", "2"], 16);
    const joined = concatRaw(first, numbers(["3"]));
    if (first.kind !== "numbers" || joined.kind !== "numbers") throw new Error("numbers expected");
    expect(joined.values.buffer).toBe(first.values.buffer);
    expect([...joined.values]).toEqual([1, 2, 3]);
  });

  it("joins two dictionaries into one, the first's codes kept and the rows in order", () => {
    const first = ["a", "b", "a"];
    const second = ["c", "a", "c"];
    const joined = concatRaw(codes(first), codes(second));
    expect(rawTexts(joined)).toEqual([...first, ...second]);
    if (joined.kind !== "codes") throw new Error("codes expected");
    expect(joined.texts).toEqual(["a", "b", "c"]);
    expect([...joined.counts]).toEqual([3, 1, 2]);
  });

  it("gives up the dictionary past its limit with most rows distinct, and joins mixed kinds as texts", () => {
    const half = Array.from({ length: dictionaryLimit / 2 + 1 }, (_, i) => `t${i}`);
    const other = half.map((text) => `${text}'`);
    const joined = concatRaw(codes(half), codes(other));
    expect(joined.kind).toBe("texts");
    expect(rawTexts(joined)).toEqual([...half, ...other]);
    const mixed = concatRaw(numbers(["1", "2"]), codes(["a"]));
    expect(mixed).toEqual({ kind: "texts", texts: ["1", "2", "a"] });
  });
});
