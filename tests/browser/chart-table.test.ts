import { readFileSync } from "node:fs";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { formatQualifier, type Locale } from "../../src/charts/index.ts";
import { collectErrors } from "../../src/cli/chromium.ts";
import { useBrowser } from "./helpers.ts";

const siteUrl = inject("siteUrl");
const browser = useBrowser();

type Row = Record<string, string>;

async function open(
  path: string,
  locale: Locale = "nl",
  width = 1280,
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser().newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.addInitScript((value) => window.localStorage.setItem("blauw-locale", value), locale);
  await page.goto(`${siteUrl}${path}`);
  return { page, errors };
}

const cell = (chart: string) => `.cell[data-cell-id="${chart}"]`;

/** The rows the chart's Gegevens (Data) button downloads, parsed. */
async function csvRows(page: Page, chart: string, button: string): Promise<Row[]> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.click(`${cell(chart)} .chart-toolbar button:text-is("${button}")`),
  ]);
  const text = readFileSync(await download.path(), "utf8");
  return Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
}

/** The table view's header and body cells as text, and each row's source link. */
async function tableOf(page: Page, chart: string) {
  return page.$eval(`${cell(chart)} .chart-table`, (region) => ({
    role: region.getAttribute("role"),
    tabindex: region.getAttribute("tabindex"),
    label: region.getAttribute("aria-label"),
    caption: region.querySelector("caption")?.textContent ?? "",
    headers: [...region.querySelectorAll("thead th")].map((th) => ({
      text: th.textContent,
      scope: th.getAttribute("scope"),
    })),
    rows: [...region.querySelectorAll("tbody tr")].map((tr) => ({
      header: tr.querySelector("th")?.textContent ?? "",
      scope: tr.querySelector("th")?.getAttribute("scope"),
      cells: [...tr.querySelectorAll("td")].map((td) => td.textContent ?? ""),
      link: tr.querySelector("a")?.getAttribute("href") ?? null,
    })),
  }));
}

const tags: Record<Locale, string> = { nl: "nl-NL", en: "en-GB" };

/** A count or a percentage as the page should write it, computed here with Intl from the CSV's plain value. */
function figure(row: Row, locale: Locale): string {
  const number = new Intl.NumberFormat(tags[locale], { maximumFractionDigits: 2 }).format(Number(row.value));
  const value = row.unit === "percent" ? `${number}%` : number;
  return row.qualifier ? `≈ ${value} (${formatQualifier(row.qualifier, locale)})` : value;
}

/** The table against the chart's CSV: the same rows in the same order, each figure and source. */
function expectSameRows(table: Awaited<ReturnType<typeof tableOf>>, csv: Row[], locale: Locale): void {
  expect(table.rows).toHaveLength(csv.length);
  csv.forEach((row, i) => {
    const shown = table.rows[i];
    expect(shown.scope).toBe("row");
    expect(shown.header).toBe(locale === "en" && row.label_en ? row.label_en : row.label);
    if (row.unit === "count" || row.unit === "percent") expect(shown.cells[0]).toBe(figure(row, locale));
    if (row.year) expect(shown.cells[1]).toContain(row.year);
    // The CSV gives the fact sheet's full address; the table links to the same place on this site.
    expect(shown.link).not.toBeNull();
    expect(row.source.endsWith(shown.link as string)).toBe(true);
  });
}

describe("a chart's table view", () => {
  it("shows the rows of the Gegevens CSV as a table under the chart, and hides it again", async () => {
    const { page, errors } = await open("#/reaction-times");
    const chart = "share-within-15-minutes";
    await page.waitForSelector(`${cell(chart)} .chart-toolbar`);
    const toggle = `${cell(chart)} .chart-toolbar button:text-is("Tabel")`;
    expect(await page.getAttribute(toggle, "aria-expanded")).toBe("false");
    await page.click(toggle);
    expect(await page.getAttribute(toggle, "aria-expanded")).toBe("true");
    const table = await tableOf(page, chart);
    const title = await page.textContent(`${cell(chart)} .blauw-chart-title`);
    expect(table.caption).toBe(`Cijfers van de grafiek: ${title}`);
    expect(table.role).toBe("region");
    expect(table.tabindex).toBe("0");
    expect(table.label).toBe(`Tabel: ${title}`);
    expect(table.headers).toEqual(
      ["Wat", "Cijfer", "Wanneer", "Bron"].map((text) => ({ text, scope: "col" })),
    );
    expect(await page.getAttribute(toggle, "aria-controls")).toBe(
      await page.getAttribute(`${cell(chart)} .chart-table`, "id"),
    );
    expectSameRows(table, await csvRows(page, chart, "Gegevens"), "nl");
    // A hedged figure keeps its word: 2017's "afgerond".
    expect(table.rows.some((row) => row.cells[0] === "≈ 85% (afgerond)")).toBe(true);

    await page.click(toggle);
    expect(await page.getAttribute(toggle, "aria-expanded")).toBe("false");
    expect(await page.$(`${cell(chart)} .chart-table`)).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("stays open and follows the chart when an input draws it again", async () => {
    const { page, errors } = await open("#/internet-reports");
    const chart = "internet-reports-2019-2024";
    await page.waitForSelector(`${cell(chart)} .chart-toolbar`);
    await page.click(`${cell(chart)} .chart-toolbar button:text-is("Tabel")`);
    const before = await tableOf(page, chart);
    await page.click('input[type="radio"][value="per dag"], label:has-text("per dag") input');
    await page.waitForFunction(
      (selector) => document.querySelector(selector)?.textContent?.includes("per dag"),
      `${cell(chart)} .chart-table tbody`,
    );
    const after = await tableOf(page, chart);
    expect(after.rows).toHaveLength(before.rows.length);
    expect(
      await page.getAttribute(`${cell(chart)} .chart-toolbar button:text-is("Tabel")`, "aria-expanded"),
    ).toBe("true");
    // Per day: computed, so the table says from what.
    expect(after.headers.map((header) => header.text)).toContain("Berekend uit");
    const csv = await csvRows(page, chart, "Gegevens");
    expectSameRows(after, csv, "nl");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("is in English with English formats, and a wide table scrolls in its region at 320 px", async () => {
    const { page, errors } = await open("#/budget-gaps", "en", 320);
    const chart = "all-amounts";
    await page.waitForSelector(`${cell(chart)} .chart-toolbar`);
    await page.click(`${cell(chart)} .chart-toolbar button:text-is("Table")`);
    const table = await tableOf(page, chart);
    expect(table.headers.map((header) => header.text)).toEqual(["What", "Figure", "When", "Source"]);
    const csv = await csvRows(page, chart, "Data");
    expectSameRows(table, csv, "en");
    // Euros in English: "€186m".
    expect(table.rows.map((row) => row.cells[0])).toContain("€186m");
    const box = await page.$eval(`${cell(chart)} .chart-table`, (region) => ({
      right: region.getBoundingClientRect().right,
      scrolls: region.scrollWidth > region.clientWidth,
    }));
    expect(box.right).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // Wider than the screen, and focusable, so the keyboard scrolls it.
    await page.focus(`${cell(chart)} .chart-table`);
    expect(box.scrolls).toBe(true);
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(
      (selector) => (document.querySelector(selector)?.scrollLeft ?? 0) > 0,
      `${cell(chart)} .chart-table`,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
