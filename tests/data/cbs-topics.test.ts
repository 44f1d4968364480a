import { describe, expect, it } from "vitest";
import { cbsMeasures, cbsTables, cbsTopicKeys, dimensionKey } from "../../src/data/cbs-topics.ts";

describe("cbsMeasures", () => {
  it("numbers each table's keys 1, 2, 3… in order, as the OData files do", () => {
    for (const table of cbsTables()) {
      const suffixes = cbsTopicKeys(table).map((key) => Number(/_(\d+)$/.exec(key)?.[1]));
      expect(suffixes).toEqual(suffixes.map((_, i) => i + 1));
    }
  });

  it("makes a count part only of a count of the same table, never of itself through a chain", () => {
    for (const table of cbsTables()) {
      const measures = new Map(cbsMeasures(table).map((measure) => [measure.key, measure]));
      for (const measure of measures.values()) {
        const seen = new Set([measure.key]);
        for (let whole = measure.partOf; whole; whole = measures.get(whole)?.partOf) {
          expect(measures.get(whole)?.kind, `${measure.key} ⊂ ${whole}`).toBe("count");
          expect(seen.has(whole)).toBe(false);
          seen.add(whole);
        }
        if (measure.kind === "percent") expect(measure.partOf).toBeUndefined();
      }
    }
  });

  it("finds a table whatever its case and padding, and knows nothing of other tables", () => {
    expect(cbsMeasures(" 47013ned ")).toEqual(cbsMeasures("47013NED"));
    expect(cbsTopicKeys("47013NED")).toEqual([
      "GeregistreerdeMisdrijven_1",
      "Aangiften_2",
      "Internetaangiften_3",
    ]);
    expect(cbsMeasures("83648NED")).toEqual([]);
  });
});

describe("dimensionKey", () => {
  it.each([
    ["Regio's", "RegioS"],
    ["  soort   misdrijf ", "SoortMisdrijf"],
    ["Perioden", "Perioden"],
    ["RegioS", "RegioS"],
    ["Wijken en buurten", "WijkenEnBuurten"],
  ])("%s → %s", (title, key) => expect(dimensionKey(title)).toBe(key));

  it("knows no other title", () => {
    expect(dimensionKey("Geslacht")).toBeUndefined();
    expect(dimensionKey("regios'")).toBeUndefined();
  });
});
