import { describe, expect, it } from "vitest";
import { localeSlips } from "./locale-slips.ts";

describe("localeSlips", () => {
  it("accepts each locale's own formats, years and ids", () => {
    expect(
      localeSlips(
        "1.000 1.200 · 83,7% · € 186 mln · 2024 · tabel 47008NED · T03934 · C2000 · SoortMisdrijf 0.0.0",
        "nl",
      ),
    ).toEqual([]);
    expect(localeSlips("1,000 1,200 · 83.7% · €186m · 2024 · table 47008NED · T03934", "en")).toEqual([]);
  });

  it("finds the other locale's separators", () => {
    expect(localeSlips("1,000 vrijwilligers", "nl")).toHaveLength(1);
    expect(localeSlips("6.3 procentpunt", "nl")).toHaveLength(1);
    expect(localeSlips("1.000 volunteers", "en")).toHaveLength(1);
    expect(localeSlips("83,7% of calls", "en")).toHaveLength(1);
  });

  it("finds numbers without grouping, but not years", () => {
    expect(localeSlips("553800 rijen", "nl")).toHaveLength(1);
    expect(localeSlips("one per 5000 residents", "en")).toHaveLength(1);
    expect(localeSlips("2013 and 2024", "en")).toEqual([]);
  });

  it("finds Dutch words in English text, except quoted wording and source names", () => {
    expect(localeSlips("6.3 procentpunt", "en")).toEqual(['"procentpunt": a Dutch word']);
    expect(localeSlips("≈ 300,000 (ruim)", "en")).toHaveLength(1);
    expect(localeSlips("Calls per jaar", "en")).toHaveLength(1);
    expect(localeSlips("The source says “ruim”", "en")).toEqual([]);
    expect(
      localeSlips(
        "Source: Letter on the police (March 2026), section “Bedreigingen politiemedewerkers”",
        "en",
      ),
    ).toEqual([]);
    expect(
      localeSlips("Source: Letter on the police (March 2026), § Bedreigingen politiemedewerkers", "en"),
    ).toHaveLength(1);
    expect(localeSlips("Sources: politie.nl; 112groningen.nl", "en")).toEqual([]);
    expect(localeSlips("The source says “naar\nschatting ongeveer”", "en")).toEqual([]);
    expect(localeSlips("Prio 1 calls per year, the Netherlands", "en")).toEqual([]);
    // An exported chart prints its sources' addresses: identifiers, in no language.
    const address = "https://www.rd.nl/vandaag/binnenland/politie-in-2017-iets-sneller-ter-plekke-1.1474647";
    expect(localeSlips(address, "nl")).toEqual([]);
    expect(localeSlips(address, "en")).toEqual([]);
    expect(localeSlips(`${address} 1,5 politie`, "en")).toHaveLength(2);
  });
});
