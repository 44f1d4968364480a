import { describe, expect, it } from "vitest";
import { crimeTypeCode, periodCode, regionCode, topicKey, topicWords } from "../../src/data/index.ts";

describe("regionCode", () => {
  it.each([
    ["Nederland", "NL01"],
    ["Groningen (PV)", "PV20"],
    ["Fryslân (PV)", "PV21"],
    ["Friesland (PV)", "PV21"],
    ["Noord-Nederland (RE)", "RE01"],
    ["Amsterdam", "GM0363"],
    ["NL01  ", "NL01"],
    ["  limburg (pv) ", "PV31"],
  ])("%s → %s", (label, code) => expect(regionCode(label)).toBe(code));

  it("knows nothing of labels outside the code list", () => expect(regionCode("Atlantis")).toBeUndefined());
});

describe("crimeTypeCode", () => {
  it.each([
    ["Totaal misdrijven", "0.0.0"],
    ["1.2.3 Diefstal van brom-, snor-, fietsen", "1.2.3"],
    ["2.5.2 Winkeldiefstal", "2.5.2"],
    ["2.6.10 Bestrijdingsmiddelen", "2.6.10"],
    ["1.4.5 Mishandeling (afgekort)", "1.4.5"],
  ])("%s → %s", (label, code) => expect(crimeTypeCode(label)).toBe(code));

  it("knows nothing of codes outside the list", () => expect(crimeTypeCode("9.9.9 Iets")).toBeUndefined());
});

describe("periodCode", () => {
  it.each([
    ["2013", "2013JJ00"],
    [2013, "2013JJ00"],
    ["2024*", "2024JJ00"],
    ["2024 maart", "2024MM03"],
    ["2024 December", "2024MM12"],
    ["2024 2e kwartaal", "2024KW02"],
    ["2024MM03", "2024MM03"],
  ] as [string | number, string][])("%s → %s", (label, code) => expect(periodCode(label)).toBe(code));

  it.each(["Totaal", "2024 5e kwartaal", "2024 smarch", "13"])("%s is not a period", (label) =>
    expect(periodCode(label)).toBeUndefined(),
  );
});

describe("topicKey", () => {
  const keys = ["GeregistreerdeMisdrijven_1", "Aangiften_2", "Internetaangiften_3"];
  it.each([
    ["Geregistreerde misdrijven (aantal)", "GeregistreerdeMisdrijven_1"],
    ["Geregisteerde misdrijven (aantal)", "GeregistreerdeMisdrijven_1"],
    ["Internetaangiften", "Internetaangiften_3"],
    ["Aangiften_2", "Aangiften_2"],
  ])("%s → %s", (title, key) => expect(topicKey(title, keys)).toBe(key));

  it("matches no title it cannot source", () =>
    expect(topicKey("Aangiften per 1000 inwoners", keys)).toBeUndefined());

  it("writes a key as words for messages", () => {
    expect(topicWords("Internetaangiften_3")).toBe("Internetaangiften");
    expect(topicWords("Reactietijd0Tot15Minuten_3")).toBe("Reactietijd 0 tot 15 minuten");
  });
});
