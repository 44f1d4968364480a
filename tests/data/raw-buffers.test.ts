import { describe, expect, it } from "vitest";
import { NumberBuilder } from "../../src/data/number-builder.ts";
import { numberFormats } from "../../src/data/parse-number.ts";
import { rawBuffers } from "../../src/data/raw-buffers.ts";
import { codesColumn } from "../util/codes-column.ts";

describe("rawBuffers", () => {
  it("lists each typed array's buffer once, and nothing for texts", () => {
    const numbers = new NumberBuilder(numberFormats[0], 8).raw();
    const codes = codesColumn(["a", "b"]);
    const shared = { ...codes, codes: codes.codes.subarray(0, 1) };
    const buffers = rawBuffers([numbers, codes, shared, { kind: "texts", texts: ["x"] }]);
    if (numbers.kind !== "numbers") throw new Error("a number builder gives numbers");
    expect(buffers).toEqual([numbers.values.buffer, codes.codes.buffer]);
    // Transferable: a structured clone with them as transfer list moves them.
    structuredClone([numbers, codes], { transfer: buffers });
    expect(buffers.every((buffer) => buffer.byteLength === 0)).toBe(true);
  });
});
