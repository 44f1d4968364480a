import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { officialDocuments, sourceRef, sourceUrls } from "../../src/data/index.ts";

const root = join(import.meta.dirname, "../..");
const sheets = readdirSync(join(root, "seeds"))
  .filter((name) => name.endsWith(".md") && name !== "README.md")
  .map((name) => name.replace(/\.md$/, ""));
const sheetText = (sheet: string) =>
  readFileSync(join(root, "seeds", `${sheet}.md`), "utf8").replace(/\s+/g, " ");
const officialHosts = ["zoek.officielebekendmakingen.nl", "www.tweedekamer.nl", "www.eerstekamer.nl"];

/** Every locator in the bundled data. */
const locators = readdirSync(join(root, "data"))
  .filter((name) => name.endsWith(".csv"))
  .flatMap((name) => {
    const text = readFileSync(join(root, "data", name), "utf8");
    return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data.map(
      (row) => row.source,
    );
  });

describe("official documents", () => {
  it("name every fact sheet's document", () => {
    expect(officialDocuments.map((document) => document.sheet).sort()).toEqual([...sheets].sort());
  });

  for (const document of officialDocuments) {
    const all = [document.identity, ...document.references];
    it(`${document.sheet}: only references its own text gives`, () => {
      const text = sheetText(document.sheet);
      for (const reference of all) expect(text).toContain(reference.text);
    });

    it(`${document.sheet}: links to official sites only, a Kamerstuk by its dossier and number`, () => {
      for (const reference of all) {
        if (reference.url === null) continue;
        const url = new URL(reference.url);
        expect(url.protocol).toBe("https:");
        expect(officialHosts).toContain(url.host);
        const kamerstuk = /(\d{5}), nr\. (\d+)$/.exec(reference.text);
        if (reference.search) {
          // A search carries the reference's own identifiers.
          const identifiers = kamerstuk ? [kamerstuk[1], kamerstuk[2]] : [reference.text];
          for (const identifier of identifiers) expect(decodeURIComponent(url.search)).toContain(identifier);
        } else {
          expect(kamerstuk, reference.text).not.toBeNull();
          expect(url.pathname).toBe(`/kst-${kamerstuk?.[1]}-${kamerstuk?.[2]}.html`);
        }
      }
    });
  }
});

describe("sourceUrls", () => {
  it("resolves every locator in the data to http(s) addresses, never a repository path", () => {
    expect(locators.length).toBeGreaterThan(20);
    for (const locator of locators) {
      for (const site of [undefined, "https://example.org/blauw/"]) {
        const urls = sourceUrls(locator, site);
        expect(urls, locator).not.toBeNull();
        for (const url of [urls?.page, urls?.document]) {
          expect(url).toMatch(/^https?:\/\//);
          expect(url).not.toContain("seeds/");
        }
      }
    }
  });

  it("points a fact-sheet locator at the sheet on the site, and at the official document", () => {
    const locator = "seeds/antwoorden-eerste-kamer-t03934.md#antwoord-20";
    const official = officialDocuments.find((d) => d.sheet === "antwoorden-eerste-kamer-t03934");
    expect(sourceUrls(locator, "https://example.org/blauw/")).toEqual({
      page: "https://example.org/blauw/#/bron/antwoorden-eerste-kamer-t03934/antwoord-20",
      document: official?.identity.url,
    });
    // Without a site, the reader is sent to the official document.
    expect(sourceUrls(locator)?.page).toBe(official?.identity.url);
    expect(sourceRef(locator)).toBe("antwoorden-eerste-kamer-t03934#antwoord-20");
  });

  it("keeps a public source's URL, leaves a reader's own file alone, refuses an unknown fact sheet", () => {
    const url = "https://www.nu.nl/binnenland/4004146/x.html";
    expect(sourceUrls(url, "https://example.org/")).toEqual({ page: url, document: url });
    expect(sourceUrls("Jouw bestand: 47008NED.csv")).toBeNull();
    expect(() => sourceUrls("seeds/nope.md#x")).toThrow("invalid locator");
  });
});
