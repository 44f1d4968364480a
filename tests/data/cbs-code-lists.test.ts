import { describe, expect, it } from "vitest";
import { crimeTypeCodeList, regionCodeList } from "../../src/data/cbs-code-lists.ts";

// The two code lists are data files; these checks catch a slip when one is edited by hand.
describe("CBS code lists", () => {
  it("give every region a CBS RegioS key and a title, each key once", () => {
    for (const [code, title] of regionCodeList) {
      expect(code).toMatch(/^(NL01|LD\d\d|LDG4|PV\d\d|RE\d\d|GM\d{4})$/);
      expect(title.trim()).not.toBe("");
    }
    expect(new Set(regionCodeList.map(([code]) => code)).size).toBe(regionCodeList.length);
    expect(regionCodeList[0]).toEqual(["NL01", "Nederland"]);
  });

  it("give every crime type a dotted key that its title repeats, except the total", () => {
    for (const [code, title] of crimeTypeCodeList) {
      expect(code).toMatch(/^\d+\.\d+\.\d+$/);
      if (code !== "0.0.0") expect(title.startsWith(`${code} `)).toBe(true);
    }
    expect(new Set(crimeTypeCodeList.map(([code]) => code)).size).toBe(crimeTypeCodeList.length);
    expect(crimeTypeCodeList[0]).toEqual(["0.0.0", "Totaal misdrijven"]);
  });
});
