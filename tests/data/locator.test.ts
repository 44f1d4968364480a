import { describe, expect, it } from "vitest";
import { describeLocator, sourceLabels } from "../../src/data/index.ts";

describe("describeLocator", () => {
  it("labels a fact-sheet answer in Dutch and English", () => {
    const locator = "seeds/antwoorden-eerste-kamer-t03934.md#antwoord-20";
    expect(describeLocator(locator)).toEqual({
      label: "Antwoorden Eerste Kamer T03934, antwoord 20",
      href: locator,
      kind: "seed",
    });
    expect(describeLocator(locator, "en").label).toBe("Answers to the Senate, T03934, answer 20");
  });

  it("labels a section anchor with its words", () => {
    expect(
      describeLocator("seeds/kamerbrief-politie-maart-2026.md#bedreigingen-politiemedewerkers").label,
    ).toBe("Kamerbrief politie (maart 2026), § Bedreigingen politiemedewerkers");
  });

  it("quotes a section's Dutch title in English", () => {
    expect(
      describeLocator("seeds/kamerbrief-politie-maart-2026.md#bedreigingen-politiemedewerkers", "en").label,
    ).toBe("Letter on the police (March 2026), section “Bedreigingen politiemedewerkers”");
  });

  it("labels a URL by its host without www", () => {
    const url = "https://www.nu.nl/binnenland/4004146/x.html";
    expect(describeLocator(url)).toEqual({ label: "nu.nl", href: url, kind: "public" });
  });

  it("keeps an unknown shape as it is rather than dropping it", () => {
    expect(describeLocator("somewhere else").label).toBe("somewhere else");
  });
});

describe("sourceLabels", () => {
  it("lists distinct labels in first-seen order", () => {
    const a = "seeds/antwoorden-eerste-kamer-t03934.md#antwoord-20";
    const b = "https://www.nd.nl/nieuws/x";
    expect(sourceLabels([a, b, a])).toEqual(["Antwoorden Eerste Kamer T03934, antwoord 20", "nd.nl"]);
  });
});
