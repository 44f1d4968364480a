import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { factSheetHash, parseSeedLocator } from "../../src/util/index.ts";

const sheets = readdirSync(new URL("../../seeds/", import.meta.url))
  .filter((name) => name.endsWith(".md") && name !== "README.md")
  .map((name) => name.slice(0, -3));

describe("parseSeedLocator", () => {
  it("reads every fact sheet of seeds/, with and without a section", () => {
    expect(sheets.length).toBeGreaterThan(0);
    for (const sheet of sheets) {
      expect(parseSeedLocator(`seeds/${sheet}.md`)).toEqual({ sheet });
      expect(parseSeedLocator(` seeds/${sheet}.md#antwoord-20 `)).toEqual({ sheet, anchor: "antwoord-20" });
    }
  });

  it("is null for what is not a fact-sheet place", () => {
    for (const text of [
      "https://opendata.cbs.nl/statline/#/CBS/nl/dataset/47008NED",
      "Jouw bestand: a.csv",
      "seeds/Hoofdletters.md",
      "seeds/x.md#",
      "seeds/x.txt",
      "../seeds/x.md",
      "seeds/x.md#a b",
    ])
      expect(parseSeedLocator(text)).toBeNull();
  });
});

describe("factSheetHash", () => {
  it("is the route the app reads a fact sheet from", () => {
    expect(factSheetHash("besluit")).toBe("#/bron/besluit");
    expect(factSheetHash("besluit", "antwoord-20")).toBe("#/bron/besluit/antwoord-20");
  });
});
