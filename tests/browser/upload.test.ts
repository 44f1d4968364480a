import { readFileSync } from "node:fs";
import Papa from "papaparse";
import type { Download, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { collectErrors } from "../../src/cli/chromium.ts";
import {
  expectedWithout,
  implausible47008,
  implausible47013,
  leftOutKeys,
  writeLong,
  writeOdata,
} from "../fixtures/cbs-synthetic.ts";
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

  it("lists counts that cannot be right with row and column, and charts only the shares that can be", async () => {
    const context = await browser().newContext({
      viewport: { width: 1200, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${siteUrl}#/reaction-times`);
    await page.waitForSelector('.cell[data-cell-id="share-within-15-minutes"] svg');
    // SYNTHETIC (see the fixture): a negative count in 2022, more calls in time than calls in February
    // 2024, and a region with more calls than the country in January 2024.
    const { table, broken } = implausible47008();
    const text = writeOdata(table);
    await dropFile(page, "onmogelijk-47008NED.csv", text);
    await page.waitForSelector(".upload-notice .upload-problems li");
    await page.waitForFunction(() =>
      document
        .querySelector('.cell[data-cell-id="share-within-15-minutes"] .blauw-chart-subtitle')
        ?.textContent?.startsWith("Jouw bestand"),
    );
    // Each problem with its row (the file's line) and column.
    const lineOf = (start: string) => text.split("\n").findIndex((line) => line.includes(start)) + 1;
    const problems = await page.$$eval(".upload-problems li", (items) =>
      items.map((item) => item.textContent),
    );
    expect(problems).toHaveLength(broken.length);
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^rij ${lineOf('"NL01  ",2022JJ00,')}, kolom “Reactietijd0Tot15Minuten_3”: -[\\d.]+ kan niet kloppen: een aantal is nooit negatief`,
        ),
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^rij ${lineOf('"NL01  ",2024MM02,')}, kolom “Reactietijd0Tot15Minuten_3”: .* meer dan het totaal`,
        ),
      ),
    );
    // The chart's rows, as its "Gegevens" button gives them: only shares that can be, computed
    // independently from the facts with the impossible keys left out.
    const [download] = (await Promise.all([
      page.waitForEvent("download"),
      page.click('.cell[data-cell-id="share-within-15-minutes"] .chart-toolbar button:text-is("Gegevens")'),
    ])) as [Download, unknown];
    const rows = Papa.parse<Record<string, string>>(
      readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, ""),
      {
        header: true,
        skipEmptyLines: true,
      },
    ).data.filter((row) => row.measure === "share-within-15-min");
    const without = leftOutKeys(broken);
    const within = expectedWithout(table, "Reactietijd0Tot15Minuten_3", without, "year");
    const calls = expectedWithout(table, "Totaal_2", without, "year");
    expect(rows.map((row) => [Number(row.year), Number(row.value)])).toEqual(
      [...within].map(([year, value]) => [
        year,
        Math.round((1000 * value) / (calls.get(year) as number)) / 10,
      ]),
    );
    for (const row of rows) {
      expect(Number(row.value)).toBeGreaterThanOrEqual(0);
      expect(Number(row.value)).toBeLessThanOrEqual(100);
    }
    // Every dot inside the plot's frame, and the years left out named under the chart.
    const outside = await page.$eval('.cell[data-cell-id="share-within-15-minutes"] svg', (svg) => {
      const frame = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('g[aria-label="dot"] circle')].filter((dot) => {
        const box = dot.getBoundingClientRect();
        return box.top < frame.top || box.bottom > frame.bottom;
      }).length;
    });
    expect(outside).toBe(0);
    const note = await page.textContent('.cell[data-cell-id="share-within-15-minutes"] .blauw-chart-note');
    expect(note).toContain(
      `2022 weggelaten: aantallen die niet kunnen kloppen (rij ${lineOf('"NL01  ",2022JJ00,')} `,
    );
    expect(note).toContain("2024 weggelaten");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("leaves a year out of the internet reports when a category has more than its total", async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}#/internet-reports`);
    await page.waitForSelector('.cell[data-cell-id="internet-reports-2019-2024"] svg');
    // SYNTHETIC (see the fixture): all crimes' internet reports of 2022 fewer than burglary's alone.
    const { table, broken } = implausible47013();
    const text = writeLong(table);
    await dropFile(page, "onmogelijk-47013NED.csv", text);
    await page.waitForSelector(".upload-problems li");
    await page.waitForFunction(() =>
      document
        .querySelector('.cell[data-cell-id="internet-reports-2019-2024"] .blauw-chart-subtitle')
        ?.textContent?.startsWith("Jouw bestand"),
    );
    const lines = text.replace(/^\uFEFF/, "").split("\n");
    const partRow =
      lines.findIndex((line) => line.startsWith('"1.1.1 Diefstal/inbraak woning";"2022";"Nederland";')) + 1;
    const problems = await page.$$eval(".upload-problems li", (items) =>
      items.map((item) => item.textContent),
    );
    expect(problems).toContainEqual(
      expect.stringContaining(`rij ${partRow}, kolom “Internetaangiften (aantal)”: `),
    );
    const expected = expectedWithout(table, "Internetaangiften_3", leftOutKeys(broken), "year");
    const labels = await page.$$eval(
      '.cell[data-cell-id="internet-reports-2019-2024"] g[aria-label="text"] text',
      (texts) => texts.map((t) => t.textContent),
    );
    expect(labels).toEqual([...expected.values()].map((value) => value.toLocaleString("nl-NL")));
    expect(expected.has(2022)).toBe(false);
    const note = await page.textContent('.cell[data-cell-id="internet-reports-2019-2024"] .blauw-chart-note');
    expect(note).toContain(`2022 weggelaten: aantallen die niet kunnen kloppen (rij ${partRow} `);
    await page.close();
  });
});
