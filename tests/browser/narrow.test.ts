import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { collectErrors } from "../../src/cli/chromium.ts";
import { chartLayout, type LayoutLimits } from "./chart-layout.ts";
import { useBrowser } from "./helpers.ts";

const siteUrl = inject("siteUrl");
const browser = useBrowser();
const limits: LayoutLimits = { minPlotWidth: 140, minPlotHeight: 80, maxHeight: 900 };
const widths = [320, 640, 1000];
const screenshots = fileURLToPath(new URL("../output/screenshots/narrow/", import.meta.url));

// Every exportable chart, read from the notebooks themselves: a new chart is checked without listing it here.
const notebooksDir = fileURLToPath(new URL("../../notebooks/", import.meta.url));
const notebooks = readdirSync(notebooksDir)
  .filter((file) => file.endsWith(".md"))
  .sort()
  .map((file) => ({
    slug: file.replace(/\.md$/, ""),
    charts: [...readFileSync(`${notebooksDir}${file}`, "utf8").matchAll(/^```js\s+id=([a-z0-9-]+)/gm)].map(
      (match) => match[1],
    ),
  }));

let page: Page;
let errors: string[];
beforeAll(async () => {
  page = await browser().newPage({ viewport: { width: 320, height: 900 } });
  errors = collectErrors(page);
  mkdirSync(screenshots, { recursive: true });
});
afterAll(async () => {
  await page.close();
});

const figureOf = (chart: string) => `[data-cell-id="${chart}"] figure.blauw-chart`;

/** Waits until the chart is drawn anew (a chart marked stale has been replaced) and measures it. */
async function measure(chart: string, name: string): Promise<string[]> {
  const figure = figureOf(chart);
  await page.waitForFunction((selector) => {
    const drawn = document.querySelector(selector);
    return (
      drawn !== null &&
      !drawn.hasAttribute("data-stale") &&
      drawn.querySelector("svg > g[aria-label] > *") !== null
    );
  }, figure);
  await page.evaluate(() => document.fonts.ready);
  const layout = await page.evaluate(chartLayout, [figure, limits] as [string, LayoutLimits]);
  await page.locator(figure).screenshot({ path: `${screenshots}${name}.png` });
  const found = [...errors.splice(0), ...layout.problems];
  return found.map((problem) => `${name}: ${problem}`);
}

describe("every chart from 320 px up", () => {
  it("finds the charts of the notebooks", () => {
    expect(notebooks.length).toBeGreaterThanOrEqual(5);
    expect(notebooks.flatMap((notebook) => notebook.charts).length).toBeGreaterThanOrEqual(14);
  });

  for (const { slug, charts } of notebooks) {
    it(`embeds each chart of ${slug} at ${widths.join(", ")} px: no errors, no overlaps, no negative sizes`, async () => {
      const problems: string[] = [];
      for (const chart of charts) {
        await page.setViewportSize({ width: widths[0], height: 900 });
        await page.goto("about:blank");
        errors.length = 0;
        await page.goto(`${siteUrl}embed.html#/${slug}/${chart}`);
        for (const [i, width] of widths.entries()) {
          if (i > 0) {
            // The embed follows its frame's width: the chart redraws at the new width.
            await page.$eval(figureOf(chart), (figure) => figure.setAttribute("data-stale", ""));
            await page.setViewportSize({ width, height: 900 });
          }
          problems.push(...(await measure(chart, `embed-${chart}-${width}`)));
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it("lays out every chart of every notebook page at 320 px", async () => {
    await page.setViewportSize({ width: 320, height: 900 });
    const problems: string[] = [];
    for (const { slug, charts } of notebooks) {
      await page.goto("about:blank");
      errors.length = 0;
      await page.goto(`${siteUrl}#/${slug}`);
      for (const chart of charts) problems.push(...(await measure(chart, `page-${chart}-320`)));
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (sideways > 0) problems.push(`${slug}: the page scrolls ${sideways} px sideways`);
    }
    expect(problems).toEqual([]);
  });
});
