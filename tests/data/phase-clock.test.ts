import { afterEach, describe, expect, it, vi } from "vitest";
import { phaseClock, splitPhase } from "../../src/data/phase-clock.ts";

afterEach(() => vi.restoreAllMocks());

describe("phaseClock", () => {
  it("adds each lap to its phase, in the order phases first came", () => {
    const times = [100, 130, 135, 175, 180];
    vi.spyOn(performance, "now").mockImplementation(() => times.shift() ?? Number.NaN);
    const clock = phaseClock();
    clock.lap("read"); // 100 → 130
    clock.lap("parse"); // 130 → 135
    clock.lap("read"); // 135 → 175
    clock.lap("build"); // 175 → 180
    expect(clock.phases).toEqual({ read: 70, parse: 5, build: 5 });
    expect(Object.keys(clock.phases)).toEqual(["read", "parse", "build"]);
  });
});

describe("splitPhase", () => {
  it("replaces a phase by its parts and keeps what is left as the rest; the total stays the same", () => {
    const phases = { read: 10, work: 100 };
    splitPhase(phases, "work", { parse: 60, build: 25 }, "other");
    expect(phases).toEqual({ read: 10, parse: 60, build: 25, other: 15 });
    expect(Object.values(phases).reduce((a, b) => a + b)).toBe(110);
  });

  it("adds parts to phases that already exist, and never leaves a negative rest", () => {
    const phases = { parse: 5, work: 10 };
    splitPhase(phases, "work", { parse: 8, build: 4 }, "other");
    expect(phases).toEqual({ parse: 13, build: 4, other: 0 });
  });

  it("leaves the phases alone when the phase to split was never timed", () => {
    const phases = { read: 3 };
    splitPhase(phases, "work", { parse: 1 }, "other");
    expect(phases).toEqual({ read: 3 });
  });
});
