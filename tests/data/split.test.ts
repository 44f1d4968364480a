import { describe, expect, it } from "vitest";
import { splitPoint } from "../../src/data/split.ts";

describe("splitPoint", () => {
  it("cuts just after the first line feed past the middle", () => {
    const bytes = new TextEncoder().encode("ab\ncd\nef\ngh\n");
    expect(splitPoint(bytes)).toBe(9);
    expect(splitPoint(new TextEncoder().encode("abcdef"))).toBe(-1);
  });
});
