import { readFileSync } from "node:fs";
import type { Download, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { collectErrors } from "../../src/cli/chromium.ts";
import { odataCsv, plainRows, statlineCsv, sumBy } from "../charts/cbs-files.ts";
import { dropFile, useBrowser } from "./helpers.ts";

const siteUrl = inject("siteUrl");
const browser = useBrowser();
const overlast = "/work/shared/data/real/bernasco_47024NED_NL_overlast_maand_2012_2023.csv";

/** Opens the site and drops a file on it; resolves when its scratch page shows. */
async function open(name: string, content: string, width = 1280): Promise<Page> {
  const page = await browser().newPage({ viewport: { width, height: 900 } });
  await page.goto(siteUrl);
  await page.waitForSelector(".cards");
  await dropFile(page, name, content);
  await page.waitForSelector("article.scratch .scratch-chart-output > *");
  return page;
}

/** The Gegevens CSV of the first chart: its rows as objects. */
async function chartRows(page: Page): Promise<Record<string, string>[]> {
  const [download] = (await Promise.all([
    page.waitForEvent("download"),
    page.click('.scratch-chart .chart-toolbar button:text-is("Gegevens")'),
  ])) as [Download, unknown];
  const text = readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "");
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const names = header.split(/[,;]/);
  return lines.map((line) => Object.fromEntries(line.split(/[,;]/).map((cell, j) => [names[j], cell])));
}

/** Per period key, the plotted value (from the CSV, so Dutch "1.234" and English "1234" both read). */
const byPeriod = (rows: Record<string, string>[]) =>
  new Map(rows.map((row) => [row.period, Number(row.value.replace(/\./g, "").replace(",", "."))]));

const subtitle = (page: Page) => page.textContent(".scratch-chart .blauw-chart-subtitle");

