import { describe, expect, it } from "vitest";
import { fileSize } from "../../src/app/file-size.ts";

describe("fileSize", () => {
  it("says kB below a megabyte, never 0 kB, in whole kilobytes", () => {
    expect(fileSize(0, "nl")).toBe("1 kB");
    expect(fileSize(499, "nl")).toBe("1 kB");
    expect(fileSize(850_400, "nl")).toBe("850 kB");
    expect(fileSize(999_400, "en")).toBe("999 kB");
  });

  it("says MB and GB with one decimal in the reader's format", () => {
    expect(fileSize(1_000_000, "nl")).toBe("1 MB");
    expect(fileSize(52_400_000, "nl")).toBe("52,4 MB");
    expect(fileSize(52_400_000, "en")).toBe("52.4 MB");
    expect(fileSize(153_460_000, "nl")).toBe("153,5 MB");
    expect(fileSize(1_234_000_000, "nl")).toBe("1,2 GB");
    expect(fileSize(1_234_000_000, "en")).toBe("1.2 GB");
    expect(fileSize(12_345_000_000, "nl")).toBe("12,3 GB");
  });

  it("chooses the unit after rounding: never 1.000 of a unit", () => {
    expect(fileSize(999_499, "nl")).toBe("999 kB");
    expect(fileSize(999_500, "nl")).toBe("1 MB");
    expect(fileSize(999_999, "en")).toBe("1 MB");
    expect(fileSize(999_949_999, "nl")).toBe("999,9 MB");
    expect(fileSize(999_950_000, "nl")).toBe("1 GB");
    // Sizes on both sides of each unit's boundary: the number stays below 1,000.
    const near = (edge: number, step: number) =>
      Array.from({ length: 400 }, (_, i) => edge + (i - 200) * step);
    for (const bytes of [...near(1e6, 3), ...near(1e9, 2_999)]) {
      const [figure, unit] = fileSize(bytes, "en").split(" ");
      if (unit !== "GB") expect(Number(figure.replace(/,/g, "")), `${bytes}`).toBeLessThan(1000);
    }
  });
});
