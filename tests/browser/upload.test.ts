import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { collectErrors } from "../../src/cli/chromium.ts";
import { dropFile, useBrowser } from "./helpers.ts";

const siteUrl = inject("siteUrl");
const browser = useBrowser();

// A small synthetic table in the 47008NED OData layout (made up for this test, not real figures):
// 2023 has a year row (800 of 1000 in time: 80%); 2024 only months (255 of 300: 85%); the municipal
// rows must not be added to the national ones.
const synthetic47008 = [
  "RegioS,Perioden,Totaal_2,Reactietijd0Tot15Minuten_3",
  '"NL01  ",2023JJ00,1000,800',
  '"NL01  ",2024MM01,100,90',
  '"NL01  ",2024MM02,100,85',
  '"NL01  ",2024MM03,100,80',
  '"GM0363",2024MM01,40,10',
  '"GM0363",2023JJ00,400,100',
].join("\n");

const subtitle = (page: Page) =>
  page.textContent('.cell[data-cell-id="share-within-15-minutes"] .blauw-chart-subtitle');

describe("a file dropped on a topic notebook", () => {
  it("switches the charts to the file, computes shares from counts, and goes back on request", async () => {
    const page = await browser().newPage({ viewport: { width: 1200, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(`${siteUrl}#/reaction-times`);
    await page.waitForSelector('.cell[data-cell-id="share-within-15-minutes"] svg');
    expect(await subtitle(page)).toMatch(/^Landelijk/);
    await dropFile(page, "mijn-47008NED.csv", synthetic47008);
    await page.waitForSelector(".upload-notice .upload-back");
    expect(await page.textContent(".upload-notice")).toContain("mijn-47008NED.csv");
    await page.waitForFunction(() =>
      document
        .querySelector('.cell[data-cell-id="share-within-15-minutes"] .blauw-chart-subtitle')
        ?.textContent?.startsWith("Jouw bestand"),
    );
    const labels = await page.$$eval(
      '.cell[data-cell-id="share-within-15-minutes"] svg',
      (svgs) => svgs[0].textContent ?? "",
    );
    expect(labels).toContain("2023");
    expect(labels).toContain("2024");
    const source = await page.textContent(
      '.cell[data-cell-id="share-within-15-minutes"] .blauw-chart-source',
    );
    expect(source).toContain("Jouw bestand: mijn-47008NED.csv");
    // the per-month chart appears, with its three months
    const monthly = page.locator(".blauw-chart", { hasText: "per maand (jouw bestand)" });
    await monthly.waitFor();
    expect(await monthly.locator('g[aria-label="dot"] circle').count()).toBe(3);
    // the computed shares, read from the bar labels of the gap-to-norm chart
    const tips = await page.$$eval('.cell[data-cell-id="gap-to-norm"] g[aria-label="text"] text', (texts) =>
      texts.map((t) => t.textContent),
    );
    expect(tips).toEqual(["10 procentpunt", "5 procentpunt"]); // 90 − 80 and 90 − 85
    await page.click(".upload-back");
    await page.waitForFunction(() =>
      document
        .querySelector('.cell[data-cell-id="share-within-15-minutes"] .blauw-chart-subtitle')
        ?.textContent?.startsWith("Landelijk"),
    );
    expect(await page.$(".upload-notice")).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says which columns are missing when the file does not fit", async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}#/reaction-times`);
    await page.waitForSelector('.cell[data-cell-id="share-within-15-minutes"] svg');
    await dropFile(page, "iets-anders.csv", "RegioS,Perioden,Aantal\nNL01,2024JJ00,5\n");
    await page.waitForSelector(".upload-mismatch");
    const text = await page.textContent(".upload-mismatch");
    expect(text).toContain("Totaal_2, Reactietijd0Tot15Minuten_3");
    expect(await subtitle(page)).toMatch(/^Landelijk/);
    await page.close();
  });

  it("gives the internet-reports notebook a yearly series from a 47013NED export, totals only", async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}#/internet-reports`);
    await page.waitForSelector('.cell[data-cell-id="internet-reports-2019-2024"] svg');
    // made up for this test: the part category and the municipal row must not be added
    const csv = [
      "SoortMisdrijf,RegioS,Perioden,GeregistreerdeMisdrijven_1,Internetaangiften_3",
      '"0.0.0 ","NL01  ",2022JJ00,800000,350000',
      '"1.1.1 ","NL01  ",2022JJ00,40000,9000',
      '"0.0.0 ","NL01  ",2023MM01,70000,30000',
      '"0.0.0 ","NL01  ",2023MM02,70000,31000',
      '"0.0.0 ","GM0363",2023MM01,9000,4000',
    ].join("\n");
    await dropFile(page, "mijn-47013NED.csv", csv);
    await page.waitForSelector(".upload-back");
    await page.waitForFunction(() =>
      document
        .querySelector('.cell[data-cell-id="internet-reports-2019-2024"] .blauw-chart-subtitle')
        ?.textContent?.startsWith("Jouw bestand"),
    );
    const labels = await page.$$eval(
      '.cell[data-cell-id="internet-reports-2019-2024"] g[aria-label="text"] text',
      (texts) => texts.map((t) => t.textContent),
    );
    expect(labels).toEqual(["350.000", "61.000"]);
    await page.close();
  });
});
