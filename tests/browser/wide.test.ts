import { describe, expect, inject, it } from "vitest";
import { collectErrors } from "../../src/cli/chromium.ts";
import { maxColumns } from "../../src/data/read-plan.ts";
import { dropFile, useBrowser } from "./helpers.ts";

const siteUrl = inject("siteUrl");
const browser = useBrowser();

/** A synthetic file: a year column, then `columns` numeric columns k0, k1, …, over three years. */
function wideFile(columns: number): string {
  const names = Array.from({ length: columns }, (_, j) => `k${j}`);
  const row = (year: number) => [year, ...names.map((_, j) => (year - 2000) * 100 + j)].join(",");
  return `jaar,${names.join(",")}\n${row(2020)}\n${row(2021)}\n${row(2022)}\n`;
}

/** What the scratch page shows of its columns: summary names, table headers, picker status, elements. */
const shown = (page: import("playwright-core").Page) =>
  page.evaluate(() => ({
    summary: [...document.querySelectorAll(".column-summary tr td:first-child")].map((td) => td.textContent),
    table: [...document.querySelectorAll(".scratch-rows thead th")]
      .map((th) => th.textContent)
      .filter(Boolean),
    status: document.querySelector(".column-picker-status")?.textContent ?? "",
    elements: document.querySelectorAll("*").length,
  }));

describe("a file with thousands of columns on the scratch page", () => {
  it("shows 50 columns at a time, pages and searches them, and keeps the page small", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(`${siteUrl}#/`);
    await page.waitForSelector("main h1");
    await dropFile(page, "breed.csv", wideFile(3_000));
    await page.waitForSelector(".scratch-rows table", { timeout: 120_000 });

    const first = await shown(page);
    const expected = ["jaar", ...Array.from({ length: 49 }, (_, j) => `k${j}`)];
    expect(first.summary).toEqual(expected);
    expect(first.table).toEqual(expected);
    expect(first.status).toBe("Kolom 1–50 van 3.001.");
    // Every column drawn would be well over 60,000 elements; fifty at a time stays small.
    expect(first.elements).toBeLessThan(5_000);

    await page.getByRole("button", { name: "Volgende 50" }).click();
    const second = await shown(page);
    expect(second.summary).toEqual(Array.from({ length: 50 }, (_, j) => `k${j + 49}`));
    expect(second.table).toEqual(second.summary);
    expect(second.status).toBe("Kolom 51–100 van 3.001.");

    await page.getByLabel("Zoek kolommen op naam").fill("k299");
    const found = await shown(page);
    expect(found.summary).toEqual(["k299", ...Array.from({ length: 10 }, (_, j) => `k299${j}`)]);
    expect(found.status).toContain("van de 11 kolommen met “k299” in de naam");
    // The cells of a searched column are the file's.
    const cells = await page.$$eval(".scratch-rows tbody tr", (rows) =>
      rows.map((row) => row.querySelectorAll("td")[1]?.textContent),
    );
    expect(cells).toEqual(["2.299", "2.399", "2.499"]);

    await page.getByLabel("Zoek kolommen op naam").fill("zzz");
    const none = await shown(page);
    expect(none.summary).toEqual([]);
    expect(none.status).toBe("Geen kolomnaam bevat “zzz”.");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lists a long measure chooser by search, and draws the measure chosen from it", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${siteUrl}#/`);
    await page.waitForSelector("main h1");
    await dropFile(page, "breed.csv", wideFile(3_000));
    await page.waitForSelector(".scratch-rows table", { timeout: 120_000 });
    const options = () => page.$$eval("#scratch-measure option", (all) => all.map((o) => o.textContent));
    expect((await options()).length).toBeLessThanOrEqual(301);
    expect((await options()).at(-1)).toContain("nog 2.700");

    await page.getByLabel("Zoek in Meetwaarde").fill("k2998");
    expect(await options()).toEqual(["k0", "k2998"]);
    // Typing alone does not change the chart; choosing does.
    expect(await page.textContent(".scratch .blauw-chart-title")).toBe("k0");
    await page.selectOption("#scratch-measure", "k2998");
    await page.waitForFunction(
      () => document.querySelector(".scratch .blauw-chart-title")?.textContent === "k2998",
    );
    await page.close();
  });

  it("reads the first 20,000 columns of a wider file and says so among the problems", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(`${siteUrl}#/`);
    await page.waitForSelector("main h1");
    await dropFile(page, "breder.csv", wideFile(maxColumns + 1_000));
    await page.waitForSelector(".scratch-rows table", { timeout: 120_000 });
    expect(await page.textContent(".problems")).toContain(
      `de kopregel heeft ${maxColumns + 1_001} kolommen; alleen de eerste ${maxColumns} zijn gelezen`,
    );
    expect((await shown(page)).status).toBe("Kolom 1–50 van 20.000.");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a file whose category value is a megabyte of words", () => {
  it("draws its chart and lists its rows, the long value shortened", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(`${siteUrl}#/`);
    await page.waitForSelector("main h1");
    const long = "x ".repeat(500_000).trim();
    await dropFile(page, "lang.csv", `soort,aantal\n${long},1\nkort,2\n`);
    await page.waitForSelector(".scratch-rows table", { timeout: 120_000 });
    expect(await page.$$eval(".scratch .blauw-chart svg", (svgs) => svgs.length)).toBeGreaterThan(0);
    const cells = await page.$$eval(".scratch-rows tbody tr", (rows) =>
      rows.map((row) => row.querySelectorAll("td")[1]?.textContent ?? ""),
    );
    expect(cells.map((cell) => cell.length)).toEqual([1001, 4]);
    expect(cells[0]).toBe(`${long.slice(0, 1000)}…`);
    // The chart's label for it is cut to what fits, with the whole value in its title.
    const labels = await page.$$eval(".scratch .blauw-chart svg text", (texts) =>
      texts.map((text) => ({
        shown: [...text.childNodes]
          .filter((node) => node.nodeName !== "title")
          .map((node) => node.textContent)
          .join(""),
        title: text.querySelector("title")?.textContent ?? "",
      })),
    );
    const label = labels.find((l) => l.shown.startsWith("x x"));
    expect(label?.shown.length).toBeLessThan(400);
    expect(label?.shown.endsWith("…")).toBe(true);
    expect(label?.title).toBe(`${long.slice(0, 1000)}…`);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a big file whose header alone is longer than a megabyte", () => {
  it("is read by the two workers with its rows, never called empty", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(`${siteUrl}#/`);
    await page.waitForSelector("main h1");
    // 150,000 columns: a 1.6 MB header and twelve rows, 5.2 MB in all (two workers from 4 MB on).
    const columns = 150_000;
    const names = Array.from({ length: columns }, (_, j) => `kolom${j}`).join(",");
    const row = (i: number) => Array.from({ length: columns }, (_, j) => (j + i) % 10).join(",");
    const rows = Array.from({ length: 12 }, (_, i) => row(i)).join("\n");
    await dropFile(page, "kop.csv", `${names}\n${rows}\n`);
    await page.waitForSelector(".scratch-rows table", { timeout: 120_000 });
    const problems = (await page.textContent(".problems")) ?? "";
    expect(problems).not.toContain("leeg");
    expect(problems).toContain(`de kopregel heeft ${columns} kolommen`);
    expect(await page.textContent(".scratch-rows h2")).toBe("Rijen (12)");
    expect(errors).toEqual([]);
    await page.close();
  });
});
