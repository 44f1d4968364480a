import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { progressBarValue } from "../../src/app/progress-bar-value.ts";

const stage = fc.constantFrom<"reading" | "parsing" | "typing">("reading", "parsing", "typing");
const sizes = fc
  .integer({ min: 1, max: 2 ** 40 })
  .chain((total) => fc.tuple(fc.nat({ max: total }), fc.constant(total)));

describe("progressBarValue", () => {
  it("fills the first half while the bytes are read and the second while they are parsed", () => {
    expect(progressBarValue({ stage: "reading", bytes: 0, totalBytes: 1000 })).toBe(0);
    expect(progressBarValue({ stage: "reading", bytes: 250, totalBytes: 1000 })).toBe(0.125);
    expect(progressBarValue({ stage: "reading", bytes: 1000, totalBytes: 1000 })).toBe(0.5);
    expect(progressBarValue({ stage: "parsing", bytes: 0, totalBytes: 1000 })).toBe(0.5);
    expect(progressBarValue({ stage: "typing", bytes: 750, totalBytes: 1000 })).toBe(0.875);
    expect(progressBarValue({ stage: "parsing", bytes: 1000, totalBytes: 1000 })).toBe(1);
  });

  it("stays at the start of its half for an empty file", () => {
    expect(progressBarValue({ stage: "reading", bytes: 0, totalBytes: 0 })).toBe(0);
    expect(progressBarValue({ stage: "parsing", bytes: 0, totalBytes: 0 })).toBe(0.5);
  });

  it("stays between 0 and 1, in its stage's half, and grows with the bytes", () => {
    fc.assert(
      fc.property(stage, sizes, fc.nat(), (kind, [bytes, total], more) => {
        const value = progressBarValue({ stage: kind, bytes, totalBytes: total });
        const [low, high] = kind === "reading" ? [0, 0.5] : [0.5, 1];
        expect(value).toBeGreaterThanOrEqual(low);
        expect(value).toBeLessThanOrEqual(high);
        const further = Math.min(total, bytes + more);
        expect(progressBarValue({ stage: kind, bytes: further, totalBytes: total })).toBeGreaterThanOrEqual(
          value,
        );
        expect(value).toBeCloseTo(low + (bytes / total) * 0.5, 12);
      }),
    );
  });
});
