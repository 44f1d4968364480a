import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { collectErrors } from "../../src/cli/chromium.ts";
import { officialDocuments } from "../../src/data/index.ts";
import { readFactSheets } from "../util/fact-sheets.ts";
import { useBrowser } from "./helpers.ts";

const siteUrl = inject("siteUrl");
const browser = useBrowser();
const figures = readFactSheets(join(import.meta.dirname, "../.."));

async function openSheet(sheet: string, width: number, locale: "nl" | "en" = "nl") {
  const context = await browser().newContext({ viewport: { width, height: 900 } });
  await context.addInitScript((value) => localStorage.setItem("blauw-locale", value), locale);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${siteUrl}#/bron/${sheet}`);
  await page.waitForSelector(".fact-sheet .figures-scroll");
  return { page, errors, close: () => context.close() };
}

const headers = (page: Page) =>
  page.$$eval(".figures-table th", (cells) => cells.map((cell) => cell.textContent));

describe("a fact sheet", () => {
  for (const official of officialDocuments) {
    it(`names ${official.sheet}'s official document by its references, with links`, async () => {
      const { page, errors, close } = await openSheet(official.sheet, 1280);
      const items = await page.$$eval(".official-document li", (list) =>
        list.map((item) => ({
          text: item.querySelector("strong")?.textContent ?? "",
          href: item.querySelector("a")?.getAttribute("href") ?? null,
        })),
      );
      const references = [official.identity, ...official.references];
      expect(items.map((item) => item.text)).toEqual(references.map((reference) => reference.text));
      // The references are the ones the sheet's own header gives.
      const header = (await page.textContent(".fact-sheet #identiteit + ul")) ?? "";
      for (const { text } of items) expect(header.replace(/\s+/g, " ")).toContain(text);
      for (const [i, item] of items.entries()) {
        expect(item.href).toBe(references[i].url);
        if (item.href)
          expect(item.href).toMatch(
            /^https:\/\/(zoek\.officielebekendmakingen|www\.tweedekamer|www\.eerstekamer)\.nl\//,
          );
      }
      expect(items.filter((item) => item.href).length).toBeGreaterThanOrEqual(3);
      expect(errors).toEqual([]);
      await close();
    });
  }

  it("shows its figures for people: Dutch column names, formatted values, full width", async () => {
    const sheet = "antwoorden-eerste-kamer-t03934";
    const { page, close } = await openSheet(sheet, 1280);
    expect(await headers(page)).toEqual(["Wat", "Waarde", "Wanneer", "Vindplaats", "Notebook", "Sleutel"]);
    const rows = await page.$$eval(".figures-table tbody tr", (list) =>
      list.map((row) => ({
        id: (row as HTMLElement).dataset.figure,
        cells: [...row.querySelectorAll("td")].map((cell) => cell.textContent ?? ""),
        where: row.querySelector("td:nth-child(4) a")?.getAttribute("href"),
      })),
    );
    const expected = figures.filter((figure) => figure.sheet === sheet);
    expect(rows.map((row) => row.id)).toEqual(expected.map((figure) => figure.id));
    const dutch = new Intl.NumberFormat("nl-NL");
    for (const [i, figure] of expected.entries()) {
      const value = rows[i].cells[1];
      if (figure.unit === "euro") expect(value).toContain("€");
      else expect(value).toContain(dutch.format(figure.value));
      if (figure.qualifier) expect(value).toContain(`≈`);
      if (figure.qualifier) expect(value).toContain(figure.qualifier);
      expect(rows[i].where).toBe(`#/bron/${sheet}/${figure.locator.split("#")[1]}`);
    }
    // Grouped thousands and a decimal comma, as Dutch readers write them.
    const decimal = expected.find((figure) => !Number.isInteger(figure.value) && figure.unit === "percent");
    expect(rows[expected.indexOf(decimal as (typeof expected)[number])].cells[1]).toBe(
      `${dutch.format(decimal?.value ?? Number.NaN)}%`,
    );
    expect(rows.some((row) => row.cells[1] === "≈ 300.000 (ruim)")).toBe(true);
    // The table takes the page's width, wider than the sheet's reading width.
    const widths = await page.evaluate(() => ({
      region: document.querySelector(".figures-scroll")?.getBoundingClientRect().width ?? 0,
      text: document.querySelector(".fact-sheet .prose > p")?.getBoundingClientRect().width ?? 0,
      main: document.querySelector("main")?.clientWidth ?? 0,
    }));
    expect(widths.region).toBeGreaterThan(widths.text + 100);
    expect(widths.region).toBeGreaterThan(widths.main * 0.85);
    await close();
  });

  it("names its figure columns in English in English, with English number formats", async () => {
    const { page, close } = await openSheet("antwoorden-eerste-kamer-t03934", 1280, "en");
    expect(await headers(page)).toEqual(["What", "Value", "When", "Where", "Notebook", "Key"]);
    const values = await page.$$eval(".figures-table td:nth-child(2)", (cells) =>
      cells.map((c) => c.textContent),
    );
    // English grouping; the qualifier is the page's to translate.
    expect(values.some((value) => value?.startsWith("≈ 300,000 ("))).toBe(true);
    expect(values.some((value) => value?.includes("300.000"))).toBe(false);
    await close();
  });

  it("scrolls its figures sideways by keyboard on a narrow screen", async () => {
    const { page, close } = await openSheet("kamerbrief-politie-maart-2026", 320);
    const region = ".figures-scroll";
    expect(await page.getAttribute(region, "tabindex")).toBe("0");
    expect(await page.getAttribute(region, "role")).toBe("region");
    expect(await page.getAttribute(region, "aria-label")).toBe("Cijfers in dit document");
    const overflow = await page.$eval(region, (element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBeGreaterThan(0);
    // Reach it with Tab, as a keyboard user does, then scroll with the arrow key.
    await page.$eval(region, (element) => element.previousElementSibling?.scrollIntoView());
    for (
      let i = 0;
      i < 200 && !(await page.$eval(region, (element) => element === document.activeElement));
      i++
    )
      await page.keyboard.press("Tab");
    expect(await page.$eval(region, (element) => element === document.activeElement)).toBe(true);
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
    await page.waitForFunction((selector) => (document.querySelector(selector)?.scrollLeft ?? 0) > 0, region);
    await close();
  });

  it("fits a 320 px screen without scrolling the page sideways (long codes in the text wrap)", async () => {
    for (const sheet of ["kamerbrief-politie-maart-2026", "antwoorden-eerste-kamer-t03934"]) {
      const { page, close } = await openSheet(sheet, 320);
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(sideways, sheet).toBeLessThanOrEqual(0);
      await close();
    }
  });
});