describe("the scratch page's first chart", () => {
  it("draws an OData file's national total per year in Blauw's frame, says which rows, and has the toolbar", async () => {
    const csv = odataCsv();
    const page = await open("misdrijven-odata.csv", csv);
    const errors = collectErrors(page);
    expect(await subtitle(page)).toBe("Nederland (NL01) · Totaal misdrijven (0.0.0) · per jaar, 6 jaren");
    const buttons = await page.$$eval(".scratch-chart .chart-toolbar button", (all) =>
      all.map((b) => b.textContent),
    );
    expect(buttons).toEqual(["Tabel", "SVG", "PNG", "Gegevens", "CSV (Excel NL)", "Link"]);
    const expected = sumBy(
      plainRows(csv),
      (row) => row.RegioS === "NL01" && row.SoortMisdrijf === "0.0.0" && /JJ00$/.test(row.Perioden),
      (row) => row.Perioden,
      "GeregistreerdeMisdrijven_1",
    );
    const rows = await chartRows(page);
    expect(byPeriod(rows)).toEqual(expected);
    expect(new Set(rows.map((row) => row.source))).toEqual(new Set(["Jouw bestand: misdrijven-odata.csv"]));
    expect(await page.textContent(".scratch-chart .blauw-chart-source")).toBe(
      "Bron: Jouw bestand: misdrijven-odata.csv",
    );
    expect(await page.textContent(".problems h2")).toBe("Problemen (0)");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lets the reader choose measure, period, region level, category and years with labelled controls", async () => {
    const csv = odataCsv();
    const page = await open("misdrijven-odata.csv", csv);
    await page.getByLabel("Meetwaarde", { exact: true }).selectOption("Aangiften_2");
    await page.getByLabel("Soort periode", { exact: true }).selectOption("quarter");
    await page
      .getByLabel("Regio of niveau", { exact: true })
      .selectOption({ label: "alle regio's op niveau provincie, opgeteld" });
    await page.getByLabel("SoortMisdrijf", { exact: true }).selectOption({ label: "1.2.1" });
    await page.getByLabel("Van", { exact: true }).selectOption("2018");
    // Keyboard: focus the last chooser and pick the year before 2021 with the arrow key.
    await page.getByLabel("Tot en met", { exact: true }).focus();
    await page.keyboard.press("ArrowUp");
    // Wait for the chart of the last choice (16 quarters until the arrow key's choice is drawn).
    await page.waitForFunction(() =>
      document.querySelector(".blauw-chart-subtitle")?.textContent?.includes("12 kwartalen"),
    );
    expect(await subtitle(page)).toBe("alle 2 provincies opgeteld · 1.2.1 · per kwartaal, 12 kwartalen");
    const expected = sumBy(
      plainRows(csv),
      (row) =>
        /^PV/.test(row.RegioS) &&
        row.SoortMisdrijf === "1.2.1" &&
        /KW0\d$/.test(row.Perioden) &&
        Number(row.Perioden.slice(0, 4)) >= 2018 &&
        Number(row.Perioden.slice(0, 4)) <= 2020,
      (row) => row.Perioden,
      "Aangiften_2",
    );
    expect(byPeriod(await chartRows(page))).toEqual(expected);
    // The address follows the choice; opened without the file it says which file to open, and with it
    // the chart comes back as it was.
    const link = page.url();
    expect(link).toMatch(/#\/bestand\?file=misdrijven-odata\.csv&/);
    const again = await browser().newPage();
    await again.goto(link);
    await again.waitForSelector(".not-found");
    expect(await again.textContent(".not-found p")).toContain("open “misdrijven-odata.csv”");
    await dropFile(again, "misdrijven-odata.csv", csv);
    await again.waitForSelector(".blauw-chart-subtitle");
    expect(await subtitle(again)).toBe("alle 2 provincies opgeteld · 1.2.1 · per kwartaal, 12 kwartalen");
    await again.close();
    await page.close();
  });

  it("leaves each year row among months (47024NED bulk) out of its January and reports it with its rows", async () => {
    const csv = readFileSync(overlast, "utf8");
    const page = await open("overlast.csv", csv);
    expect(await subtitle(page)).toBe("Totaal registraties overlast · per maand, 144 maanden");
    expect(await page.textContent(".problems h2")).toBe("Problemen (12)");
    const items = await page.$$eval(".problems li.repeated-key", (all) =>
      all.map((li) => li.textContent ?? ""),
    );
    expect(items).toHaveLength(12);
    const rows = plainRows(csv, ",");
    // PROVENANCE.md: of the two rows dated 1 January, the larger is the year's total.
    const total = rows.filter((row) => row.crime_type_code === "Totaal registraties overlast");
    const byDate = new Map<string, number[]>();
    for (const row of total) byDate.set(row.date, [...(byDate.get(row.date) ?? []), Number(row.frequency)]);
    const expected = new Map([...byDate].map(([date, values]) => [date, Math.min(...values)]));
    expect(byPeriod(await chartRows(page))).toEqual(expected);
    const first = rows.findIndex((row) => row === total.find((r) => r.date === "2012-01-01"));
    const yearRow = rows.findIndex(
      (row, i) =>
        i !== first && row.crime_type_code === "Totaal registraties overlast" && row.date === "2012-01-01",
    );
    expect(items[0]).toContain(`gegevensrijen ${first + 1} en ${yearRow + 1}`);
    expect(items[0]).toContain(`gegevensrij ${yearRow + 1} is het jaartotaal van 2012`);
    await page.close();
  });

  it("never adds periods up after a type change, and says why nothing is drawn; the type menu is Dutch", async () => {
    const page = await open("misdrijven-odata.csv", odataCsv());
    const typeMenu = 'select[aria-label="type: Perioden"]';
    expect(await page.$$eval(`${typeMenu} option`, (all) => all.map((o) => o.textContent))).toEqual([
      "tekst",
      "geheel getal",
      "getal",
      "percentage",
      "ja/nee",
      "datum",
      "periode",
      "regio",
    ]);
    await page.selectOption(typeMenu, "string");
    await page.waitForSelector(".scratch-chart .chart-message");
    expect(await page.textContent(".scratch-chart .chart-message")).toContain(
      "“Perioden” wordt als tekst gelezen, maar bevat perioden",
    );
    expect(await page.$(".scratch-chart figure")).toBeNull();
    await page.close();

    const labels = await open("misdrijven-statline.csv", statlineCsv());
    expect(await subtitle(labels)).toBe("Nederland · Totaal misdrijven · per jaar, 12 jaren");
    await labels.selectOption('select[aria-label="type: Perioden"]', "period");
    await labels.waitForSelector(".scratch-chart .chart-message");
    expect(await labels.textContent(".scratch-chart .chart-message")).toContain(
      "Geen enkele rij heeft in “Perioden” een waarde die als periode te lezen is",
    );
    await labels.close();
  });

  it("in English: the sentence, the choosers and the type menu", async () => {
    const page = await browser().newPage();
    await page.goto(siteUrl);
    await page.waitForSelector(".cards");
    await page.click(".locale-toggle");
    await dropFile(page, "misdrijven-odata.csv", odataCsv());
    await page.waitForSelector(".blauw-chart-subtitle");
    expect(await subtitle(page)).toBe("Nederland (NL01) · Totaal misdrijven (0.0.0) · per year, 6 years");
    expect(await page.getByLabel("Region or level").count()).toBe(1);
    expect(
      await page.$$eval('select[aria-label="type: Perioden"] option', (all) => all.map((o) => o.textContent)),
    ).toContain("text");
    await page.close();
  });
});
