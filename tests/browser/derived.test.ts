import { readFileSync } from "node:fs";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { collectErrors } from "../../src/cli/chromium.ts";
import { useBrowser } from "./helpers.ts";

const siteUrl = inject("siteUrl");
const browser = useBrowser();

type Row = Record<string, string>;
const bundled = (name: string): Row[] =>
  Papa.parse<Row>(readFileSync(new URL(`../../data/${name}.csv`, import.meta.url), "utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data;

async function open(hash: string, chart: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser().newContext({
    viewport: { width: 1200, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${siteUrl}${hash}`);
  await page.waitForSelector(`.cell[data-cell-id="${chart}"] .chart-toolbar`);
  return { page, errors };
}

/** The rows a chart's "Gegevens" button downloads, parsed. */
async function chartRows(page: Page, chart: string): Promise<Row[]> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.click(`.cell[data-cell-id="${chart}"] .chart-toolbar button:text-is("Gegevens")`),
  ]);
  const text = readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "");
  return Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
}

describe("figures Blauw computes", () => {
  it("compare each year's share with the norm of that year, and say they are computed", async () => {
    const { page, errors } = await open("#/reaction-times", "gap-to-norm");
    const rows = await chartRows(page, "gap-to-norm");
    // Independently: the norm of a year is its own norm-history row, else the current norm (from 2015).
    const data = bundled("reaction-times");
    const current = Number(data.find((d) => d.measure === "norm")?.value);
    const normOf = (year: number) => {
      const own = data.find((d) => d.measure === "norm-history" && Number(d.year) === year);
      return own ? Number(own.value) : year >= 2015 ? current : undefined;
    };
    const shares = data.filter((d) => d.measure === "share-within-15-min" && d.year !== "");
    const expected = shares
      .filter((d) => normOf(Number(d.year)) !== undefined)
      .map((d) => ({
        year: d.year,
        value: Math.round((normOf(Number(d.year)) as number) * 10 - Number(d.value) * 10) / 10,
      }))
      .sort((a, b) => Number(a.year) - Number(b.year));
    const got = rows
      .map((d) => ({ year: d.year, value: Number(d.value) }))
      .sort((a, b) => Number(a.year) - Number(b.year));
    expect(got).toEqual(expected);
    expect(got.find((d) => d.year === "2013")?.value).toBeLessThan(0); // 85,3% against that year's 80%
    for (const row of rows) expect(row.derived_from).toMatch(/^norm \d+% min gemeten /);
    const note = await page.textContent('.cell[data-cell-id="gap-to-norm"] .blauw-chart-derived');
    expect(note).toMatch(/^Berekend door Blauw/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("per day: the tip, the CSV and the SVG say the figure is computed, and from what", async () => {
    const chart = "internet-reports-2019-2024";
    const { page, errors } = await open("#/internet-reports", chart);
    await page.check('input[type=radio][value="per dag"], label:has-text("per dag") input');
    await page.waitForFunction(
      (id) =>
        document
          .querySelector(`.cell[data-cell-id="${id}"] .blauw-chart-title`)
          ?.textContent?.includes("per dag"),
      chart,
    );
    const rows = await chartRows(page, chart);
    expect(rows.length).toBe(2);
    for (const row of rows) {
      expect(row.measure).toBe("internet-reports-per-day");
      expect(row.derived_from).toMatch(/ in 20\d\d ÷ 36[56] dagen, afgerond$/);
    }
    const perYear = bundled("internet-reports").filter((d) => d.measure === "internet-reports");
    for (const year of perYear) {
      const days = Number(year.year) % 4 === 0 ? 366 : 365;
      expect(Number(rows.find((d) => d.year === year.year)?.value)).toBe(
        Math.round(Number(year.value) / days),
      );
    }
    // The tip of a bar.
    const bar = page.locator(`.cell[data-cell-id="${chart}"] svg g[aria-label="bar"] rect`).first();
    await bar.hover();
    const tip = await page
      .locator(`.cell[data-cell-id="${chart}"] svg g[aria-label="tip"]`)
      .first()
      .textContent();
    expect(tip).toContain("Berekend uit");
    // The SVG file.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click(`.cell[data-cell-id="${chart}"] .chart-toolbar button:text-is("SVG")`),
    ]);
    expect(readFileSync(await download.path(), "utf8")).toContain("Berekend door Blauw");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("names the volunteers' rows for what they hold: the total stays the total, the remainder is computed", async () => {
    const chart = "police-volunteers-2025";
    const { page } = await open("#/police-capacity", chart);
    const rows = await chartRows(page, chart);
    const data = bundled("police-capacity");
    const total = Number(data.find((d) => d.measure === "police-volunteers")?.value);
    const broad = Number(data.find((d) => d.measure === "police-volunteers-broad")?.value);
    for (const row of rows.filter((d) => d.measure === "police-volunteers"))
      expect(Number(row.value)).toBe(total);
    const other = rows.find((d) => d.measure === "police-volunteers-other");
    expect(Number(other?.value)).toBe(total - broad);
    expect(other?.derived_from).toMatch(/min/);
    await page.context().close();
  });
});
