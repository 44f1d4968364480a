import { describe, expect, it } from "vitest";
import { localeTag } from "../../src/util/index.ts";

describe("localeTag", () => {
  it("formats Dutch numbers with a decimal comma and point groups, English the other way round", () => {
    expect(new Intl.NumberFormat(localeTag("nl")).format(400000.5)).toBe("400.000,5");
    expect(new Intl.NumberFormat(localeTag("en")).format(400000.5)).toBe("400,000.5");
  });
});
