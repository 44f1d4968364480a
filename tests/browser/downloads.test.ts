import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { collectErrors } from "../../src/cli/chromium.ts";
import {
  expectedYearly,
  synthetic47008,
  synthetic47013,
  writeLong,
  writeOdata,
  writeTable,
} from "../fixtures/cbs-synthetic.ts";
import { dropFile, useBrowser } from "./helpers.ts";

const siteUrl = inject("siteUrl");
const browser = useBrowser();

// The real data.politie.nl export of 47013NED (see tests/fixtures/csv/README.md): registered crimes,
// but no internet reports.
const realName = "politie_47013NED_soort_provincie_2013_2018.csv";
const realFile = readFileSync(new URL(`../fixtures/csv/${realName}`, import.meta.url), "utf8");

const internetChart = '.cell[data-cell-id="internet-reports-2019-2024"]';

/** Opens a notebook, waits for a chart, and scrolls 1,400 px down, where a reader may well be. */
async function openScrolled(path: string, chart: string, width = 1280): Promise<Page> {
  const page = await browser().newPage({ viewport: { width, height: 800 } });
  await page.goto(`${siteUrl}${path}`);
  await page.waitForSelector(`${chart} svg`);
  await page.evaluate(() => window.scrollTo(0, 1400));
  await page.waitForFunction(() => window.scrollY >= 1400);
  return page;
}

/** The toast's box lies inside the viewport. */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (element) => {
    const box = element.getBoundingClientRect();
    return (
      box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth && box.height > 0
    );
  });
}

