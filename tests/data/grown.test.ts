import { describe, expect, it } from "vitest";
import { grown } from "../../src/data/grown.ts";

describe("grown", () => {
  it("doubles a typed array's room, at least to 1024, keeping its values and its type", () => {
    const small = Float64Array.from([1, 2, 3]);
    const bigger = grown(small, small.length);
    expect(bigger).toBeInstanceOf(Float64Array);
    expect(bigger.length).toBe(1024);
    expect([...bigger.subarray(0, 3)]).toEqual([1, 2, 3]);
    const codes = new Uint32Array(2000).fill(7);
    const more = grown(codes, codes.length);
    expect(more).toBeInstanceOf(Uint32Array);
    expect(more.length).toBe(4000);
    expect(more.subarray(0, 2000).every((code) => code === 7)).toBe(true);
  });
});
