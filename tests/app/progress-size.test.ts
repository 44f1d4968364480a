import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { progressSize } from "../../src/app/progress-size.ts";

/** A count of tenths written out by hand: thousands grouped, one decimal unless it is 0. */
function tenthsText(tenths: number, locale: "nl" | "en"): string {
  const [group, decimal] = locale === "nl" ? [".", ","] : [",", "."];
  const whole = String(Math.floor(tenths / 10)).replace(/\B(?=(\d{3})+$)/g, group);
  return tenths % 10 === 0 ? whole : `${whole}${decimal}${tenths % 10}`;
}

/** Bytes in tenths of a `unit`, rounded half up, in integers only (no floating-point halves). */
const tenthsOf = (bytes: number, unit: number) => Math.floor((bytes + unit / 20) / (unit / 10));

describe("progressSize", () => {
  it("says kB for a file under a megabyte and MB from a megabyte on, in the reader's format", () => {
    expect(progressSize(0, 0, "nl")).toBe("0 kB");
    expect(progressSize(512, 850_400, "nl")).toBe("0,5 kB");
    expect(progressSize(850_400, 850_400, "en")).toBe("850.4 kB");
    // A small part of a big file stays in the file's unit: "0 MB of 153,5 MB", not "850 kB of …".
    expect(progressSize(50_000, 153_460_000, "nl")).toBe("0,1 MB");
    expect(progressSize(153_460_000, 153_460_000, "nl")).toBe("153,5 MB");
    expect(progressSize(1_234_500_000, 1_234_500_000, "nl")).toBe("1.234,5 MB");
    expect(progressSize(1_234_500_000, 1_234_500_000, "en")).toBe("1,234.5 MB");
  });

  it("rounds a half tenth up, as written out by hand", () => {
    const sizes = fc
      .nat({ max: 5_000_000_000 })
      .chain((total) => fc.tuple(fc.nat({ max: total }), fc.constant(total)));
    fc.assert(
      fc.property(sizes, fc.constantFrom<"nl" | "en">("nl", "en"), ([bytes, total], locale) => {
        const unit = total < 1e6 ? 1e3 : 1e6;
        const expected = `${tenthsText(tenthsOf(bytes, unit), locale)} ${unit === 1e3 ? "kB" : "MB"}`;
        expect(progressSize(bytes, total, locale)).toBe(expected);
      }),
    );
    expect(progressSize(150, 999_999, "en")).toBe("0.2 kB");
    expect(progressSize(1_050_000, 2_000_000, "nl")).toBe("1,1 MB");
  });
});
