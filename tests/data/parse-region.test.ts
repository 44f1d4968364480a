import { describe, expect, it } from "vitest";
import { labelLevel, parseRegion, regionLevelOrder, regionLevels } from "../../src/data/parse-region.ts";

describe("parseRegion", () => {
  it("trims CBS region codes and names their level", () => {
    expect(parseRegion("NL01  ")).toEqual({ code: "NL01", level: "country" });
    expect(parseRegion("GM0363")).toEqual({ code: "GM0363", level: "municipality" });
    expect(parseRegion("RE01")).toEqual({ code: "RE01", level: "police-region" });
    expect(parseRegion("PV27")).toEqual({ code: "PV27", level: "province" });
    expect(parseRegion("Amsterdam")).toBeUndefined();
    expect(parseRegion("GM1")).toBeUndefined();
  });

  it("knows a level for every prefix, each in the order from country down", () => {
    for (const [prefix, level] of Object.entries(regionLevels)) {
      expect(parseRegion(`${prefix}01`)?.level).toBe(level);
      expect(regionLevelOrder).toContain(level);
    }
  });
});

describe("labelLevel", () => {
  it("reads the level a label's suffix gives, and none without one", () => {
    expect(labelLevel("Groningen (PV)")).toBe("province");
    expect(labelLevel("Noord-Nederland (RE) ")).toBe("police-region");
    expect(labelLevel("Nederland")).toBeUndefined();
    expect(labelLevel("Groningen (XX)")).toBeUndefined();
  });
});
