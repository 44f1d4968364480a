import { describe, expect, it } from "vitest";
import { isKebabId } from "../../src/util/index.ts";

describe("isKebabId", () => {
  it("takes lowercase letters and digits joined by single hyphens", () => {
    for (const id of ["reaction-times", "share-within-15-minutes", "a", "2024"])
      expect(isKebabId(id)).toBe(true);
  });

  it("refuses capitals, doubled, leading or trailing hyphens, and anything else", () => {
    for (const id of ["", "Reaction", "a--b", "-a", "a-", "a_b", "a b", "a/b", "é"])
      expect(isKebabId(id)).toBe(false);
  });
});
