import { readdirSync, readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { collectErrors } from "../../src/cli/chromium.ts";
import { matchSnapshot, snapshotFile } from "../util/match-snapshot.ts";
import { snapshotMarkup } from "../util/snapshot-markup.ts";
import { useBrowser } from "./helpers.ts";

// Every `id=` chart of every bundled notebook, drawn by the built site in Chromium (the notebooks'
// inputs need a real browser) and compared with its snapshot in tests/output/notebooks/<notebook>/, as
// Plot keeps its own (see tests/util/snapshot-markup.ts). The charts estimate text widths rather than
// measure them, so the fonts of the machine do not change what is drawn; the width is pinned here.

const siteUrl = inject("siteUrl");
const browser = useBrowser();

/** The notebook column's width in pixels, pinned: by default it is 72ch, which depends on the font. */
const columnWidth = 720;
const pinWidth = `.notebook-body { width: ${columnWidth}px !important; max-width: none !important; }`;

/** Where the app keeps the reader's language (see storedLocale in src/app/i18n.ts). */
const languageKey = "blauw-locale";

const folder = new URL("../../notebooks/", import.meta.url);
/** Each bundled notebook with the ids of its charts, read from its text (`js id=…` fences). */
const notebooks = readdirSync(folder)
  .filter((name) => name.endsWith(".md"))
  .sort()
  .map((name) => ({
    slug: name.slice(0, -3),
    charts: [...readFileSync(new URL(name, folder), "utf8").matchAll(/^```js\b[^\n]*\bid=([\w-]+)/gm)].map(
      (match) => match[1],
    ),
  }));

/** The markup of every chart figure on the page, by chart id, once each has drawn its plot. */
async function chartFigures(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll(".cell[data-cell-id]")].flatMap((cell) => {
        const figure = cell.querySelector(":scope > figure.blauw-chart");
        return figure ? [[cell.getAttribute("data-cell-id"), figure.outerHTML]] : [];
      }),
    ),
  );
}

describe("the charts of the bundled notebooks", () => {
  it("finds the charts it checks", () => {
    expect(notebooks.length).toBeGreaterThanOrEqual(5);
    expect(notebooks.every((notebook) => notebook.charts.length > 0)).toBe(true);
  });

  // Dutch as the page opens, and English as the reader's stored choice (numbers 83.7%, €186m).
  for (const locale of ["nl", "en"] as const)
    for (const { slug, charts } of notebooks) {
      it(`${slug} (${locale}): ${charts.join(", ")}`, async () => {
        const context = await browser().newContext({
          viewport: { width: 1280, height: 900 },
          colorScheme: "light",
          locale: locale === "nl" ? "nl-NL" : "en-GB",
          timezoneId: "Europe/Amsterdam",
        });
        // The style goes in before the app's scripts run, so every chart is drawn once, at the pinned width.
        await context.addInitScript(
          ({ css, locale, key }) => {
            localStorage.setItem(key, locale);
            const style = document.createElement("style");
            style.textContent = css;
            const place = () => Boolean(document.head?.append(style) ?? document.head);
            if (!place()) {
              const observer = new MutationObserver(() => place() && observer.disconnect());
              observer.observe(document, { childList: true, subtree: true });
            }
          },
          { css: pinWidth, locale, key: languageKey },
        );
        const page = await context.newPage();
        const errors = collectErrors(page);
        await page.goto(`${siteUrl}#/${slug}`);
        for (const id of charts)
          await page.waitForSelector(`.cell[data-cell-id="${id}"] > figure.blauw-chart svg`);
        const width = await page.$eval(".notebook-body", (body) => body.getBoundingClientRect().width);
        expect(width).toBe(columnWidth);
        const figures = await chartFigures(page);
        expect(Object.keys(figures).sort()).toEqual([...charts].sort());
        const failed: string[] = [];
        for (const id of charts) {
          try {
            const name = locale === "nl" ? id : `${id}.${locale}`;
            matchSnapshot(snapshotMarkup(figures[id]), snapshotFile(`notebooks/${slug}/${name}.html`));
          } catch (error) {
            failed.push((error as Error).message);
          }
        }
        expect(failed).toEqual([]);
        expect(errors).toEqual([]);
        await context.close();
      });
    }
});
