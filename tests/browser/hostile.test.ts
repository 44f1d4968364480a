import { readFileSync } from "node:fs";
import Papa from "papaparse";
import type { Download, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { collectErrors } from "../../src/cli/chromium.ts";
import { xmlAllowed, xmlShown } from "../util/xml-characters.ts";
import { dropFile, useBrowser } from "./helpers.ts";

const siteUrl = inject("siteUrl");
const browser = useBrowser();

describe("hostile addresses and the page's security policy", () => {
  it("shows the not-found message for a hash that is not valid percent-encoding", async () => {
    const page = await browser().newPage();
    const errors = collectErrors(page);
    for (const hash of ["#/%", "#/bron/%zz"]) {
      await page.goto(`${siteUrl}${hash}`);
      await page.waitForSelector("main h1, main p");
      expect(await page.textContent("main")).toContain("Deze pagina bestaat niet");
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("serves index.html and embed.html with a Content-Security-Policy that every page keeps to", async () => {
    for (const file of ["index.html", "embed.html"]) {
      const html = readFileSync(new URL(`../../${file}`, import.meta.url), "utf8");
      const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("base-uri 'none'");
      expect(policy).toContain("default-src 'self'");
    }
    const page = await browser().newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const violations = () =>
      page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    const notebooks = ["reaction-times", "internet-reports", "doxing", "budget-gaps", "police-capacity"];
    for (const slug of notebooks) {
      await page.goto(`${siteUrl}#/${slug}`);
      await page.waitForSelector(".blauw-chart svg");
      expect(await violations(), slug).toEqual([]);
    }
    await page.goto(`${siteUrl}#/`);
    await page.waitForSelector("main h1");
    await dropFile(page, "jaren.csv", "jaar;aantal\n2020;1\n2021;2\n");
    await page.waitForSelector(".scratch svg");
    expect(await violations(), "scratch page").toEqual([]);
    await page.goto(`${siteUrl}embed.html#/reaction-times/share-within-15-minutes`);
    await page.waitForSelector(".blauw-chart svg");
    expect(await violations(), "embed").toEqual([]);
    await page.close();
  });

  it("names a dropped workbook for what it is, on a page that keeps working", async () => {
    const page = await browser().newPage();
    const errors = collectErrors(page);
    await page.goto(`${siteUrl}#/`);
    await page.waitForSelector("main h1");
    // The first bytes of an .xlsx: a ZIP whose first entry is [Content_Types].xml.
    await page.evaluate(() => {
      const head = [
        0x50,
        0x4b,
        3,
        4,
        20,
        0,
        6,
        0,
        ...[..."[Content_Types].xml"].map((c) => c.charCodeAt(0)),
        0,
        0,
      ];
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(head)], "cijfers.csv", { type: "text/csv" }));
      for (const type of ["dragenter", "dragover", "drop"]) {
        document.dispatchEvent(
          new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
      }
    });
    await page.waitForSelector(".scratch .problems li");
    expect(await page.textContent(".scratch .problems li")).toContain("Excel-werkmap (.xlsx)");
    expect(await page.$$eval(".column-summary tr", (rows) => rows.length)).toBeLessThanOrEqual(1);
    await page.click("a[href='#/']");
    await page.waitForSelector("main h1");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("never repeats a link's text in the data-changed notice", async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}#/doxing?d=${encodeURIComponent("withdrawn, see evil.example")}`);
    await page.waitForSelector(".blauw-chart svg");
    expect(await page.textContent("body")).not.toContain("evil.example");
    await page.goto(`${siteUrl}#/doxing?d=0a1b2c3d`);
    await page.reload();
    await page.waitForSelector(".blauw-chart svg");
    expect(await page.textContent("body")).toContain("0a1b2c3d");
    await page.close();
  });
});

describe("a dropped file whose names and values hold characters XML forbids", () => {
  // Synthetic test data: a column name and category values with U+0001, U+000B, U+FFFE, a lone
  // surrogate (the browser's UTF-8 encoder turns it into U+FFFD on the way into the file) and the word
  // currentColor, which must survive as text while paint is resolved.
  const measure = "aantal\u0001 currentColor\u000B\uFFFE\uD800";
  const kinds = ["currentColor", "b\u0001x", "c\u000Bd", "e\uFFFEf", "g\uD800h"];
  const file = `currentColor\u0001;${measure}\n${kinds.map((kind, i) => `${kind};${i + 1}`).join("\n")}\n`;
  async function openScratch(width: number): Promise<Page> {
    const context = await browser().newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${siteUrl}#/`);
    await page.waitForSelector("main h1");
    await dropFile(page, "stuurtekens.csv", file);
    await page.waitForSelector(".scratch-chart .chart-toolbar");
    return page;
  }

  async function download(page: Page, label: string): Promise<Buffer> {
    const [file] = (await Promise.all([
      page.waitForEvent("download"),
      page.click(`.scratch-chart .chart-toolbar button:text-is("${label}")`),
    ])) as [Download, unknown];
    return readFileSync(await file.path());
  }

  it.each([320, 1280])(
    "exports an SVG an XML parser reads, a PNG, and CSVs without them (%i px)",
    async (width) => {
      const page = await openScratch(width);
      const errors = collectErrors(page);
      const svg = (await download(page, "SVG")).toString("utf8");
      expect(xmlAllowed(svg)).toBe(true);
      // Chromium's own XML parser, as an SVG viewer reads the file.
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, "image/svg+xml");
        const paint = ["fill", "stroke", "color", "stop-color", "flood-color", "lighting-color", "style"];
        return {
          errors: doc.getElementsByTagName("parsererror").length,
          title: doc.querySelector("svg > title")?.textContent ?? "",
          description: doc.querySelector("svg > desc")?.textContent ?? "",
          heading: [...doc.querySelectorAll("svg > text[font-weight='700']")]
            .map((text) => text.textContent)
            .join(" "),
          // A text's own words, without the <title> Plot puts inside it.
          texts: [...doc.querySelectorAll("text")].map((text) =>
            [...text.childNodes]
              .filter((node) => node.nodeType === Node.TEXT_NODE)
              .map((node) => node.textContent)
              .join(""),
          ),
          paints: [...doc.querySelectorAll("*")].flatMap((element) =>
            paint.map((name) => element.getAttribute(name) ?? "").filter(Boolean),
          ),
        };
      }, svg);
      expect(parsed.errors).toBe(0);
      // The title is the measure's name, each forbidden character replaced by U+FFFD.
      expect(parsed.title).toBe("aantal\uFFFD currentColor\uFFFD\uFFFD\uFFFD");
      expect(parsed.description).toBe("per currentColor\uFFFD");
      // The title as drawn (on one line or wrapped) says the same, U+000B included.
      expect(parsed.heading).toBe(parsed.title);
      expect(parsed.texts).toContain("currentColor");
      expect(parsed.paints.length).toBeGreaterThan(0);
      expect(parsed.paints.filter((value) => /currentcolor/i.test(value))).toEqual([]);

      const png = await download(page, "PNG");
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      const svgWidth = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1]);
      expect(png.readUInt32BE(16)).toBe(Math.round(svgWidth * 2));
      expect(await page.$(".scratch-chart .chart-toolbar-status:not(:empty)")).toBeNull();

      for (const label of ["Gegevens", "CSV (Excel NL)"]) {
        const csv = (await download(page, label)).toString("utf8");
        expect(xmlAllowed(csv), label).toBe(true);
        const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), {
          header: true,
          delimiter: label === "Gegevens" ? "," : ";",
          skipEmptyLines: true,
        }).data;
        expect(new Set(rows.map((row) => row.measure)), label).toEqual(new Set([xmlShown(measure)]));
        expect(rows.map((row) => row.label).sort(), label).toEqual(kinds.map(xmlShown).sort());
      }
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );
});