describe("the real 47013NED export dropped on the Internetaangiften notebook", () => {
  it("is read, and refused where the reader is looking: which column, which download, a link", async () => {
    const page = await openScrolled("#/internet-reports", internetChart);
    const errors = collectErrors(page);
    await dropFile(page, realName, realFile);
    const toast = '.toast-region [role="alert"] .toast';
    await page.waitForSelector(toast);
    expect(await inViewport(page, toast)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThanOrEqual(1400);
    const text = (await page.textContent(toast)) ?? "";
    expect(text).toContain(realName);
    expect(text).toContain("de kolom Internetaangiften_3 van tabel 47013NED ontbreekt");
    expect(text).toContain("‘Internetaangiften’");
    const link = await page.$eval(`${toast} a`, (a) => (a as HTMLAnchorElement).href);
    expect(link).toBe("https://data.politie.nl/#/Politie/nl/dataset/47013NED/table");
    expect(await page.$(`${toast} button:has-text("Open het als los bestand")`)).not.toBeNull();
    // The charts keep the bundled figures, and the notice stays in the page too.
    expect(await page.textContent(`${internetChart} .blauw-chart-subtitle`)).not.toMatch(/^Jouw bestand/);
    // In the page: also what the file was understood to be, in the OData vocabulary.
    const notice = (await page.textContent(".notebook-notice")) ?? "";
    expect(notice).toContain("Internetaangiften_3");
    expect(notice).toContain("StatLine-export (lang)");
    expect(notice).toContain("SoortMisdrijf, Perioden, RegioS, GeregistreerdeMisdrijven_1");
    // Escape dismisses it.
    await page.keyboard.press("Escape");
    expect(await page.$(toast)).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says the same in English, and opens the file on its own page on request", async () => {
    const page = await browser().newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${siteUrl}#/internet-reports`);
    await page.click(".locale-toggle");
    await page.waitForSelector(`${internetChart} svg`);
    await page.evaluate(() => window.scrollTo(0, 1400));
    await dropFile(page, realName, realFile);
    const toast = '.toast-region [role="alert"] .toast';
    await page.waitForSelector(toast);
    expect(await inViewport(page, toast)).toBe(true);
    expect(await page.textContent(toast)).toContain(
      "the column Internetaangiften_3 of table 47013NED is missing",
    );
    await page.click(`${toast} button:has-text("Open it as a file of its own")`);
    await page.waitForFunction(() => location.hash.startsWith("#/bestand"));
    await page.waitForSelector(".scratch");
    expect(await page.$(toast)).toBeNull();
    await page.close();
  });
});

describe("a 47013NED file with internet reports, in each of the portal's shapes (synthetic)", () => {
  const synthetic = synthetic47013();
  const expected = expectedYearly(synthetic, "Internetaangiften_3");
  const dutch = new Intl.NumberFormat("nl-NL");
  it.each([
    ["odata", "synthetisch-47013NED-odata.csv", writeOdata(synthetic)],
    ["statline-long", "synthetisch-47013NED-lang.csv", writeLong(synthetic)],
    ["statline-table", "synthetisch-47013NED-tabel.csv", writeTable(synthetic)],
  ])("%s: the yearly chart shows the national totals, and the message is in view", async (_, name, text) => {
    const page = await openScrolled("#/internet-reports", internetChart);
    const errors = collectErrors(page);
    await dropFile(page, name, text);
    const toast = '.toast-region [role="status"] .toast';
    await page.waitForSelector(`${toast} .upload-back`);
    expect(await inViewport(page, toast)).toBe(true);
    expect(await page.textContent(toast)).toContain(name);
    await page.waitForFunction(
      (chart) =>
        document.querySelector(`${chart} .blauw-chart-subtitle`)?.textContent?.startsWith("Jouw bestand"),
      internetChart,
    );
    const labels = await page.$$eval(`${internetChart} g[aria-label="text"] text`, (texts) =>
      texts.map((t) => t.textContent),
    );
    expect(labels).toEqual([...expected.values()].map((value) => dutch.format(value)));
    const ticks = await page.$$eval(`${internetChart} g[aria-label="x-axis tick label"] text`, (texts) =>
      texts.map((t) => t.textContent),
    );
    expect(ticks).toEqual([...expected.keys()].map(String));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a 47008NED file in the StatLine table and long shapes (synthetic)", () => {
  const synthetic = synthetic47008();
  const calls = expectedYearly(synthetic, "Totaal_2");
  const within = expectedYearly(synthetic, "Reactietijd0Tot15Minuten_3");
  // The gap to the 90% norm, from shares of the summed counts (one decimal, as the notebook rounds).
  const gaps = [...calls].map(([year, total]) => {
    const share = Math.round((1000 * (within.get(year) ?? 0)) / total) / 10;
    return `${new Intl.NumberFormat("nl-NL").format(+(90 - share).toFixed(1))} procentpunt`;
  });
  it.each([
    ["statline-long", "synthetisch-47008NED-lang.csv", writeLong(synthetic)],
    ["statline-table", "synthetisch-47008NED-tabel.csv", writeTable(synthetic)],
  ])(
    "%s: the reaction-times notebook takes it and computes shares from the counts",
    async (_, name, text) => {
      const page = await openScrolled("#/reaction-times", '.cell[data-cell-id="share-within-15-minutes"]');
      await dropFile(page, name, text);
      await page.waitForSelector('.toast-region [role="status"] .toast .upload-back');
      await page.waitForFunction(() =>
        document
          .querySelector('.cell[data-cell-id="share-within-15-minutes"] .blauw-chart-subtitle')
          ?.textContent?.startsWith("Jouw bestand"),
      );
      const labels = await page.$$eval(
        '.cell[data-cell-id="gap-to-norm"] g[aria-label="text"] text',
        (texts) => texts.map((t) => t.textContent),
      );
      expect(labels).toEqual(gaps);
      await page.close();
    },
  );
});

describe("the notice that the data changed since a link was made", () => {
  it("appears in view when the link points at a chart far down the page", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 700 } });
    await page.goto(`${siteUrl}#/reaction-times/gap-to-norm?d=00000000`);
    const toast = '.toast-region [role="status"] .toast';
    await page.waitForSelector(toast);
    await page.waitForSelector('.cell[data-cell-id="gap-to-norm"] svg');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(700);
    expect(await inViewport(page, toast)).toBe(true);
    expect(await page.textContent(toast)).toContain("De gegevens zijn veranderd");
    await page.click(`${toast} .toast-close`);
    expect(await page.$(toast)).toBeNull();
    await page.close();
  });
});
