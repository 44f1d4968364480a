import { readFileSync } from "node:fs";
import Papa from "papaparse";
import type { Browser, Download, Page } from "playwright-core";
import { PNG } from "pngjs";
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./helpers.ts";

const siteUrl = inject("siteUrl");
const browser = useBrowser();
const chart = "share-within-15-minutes";
const toolbar = `.cell[data-cell-id="${chart}"] .chart-toolbar`;
const button = (label: string) => `${toolbar} button:text-is("${label}")`;

async function openNotebook(
  open: () => Browser,
  colorScheme: "light" | "dark",
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await open().newContext({
    viewport: { width: 1200, height: 900 },
    acceptDownloads: true,
    colorScheme,
  });
  const page = await context.newPage();
  await page.goto(`${siteUrl}#/reaction-times`);
  await page.waitForSelector(`${toolbar} button`);
  return { page, close: () => context.close() };
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = (await Promise.all([page.waitForEvent("download"), click()])) as [Download, unknown];
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/** An SVG without the time it was made, so two exports of the same chart compare equal. */
const timeless = (svg: string) => svg.replace(/ created="[^"]*"/, "");

/** Relative luminance of a CSS colour such as `rgb(251, 251, 249)` or `#fbfbf9`. */
function luminance(color: string): number {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  const channels = hex
    ? hex.slice(1).map((part) => Number.parseInt(part, 16))
    : (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const [r, g, b] = channels.map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The colours an SVG gives its background and its title. */
function colours(svg: string): { background: number; title: number } {
  const background = /<rect width="100%" height="100%" fill="([^"]+)"/.exec(svg)?.[1] ?? "";
  const title = /<text [^>]*font-size="18" font-weight="700" fill="([^"]+)"/.exec(svg)?.[1] ?? "";
  return { background: luminance(background), title: luminance(title) };
}

describe("exported files in light or dark", () => {
  it("are light by default whatever the page's scheme, and dark by choice", async () => {
    const light = await openNotebook(browser, "light");
    const dark = await openNotebook(browser, "dark");
    // The dark page really is dark.
    const pageBackground = await dark.page.$eval(
      `.cell[data-cell-id="${chart}"] figure`,
      (figure) => getComputedStyle(figure).backgroundColor,
    );
    expect(luminance(pageBackground)).toBeLessThan(0.05);
    expect(await dark.page.$eval(`${toolbar} select`, (select) => (select as HTMLSelectElement).value)).toBe(
      "light",
    );

    const svg = async (page: Page) =>
      (await downloaded(page, () => page.click(button("SVG")))).bytes.toString();
    const fromLight = await svg(light.page);
    const fromDark = await svg(dark.page);
    // The light file made on a dark page is the light file made on a light page.
    expect(timeless(fromDark)).toBe(timeless(fromLight));
    expect(colours(fromDark).background).toBeGreaterThan(0.8);
    expect(colours(fromDark).title).toBeLessThan(0.1);

    for (const { page } of [light, dark]) await page.selectOption(`${toolbar} select`, "dark");
    const darkFromLight = await svg(light.page);
    const darkFromDark = await svg(dark.page);
    expect(timeless(darkFromLight)).toBe(timeless(darkFromDark));
    expect(colours(darkFromLight).background).toBeLessThan(0.05);
    expect(colours(darkFromLight).title).toBeGreaterThan(0.6);
    // The page itself is left as it was.
    expect(await light.page.$eval(`.cell[data-cell-id="${chart}"] figure`, (f) => f.className)).toBe(
      "blauw-chart",
    );

    // The PNG follows the choice too: its corner is the background's colour.
    await dark.page.selectOption(`${toolbar} select`, "light");
    const png = PNG.sync.read((await downloaded(dark.page, () => dark.page.click(button("PNG")))).bytes);
    const [r, g, b] = png.data.subarray(0, 3);
    expect(luminance(`rgb(${r}, ${g}, ${b})`)).toBeGreaterThan(0.8);
    await light.close();
    await dark.close();
  });
});

describe("the CSV for Dutch spreadsheets", () => {
  it("has a byte-order mark, semicolons and decimal commas, and the same rows as the plain CSV", async () => {
    const { page, close } = await openNotebook(browser, "light");
    const plain = await downloaded(page, () => page.click(button("Gegevens")));
    await page.focus(button("CSV (Excel NL)"));
    const dutch = await downloaded(page, () => page.keyboard.press("Enter"));
    expect(dutch.name).toBe(`reaction-times-${chart}-excel-nl.csv`);
    expect([...dutch.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = dutch.bytes.subarray(3).toString("utf8");
    const header = text.split("\r\n")[0];
    expect(header).toBe(plain.bytes.toString("utf8").split("\r\n")[0].replaceAll(",", ";"));
    expect(text).toMatch(/^share-within-15-min;[^\r\n]*;2024;;83,7;percent;/m);
    const rows = (csv: string, delimiter: string) =>
      Papa.parse<Record<string, string>>(csv, { header: true, delimiter, skipEmptyLines: true }).data;
    const plainRows = rows(plain.bytes.toString("utf8"), ",");
    const dutchRows = rows(text, ";");
    expect(dutchRows.length).toBe(plainRows.length);
    dutchRows.forEach((row, i) => {
      expect(row.value).toBe(plainRows[i].value.replace(".", ","));
      expect(row.source).toBe(plainRows[i].source);
    });
    await close();
  });
});

describe("sources in exported files", () => {
  it("are full addresses of the site's fact sheets and the official documents, never repository paths", async () => {
    const { page, close } = await openNotebook(browser, "light");
    const here = await page.evaluate(() => `${location.origin}${location.pathname}`);
    const svg = (await downloaded(page, () => page.click(button("SVG")))).bytes.toString("utf8");
    const csv = (await downloaded(page, () => page.click(button("Gegevens")))).bytes.toString("utf8");
    const dutch = (await downloaded(page, () => page.click(button("CSV (Excel NL)")))).bytes.toString("utf8");
    for (const file of [svg, csv, dutch]) expect(file).not.toContain("seeds/");

    for (const row of Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data) {
      expect(row.source).toMatch(/^https?:\/\//);
      expect(row.source_document).toMatch(/^https?:\/\//);
      if (row.source_kind === "seed") {
        expect(row.source.startsWith(`${here}#/bron/`)).toBe(true);
        expect(new URL(row.source_document).host).toMatch(
          /(eerstekamer|tweedekamer|officielebekendmakingen)\.nl$/,
        );
      }
    }

    // The visible source line is followed by the addresses, as links, and the metadata keeps both.
    const factSheet = `${here}#/bron/antwoorden-eerste-kamer-t03934/antwoord-20`;
    expect(svg).toContain(`<a href="${factSheet}" xlink:href="${factSheet}"><text`);
    expect(svg).toMatch(/<blauw:source ref="antwoorden-eerste-kamer-t03934#antwoord-20" [^>]*href="http/);
    expect(svg).toMatch(/<blauw:source [^>]*document="https:\/\/www\.eerstekamer\.nl\//);
    // The address in the picture can be read back whole, even where it wraps.
    const lines = [
      ...svg.matchAll(
        new RegExp(
          `<a href="${factSheet.replace(/[.?*+^$()[\]{}|\\/]/g, "\\$&")}"[^>]*><text[^>]*>([^<]*)</text>`,
          "g",
        ),
      ),
    ].map((m) => m[1]);
    expect(lines.join("")).toBe(factSheet);

    // The link on the fact sheet leads to the answer.
    await page.goto(factSheet);
    await page.waitForSelector("#antwoord-20");
    await close();
  });
});
