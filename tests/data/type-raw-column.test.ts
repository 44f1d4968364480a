import { describe, expect, it } from "vitest";
import { inferColumn } from "../../src/data/infer-column.ts";
import { NumberBuilder } from "../../src/data/number-builder.ts";
import { numberFormats } from "../../src/data/parse-number.ts";
import { typeRawColumn } from "../../src/data/type-raw-column.ts";
import { codesColumn } from "../util/codes-column.ts";

describe("typeRawColumn", () => {
  const texts = ["12", "3,5", "7", "."];

  it("types numbers, dictionaries and plain texts alike", () => {
    const builder = new NumberBuilder(numberFormats[2], 4);
    for (const text of texts) builder.push(text);
    const fromNumbers = typeRawColumn(builder.raw(), true);
    const fromCodes = typeRawColumn(codesColumn(texts), true);
    const fromTexts = typeRawColumn({ kind: "texts", texts }, true);
    const inferred = inferColumn(texts, true);
    for (const typed of [fromNumbers, fromCodes, fromTexts]) {
      if (typed === "retry-as-codes") throw new Error("this column is numeric");
      expect(typed.type).toBe(inferred.type);
      expect(typed.missing).toBe(inferred.missing);
      expect(Array.from({ length: texts.length }, (_, row) => typed.column.at(row) ?? null)).toEqual(
        inferred.values,
      );
    }
  });

  it("follows a forced type whatever the column was built as", () => {
    const typed = typeRawColumn({ kind: "texts", texts }, true, "string");
    if (typed === "retry-as-codes") throw new Error("a forced type is never read again");
    expect(typed.type).toBe("string");
  });
});
