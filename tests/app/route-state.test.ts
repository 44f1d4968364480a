import { describe, expect, it } from "vitest";
import { routeState } from "../../src/app/route.ts";

describe("routeState", () => {
  it("reads inputs keyed by variable name, and old links' position keys", () => {
    expect(routeState("#/reaction-times?bronnen=Alleen+brondocumenten&d=0a1b2c3d")).toEqual({
      bronnen: "Alleen brondocumenten",
      d: "0a1b2c3d",
    });
    expect(routeState("#/reaction-times/gap-to-norm?c1=Alleen+brondocumenten")).toEqual({
      c1: "Alleen brondocumenten",
    });
  });

  it("keeps only keys that can be variable names", () => {
    expect(routeState("#/doxing?jaar=2025&a-b=1&1x=2&%3Cimg%3E=3&chart%3Aid=4&cell%201=5")).toEqual({
      jaar: "2025",
    });
  });
});
