import type { Locator, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { collectErrors } from "../../src/cli/chromium.ts";
import { allLocaleSlips, type ChartText } from "../util/locale-slips.ts";
import { dropFile, useBrowser } from "./helpers.ts";

const siteUrl = inject("siteUrl");
const browser = useBrowser();
const notebooks = ["reaction-times", "internet-reports", "doxing", "budget-gaps", "police-capacity"];

async function openNotebook(slug: string, locale: "nl" | "en"): Promise<{ page: Page; errors: string[] }> {
  const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
  const errors = collectErrors(page);
  await page.addInitScript((value) => window.localStorage.setItem("blauw-locale", value), locale);
  await page.goto(`${siteUrl}#/${slug}`);
  await waitForCharts(page);
  return { page, errors };
}

async function waitForCharts(page: Page): Promise<void> {
  await page.waitForSelector("article.notebook .cell");
  await page.waitForFunction(() => {
    const cells = [...document.querySelectorAll(".cell[data-cell-id]")];
    return (
      cells.length > 0 && cells.every((cell) => cell.querySelector("figure.blauw-chart svg [aria-label] > *"))
    );
  });
}

/** Every chart on the page, with or without an `id=`; charts without one are named by their place. */
async function charts(page: Page): Promise<{ figure: Locator; name: string; id: string }[]> {
  const figures = page.locator("article.notebook .cell > figure.blauw-chart");
  const all = [];
  for (let i = 0; i < (await figures.count()); i++) {
    const figure = figures.nth(i);
    const id = await figure.evaluate((node) => node.closest<HTMLElement>(".cell")?.dataset.cellId ?? "");
    all.push({ figure, id, name: id || `chart ${i + 1}` });
  }
  return all;
}

/** Every text of a chart as the page shows it: its words, svg text, aria attributes and legend. */
async function shownTexts(figure: Locator, name: string): Promise<ChartText[]> {
  return figure.evaluate((figure, name) => {
    const texts: { where: string; text: string }[] = [];
    const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest("style")) continue;
      const text = node.textContent?.trim();
      const where = node.parentElement?.closest(".blauw-chart-source") ? "source line" : "text";
      if (text) texts.push({ where: `${name} ${where}`, text });
    }
    for (const element of [figure, ...figure.querySelectorAll("*")]) {
      for (const attribute of ["aria-label", "aria-description", "title"]) {
        const value = element.getAttribute(attribute);
        if (value) texts.push({ where: `${name} ${attribute}`, text: value });
      }
    }
    return texts;
  }, name);
}

/** Hovers every bar and dot of a chart and reads the tip it shows. */
async function tipTexts(page: Page, figure: Locator, name: string): Promise<ChartText[]> {
  const marks = figure.locator('svg g[aria-label="bar"] rect, svg g[aria-label="dot"] circle');
  const texts: ChartText[] = [];
  for (let i = 0; i < (await marks.count()); i++) {
    const mark = marks.nth(i);
    await mark.scrollIntoViewIfNeeded();
    const box = await mark.boundingBox();
    if (!box) continue;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // One text per tip, its lines joined: Plot wraps long lines, which may fall inside a quotation.
    const tip = (await figure.locator('svg g[aria-label="tip"] tspan').allTextContents()).join("\n");
    if (tip.trim()) texts.push({ where: `${name} tip`, text: tip });
  }
  await page.mouse.move(0, 0);
  return texts;
}

/** The chart's standalone SVG export: its text lines, title and desc (not the provenance metadata). */
async function exportTexts(page: Page, id: string): Promise<ChartText[]> {
  return page.evaluate((id) => {
    const svg = new DOMParser().parseFromString(window.blauwCharts?.svg(id) ?? "", "image/svg+xml");
    // The export's lines joined into one text: it wraps long lines, which may fall inside a quotation.
    const lines: string[] = [];
    const walker = svg.createTreeWalker(svg.documentElement, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest("metadata, style")) continue;
      const text = node.textContent?.trim();
      if (text) lines.push(text);
    }
    return [{ where: `${id} export`, text: lines.join("\n") }];
  }, id);
}

/** Every chart's text, tips and (for `id=` charts) export in the notebook's current state. */
async function walkCharts(
  page: Page,
  state: string,
): Promise<{ texts: ChartText[]; tips: Map<string, number> }> {
  const texts: ChartText[] = [];
  const tips = new Map<string, number>();
  for (const { figure, id, name } of await charts(page)) {
    const tip = await tipTexts(page, figure, name);
    tips.set(name, tip.length);
    texts.push(...(await shownTexts(figure, name)), ...tip, ...(id ? await exportTexts(page, id) : []));
  }
  return { texts: texts.map((text) => ({ ...text, where: `${state}: ${text.where}` })), tips };
}

