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
});
