import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { collectErrors } from "../../src/cli/chromium.ts";
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