/** Every other value of the notebook's radios and selects, one after the other. */
async function inputStates(page: Page): Promise<string[]> {
  return page.$$eval(
    "article.notebook form input[type=radio], article.notebook form select option",
    (inputs) =>
      inputs.flatMap((input, index) => {
        const chosen =
          input instanceof HTMLOptionElement ? input.selected : (input as HTMLInputElement).checked;
        return chosen ? [] : [String(index)];
      }),
  );
}

async function chooseInput(page: Page, index: number): Promise<string> {
  // Figures drawn so far are marked, so a redrawn chart is the one without the mark.
  await page.$$eval("figure.blauw-chart", (figures) => {
    for (const figure of figures) figure.setAttribute("data-seen", "");
  });
  const label = await page.$$eval(
    "article.notebook form input[type=radio], article.notebook form select option",
    (inputs, index) => {
      const input = inputs[index];
      if (input instanceof HTMLOptionElement) {
        const select = input.closest("select") as HTMLSelectElement;
        select.value = input.value;
        select.dispatchEvent(new Event("input", { bubbles: true }));
        return `select ${input.textContent}`;
      }
      (input as HTMLInputElement).click();
      return `radio ${(input as HTMLInputElement).value}`;
    },
    index,
  );
  await page.waitForSelector("figure.blauw-chart:not([data-seen])");
  await waitForCharts(page);
  return label;
}

describe("chart text in the reader's language", () => {
  for (const slug of notebooks) {
    for (const locale of ["nl", "en"] as const) {
      it(`${slug} (${locale}): no other locale's number formats${locale === "en" ? " and no Dutch words" : ""} in charts, tips, aria texts and exports`, async () => {
        const { page, errors } = await openNotebook(slug, locale);
        // In English the page says plainly, above the prose, that the prose stays Dutch.
        const proseNote = await page.$$eval("article.notebook .prose-language", (notes) =>
          notes.map((note) => ({ lang: note.getAttribute("lang"), text: note.textContent ?? "" })),
        );
        if (locale === "en")
          expect(proseNote).toEqual([{ lang: "en", text: expect.stringMatching(/in Dutch/) }]);
        else expect(proseNote).toEqual([]);
        const first = await walkCharts(page, "default");
        expect(first.tips.size, `${slug} has charts`).toBeGreaterThanOrEqual(2);
        for (const [id, count] of first.tips) expect(count, `${slug} ${id} shows tips`).toBeGreaterThan(0);
        const texts = [...first.texts];
        for (const index of await inputStates(page)) {
          const state = await chooseInput(page, Number(index));
          texts.push(...(await walkCharts(page, state)).texts);
        }
        expect(allLocaleSlips(texts, locale)).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }
});

// Small synthetic exports in the layouts of tables 47008NED and 47013NED (made up for this test, not
// real figures): enough to draw the notebooks' charts from the reader's own file, monthly chart included.
const ownFiles = {
  "reaction-times": {
    name: "mijn-47008NED.csv",
    csv: [
      "RegioS,Perioden,Totaal_2,Reactietijd0Tot15Minuten_3",
      '"NL01  ",2023JJ00,12000,9900',
      '"NL01  ",2024MM01,1000,870',
      '"NL01  ",2024MM02,1100,905',
      '"NL01  ",2024MM03,1050,884',
    ].join("\n"),
  },
  "internet-reports": {
    name: "mijn-47013NED.csv",
    csv: [
      "SoortMisdrijf,RegioS,Perioden,GeregistreerdeMisdrijven_1,Internetaangiften_3",
      '"0.0.0 ","NL01  ",2022JJ00,800000,350000',
      '"0.0.0 ","NL01  ",2023MM01,70000,30000',
      '"0.0.0 ","NL01  ",2023MM02,70000,31000',
    ].join("\n"),
  },
};

describe("chart text in the reader's language, drawn from the reader's own file", () => {
  for (const [slug, file] of Object.entries(ownFiles)) {
    for (const locale of ["nl", "en"] as const) {
      it(`${slug} (${locale}) with ${file.name}`, async () => {
        const { page, errors } = await openNotebook(slug, locale);
        const before = (await charts(page)).length;
        await page.$$eval("figure.blauw-chart", (figures) => {
          for (const figure of figures) figure.setAttribute("data-seen", "");
        });
        await dropFile(page, file.name, file.csv);
        await page.waitForSelector(".upload-back");
        await page.waitForFunction(
          (name) =>
            [...document.querySelectorAll(".blauw-chart-subtitle")].some((p) =>
              p.textContent?.includes(name),
            ),
          file.name,
        );
        await waitForCharts(page);
        const { texts } = await walkCharts(page, "own file");
        expect(texts.some((text) => text.text.includes(file.name))).toBe(true);
        if (slug === "reaction-times") expect((await charts(page)).length).toBe(before + 1); // the monthly chart
        expect(allLocaleSlips(texts, locale)).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }
});
