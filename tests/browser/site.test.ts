import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { collectErrors } from "../../src/cli/chromium.ts";
import { useBrowser } from "./helpers.ts";

const siteUrl = inject("siteUrl");
const browser = useBrowser();

async function openPage(path = ""): Promise<{ page: Page; errors: string[] }> {
  const page = await browser().newPage({ viewport: { width: 1200, height: 900 } });
  const errors = collectErrors(page);
  await page.goto(`${siteUrl}${path}`);
  return { page, errors };
}

/** Waits until every chart cell of the open notebook has drawn an SVG with marks. */
async function waitForCharts(page: Page): Promise<string[]> {
  await page.waitForSelector("article.notebook .cell");
  await page.waitForFunction(() => {
    const cells = [...document.querySelectorAll(".cell[data-cell-id]")];
    return (
      cells.length > 0 &&
      cells.every(
        (cell) => cell.classList.contains("cell-error") || cell.querySelector("svg [aria-label] > *"),
      )
    );
  });
  return page.$$eval(".cell[data-cell-id]", (cells) =>
    cells.map((cell) => (cell as HTMLElement).dataset.cellId ?? ""),
  );
}

async function notebookLinks(page: Page): Promise<string[]> {
  await page.waitForSelector(".cards .card a");
  return page.$$eval(".cards .card a", (links) => links.map((link) => link.getAttribute("href") ?? ""));
}

describe("the built site", () => {
  it("lists the topic notebooks on the home page", async () => {
    const { page, errors } = await openPage();
    const links = await notebookLinks(page);
    for (const slug of ["reaction-times", "internet-reports", "doxing", "budget-gaps"]) {
      expect(links).toContain(`#/${slug}`);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens every notebook from the home page with its charts drawn and no console errors", async () => {
    const { page, errors } = await openPage();
    const links = (await notebookLinks(page)).filter((href) => !href.startsWith("#/test-"));
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const href of links) {
      await page.click(`.cards a[href="${href}"]`);
      const ids = await waitForCharts(page);
      expect(ids.length, `${href} has at least two charts`).toBeGreaterThanOrEqual(2);
      const failed = await page.$$eval(".cell.cell-error", (cells) => cells.map((cell) => cell.textContent));
      expect(failed, `${href} has no failing cells`).toEqual([]);
      for (const id of ids) {
        const marks = await page.$$eval(
          `.cell[data-cell-id="${id}"] svg [aria-label] > *`,
          (nodes) => nodes.filter((node) => /^(rect|circle|path|line|text)$/.test(node.tagName)).length,
        );
        expect(marks, `${href} chart ${id} has marks`).toBeGreaterThan(0);
      }
      await page.click("a.brand");
      await page.waitForSelector(".cards");
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("redraws a chart when an input changes, in every notebook", async () => {
    const { page, errors } = await openPage();
    const links = (await notebookLinks(page)).filter((href) => !href.startsWith("#/test-"));
    for (const href of links) {
      await page.goto(`${siteUrl}${href}`);
      await page.reload();
      await waitForCharts(page);
      const before = await page.$$eval(".cell[data-cell-id] svg", (svgs) => svgs.map((svg) => svg.outerHTML));
      const changed = await changeFirstInput(page);
      expect(changed, `${href} has an input`).toBe(true);
      await page.waitForFunction(
        (previous) => {
          const now = [...document.querySelectorAll(".cell[data-cell-id] svg")].map((svg) => svg.outerHTML);
          return now.length > 0 && now.join("") !== previous.join("");
        },
        before,
        { timeout: 10_000 },
      );
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows a throwing cell's error in place while the other cells still render", async () => {
    const { page } = await openPage("#/test-errors");
    await page.waitForSelector(".cell.cell-error");
    const messages = await page.$$eval(".cell.cell-error", (cells) =>
      cells.map((cell) => cell.textContent ?? ""),
    );
    expect(messages.some((text) => text.includes("Deze cel faalt met opzet"))).toBe(true);
    expect(messages.some((text) => /SyntaxError.*\(\d+:\d+\)/.test(text))).toBe(true);
    for (const id of ["test-before-error", "test-after-error"]) {
      await page.waitForSelector(`.cell[data-cell-id="${id}"] svg`);
    }
    await page.close();
  });

  it("shows a tip with the Dutch-formatted figure when hovering a mark, and English after the toggle", async () => {
    const { page, errors } = await openPage("#/reaction-times");
    await waitForCharts(page);
    const tip = await hoverForTip(page, "share-within-15-minutes", "2024");
    expect(tip).toContain("83,7%");
    await page.click(".locale-toggle");
    await waitForCharts(page);
    const english = await hoverForTip(page, "share-within-15-minutes", "2024");
    expect(english).toContain("83.7%");
    await page.click(".locale-toggle");
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** Hovers each mark of a chart until a tip mentioning `needle` appears; returns the tip's text. */
async function hoverForTip(page: Page, chartId: string, needle: string): Promise<string> {
  const selector = `.cell[data-cell-id="${chartId}"] svg :is(g[aria-label="dot"] > circle, g[aria-label="bar"] > rect)`;
  const marks = await page.$$(selector);
  expect(marks.length, `${chartId} has dots or bars to hover`).toBeGreaterThan(0);
  for (const mark of marks) {
    await mark.scrollIntoViewIfNeeded();
    const box = await mark.boundingBox();
    if (!box || box.width * box.height === 0) continue;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const text = await page
      .waitForFunction(
        (id) => document.querySelector(`.cell[data-cell-id="${id}"] [aria-label="tip"]`)?.textContent ?? "",
        chartId,
        { timeout: 1000 },
      )
      .then((handle) => handle.jsonValue() as Promise<string>)
      .catch(() => "");
    if (text.includes(needle)) return text;
  }
  return "";
}

/** Changes the first form control of the notebook the way a reader would; false when there is none. */
async function changeFirstInput(page: Page): Promise<boolean> {
  const control = await page.$("article.notebook .cell form :is(input, select)");
  if (!control) return false;
  const kind = await control.evaluate((element) =>
    element.tagName === "SELECT" ? "select" : ((element as HTMLInputElement).type ?? "text"),
  );
  if (kind === "select") {
    const values = await control.evaluate((element) =>
      [...(element as HTMLSelectElement).options].map((option) => option.value),
    );
    const current = await control.evaluate((element) => (element as HTMLSelectElement).value);
    await control.selectOption(values.find((value) => value !== current) ?? values[0]);
  } else if (kind === "radio") {
    const radios = await page.$$("article.notebook .cell form input[type=radio]");
    for (const radio of radios) {
      if (!(await radio.isChecked())) {
        await radio.check();
        break;
      }
    }
  } else if (kind === "checkbox") {
    await control.click();
  } else if (kind === "range" || kind === "number") {
    await control.focus();
    // ArrowDown steps both number fields and sliders down, as a keyboard user would.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
  } else {
    await control.fill("2020");
  }
  return true;
}
