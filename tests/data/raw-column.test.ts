import { describe, expect, it } from "vitest";
import { NumberBuilder } from "../../src/data/number-builder.ts";
import { numberFormats } from "../../src/data/parse-number.ts";
import { rawTexts } from "../../src/data/raw-column.ts";
import { codesColumn } from "../util/codes-column.ts";

describe("rawTexts", () => {
  it("gives a column's texts row by row: codes through their dictionary, numbers written plainly", () => {
    const texts = ["b", "a", "b"];
    expect(rawTexts(codesColumn(texts))).toEqual(texts);
    expect(rawTexts({ kind: "texts", texts })).toBe(texts);
    const builder = new NumberBuilder(numberFormats[0], 4);
    for (const text of ["12", "x", "2.5"]) builder.push(text);
    expect(rawTexts(builder.raw())).toEqual(["12", "x", "2.5"]);
  });
});
