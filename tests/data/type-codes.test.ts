import { describe, expect, it } from "vitest";
import { typeCodes } from "../../src/data/type-codes.ts";
import { misfitListLimit } from "../../src/data/typed-column.ts";
import { codesColumn } from "../util/codes-column.ts";

describe("typeCodes", () => {
  it("weighs each distinct text by its rows: one word in many rows is not a tenth of them", () => {
    const texts = [...Array.from({ length: 95 }, (_, i) => String(i % 5)), ...Array(5).fill("geen")];
    const typed = typeCodes(codesColumn(texts), false);
    expect(typed.type).toBe("integer");
    expect(typed.misfits.map((misfit) => misfit.index)).toEqual(
      texts.flatMap((text, i) => (text === "geen" ? [i] : [])),
    );
    const many = typeCodes(codesColumn([...texts.slice(0, 80), ...Array(20).fill("geen")]), false);
    expect(many.type).toBe("string");
  });

  it("counts missing markers by rows, and converts each distinct text once over the same codes", () => {
    const texts = ["ja", ".", "nee", "ja", "."];
    const typed = typeCodes(codesColumn(texts), false);
    expect(typed.type).toBe("boolean");
    expect(typed.missing).toBe(2);
    expect(Array.from({ length: texts.length }, (_, row) => typed.column.at(row))).toEqual([
      true,
      null,
      false,
      true,
      null,
    ]);
  });

  it("lists misfits up to the limit and counts the rest", () => {
    const texts = [...Array.from({ length: 30_000 }, (_, i) => String(i % 50)), ...Array(1500).fill("x")];
    const typed = typeCodes(codesColumn(texts), false, "integer");
    expect(typed.misfits.length).toBe(misfitListLimit);
    expect(typed.moreMisfits).toBe(1500 - misfitListLimit);
  });
});
