import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { freeStorage } from "../../src/app/free-storage.ts";

describe("freeStorage", () => {
  it("is the quota less what is used, and the whole quota when the browser gives no usage", () => {
    expect(freeStorage({ quota: 2_000_000_000, usage: 150_000_000 })).toBe(1_850_000_000);
    expect(freeStorage({ quota: 2_000_000_000 })).toBe(2_000_000_000);
  });

  it("is null without an estimate or a quota, and never below 0", () => {
    expect(freeStorage(undefined)).toBeNull();
    expect(freeStorage({})).toBeNull();
    expect(freeStorage({ usage: 10 })).toBeNull();
    expect(freeStorage({ quota: 100, usage: 250 })).toBe(0);
  });

  it("with usage added back gives the quota, as long as usage is within it", () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (quota, usage) => {
        const free = freeStorage({ quota, usage }) ?? Number.NaN;
        expect(free).toBeGreaterThanOrEqual(0);
        expect(free + Math.min(usage, quota)).toBe(quota);
      }),
    );
  });
});
