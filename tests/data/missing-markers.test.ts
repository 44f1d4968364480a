import { describe, expect, it } from "vitest";
import { isMissing, missingMarkers } from "../../src/data/missing-markers.ts";

describe("isMissing", () => {
  it("knows every marker, bare and padded with spaces or tabs", () => {
    for (const marker of missingMarkers) {
      expect(isMissing(marker)).toBe(true);
      expect(isMissing(` ${marker} `)).toBe(true);
      expect(isMissing(`\t${marker}`)).toBe(true);
    }
  });

  it("takes no value for a marker, nor a marker inside a value", () => {
    for (const text of ["0", "x", "NA1", "..", " n.v.t. 2", "nvt", "Nederland"])
      expect(isMissing(text)).toBe(false);
  });
});
