import { describe, expect, it } from "vitest";
import { CodeBuilder } from "../../src/data/code-builder.ts";
import { builderFor } from "../../src/data/column-builder.ts";
import { NumberBuilder } from "../../src/data/number-builder.ts";
import { numberFormats } from "../../src/data/parse-number.ts";

describe("builderFor", () => {
  it("builds numbers in the planned format, anything else as codes, with the room asked for", () => {
    const numbers = builderFor({ kind: "numbers", format: numberFormats[3] }, 64);
    expect(numbers).toBeInstanceOf(NumberBuilder);
    expect((numbers as NumberBuilder).format).toBe(numberFormats[3]);
    expect((numbers as NumberBuilder).values.length).toBe(64);
    const codes = builderFor({ kind: "codes" }, 64);
    expect(codes).toBeInstanceOf(CodeBuilder);
    expect((codes as CodeBuilder).codes.length).toBe(64);
  });
});
