import { readFileSync } from "node:fs";
import type { Download, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { openFresh, useBrowser } from "./helpers.ts";

const siteUrl = inject("siteUrl");
const browser = useBrowser();

const original = (slug: string) =>
  readFileSync(new URL(`../../notebooks/${slug}.md`, import.meta.url), "utf8");

async function open(slug: string, chart: string): Promise<{ page: Page; errors: string[] }> {
  return openFresh(browser(), `${siteUrl}#/${slug}`, `.cell[data-cell-id="${chart}"] figure svg`);
}

async function startEditing(page: Page): Promise<void> {
  await page.getByRole("button", { name: /Bewerken|Edit/ }).click();
  await page.waitForSelector(".cell-editor .cm-content");
}

/** The text the Downloaden button writes. */
async function downloaded(page: Page, slug: string): Promise<string> {
  const [download] = (await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Downloaden" }).click(),
  ])) as [Download, unknown];
  expect(download.suggestedFilename()).toBe(`${slug}.md`);
  return readFileSync(await download.path(), "utf8");
}

/** Double-clicks the first word of the string token holding `text` in a cell's editor and types over it. */
async function replaceWord(page: Page, blockText: string, text: string, replacement: string): Promise<void> {
  const token = page.locator(".cell-editor .tok-string", { hasText: text }).first();
  // The locator's own double-click waits until the token stands still: the page may still be settling
  // (editors, toolbars and summaries appearing above it) when the editor opens.
  const box = await token.boundingBox();
  if (!box) throw new Error(`no string ${text} in an editor (${blockText})`);
  await token.dblclick({ position: { x: 20, y: box.height / 2 } });
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toMatch(/^\S+$/);
  await page.keyboard.type(replacement);
}

const chartText = (page: Page, chart: string) =>
  page.locator(`.cell[data-cell-id="${chart}"] figure`).first().textContent();

describe("editing a notebook in the browser", () => {
  it("edits a chart's title, runs it with Shift-Enter, keeps it over a reload, downloads it and reverts", async () => {
    const slug = "doxing";
    const chart = "om-doxing-cases";
    const { page, errors } = await open(slug, chart);
    expect(await page.locator(".cm-editor").count()).toBe(0);
    await startEditing(page);
    // Unedited, the download is the bundled file byte for byte.
    expect(await downloaded(page, slug)).toBe(original(slug));

    const title = "Doxingzaken behandeld door het OM";
    expect(await chartText(page, chart)).toContain(title);
    await replaceWord(page, chart, title, "Gewijzigde");
    await page.keyboard.press("Shift+Enter");
    const edited = "Gewijzigde behandeld door het OM";
    await page.waitForFunction(
      ([chart, edited]) =>
        document.querySelector(`.cell[data-cell-id="${chart}"] figure`)?.textContent?.includes(edited),
      [chart, edited],
    );

    // The download differs from the file in that one string only.
    const expected = original(slug).replace(`"${title}"`, `"${edited}"`);
    expect(expected).not.toBe(original(slug));
    expect(await downloaded(page, slug)).toBe(expected);

    // A reload finds the edit: in the editor and in the chart.
    await page.reload();
    await page.waitForSelector(".cell-editor .cm-content");
    await page.waitForFunction(
      ([chart, edited]) =>
        document.querySelector(`.cell[data-cell-id="${chart}"] figure`)?.textContent?.includes(edited),
      [chart, edited],
    );
    expect(await page.locator(".cell-editor .cm-content", { hasText: edited }).count()).toBe(1);
    expect(await downloaded(page, slug)).toBe(expected);

    // Revert asks first, then shows the bundled notebook again.
    page.once("dialog", (dialog) => void dialog.accept());
    await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Terugzetten" }).click()]);
    await page.waitForSelector(`.cell[data-cell-id="${chart}"] figure svg`);
    expect(await chartText(page, chart)).toContain(title);
    expect(await page.locator(".cm-editor").count()).toBe(0);
    await startEditing(page);
    expect(await downloaded(page, slug)).toBe(original(slug));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("re-runs only the edited cell and what reads it; an unrelated cell keeps its run count", async () => {
    const chart = "test-edit-chart";
    const { page, errors } = await open("test-edit", chart);
    const runs = () =>
      page.evaluate(() => (globalThis as { blauwUnrelatedRuns?: number }).blauwUnrelatedRuns);
    expect(await runs()).toBe(1);
    await startEditing(page);
    await replaceWord(page, chart, "Oude titel", "Nieuwe");
    await page.keyboard.press("Shift+Enter");
    await page.waitForFunction(
      (chart) =>
        document
          .querySelector(`.cell[data-cell-id="${chart}"] figure`)
          ?.textContent?.includes("Nieuwe titel"),
      chart,
    );
    // The Run button does the same as Shift-Enter.
    await page.getByRole("button", { name: "Cel 2 uitvoeren" }).click();
    await page.waitForSelector(`.cell[data-cell-id="${chart}"] figure svg`);
    expect(await runs()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows a syntax error with its line and column in the cell, and the rest keeps running", async () => {
    const chart = "test-edit-chart";
    const { page } = await open("test-edit", chart);
    await startEditing(page);
    const editor = page.locator(`.cell-editor[data-block-id="chart:${chart}"] .cm-content`);
    await editor.click();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("const a = 1;\nconst b = (a +;");
    await page.keyboard.press("Shift+Enter");
    const message = page.locator(`.cell[data-cell-id="${chart}"] .cell-error-message`);
    await message.waitFor();
    // Line 2 of the cell; the column where the parser stopped, counted from 1.
    expect(await message.textContent()).toMatch(/regel 2, kolom 15 van de cel/);
    expect(
      await page.evaluate(() => (globalThis as { blauwUnrelatedRuns?: number }).blauwUnrelatedRuns),
    ).toBe(1);
    await page.context().close();
  });

  it("shows a runtime error with its line and column in the cell", async () => {
    const chart = "test-edit-chart";
    const { page } = await open("test-edit", chart);
    await startEditing(page);
    await page.locator(`.cell-editor[data-block-id="chart:${chart}"] .cm-content`).click();
    await page.keyboard.press("ControlOrMeta+a");
    // The error is built on line 2 of the cell, where `new` stands in column 9.
    await page.keyboard.type('const a = 1;\n  throw new Error("kapot");');
    await page.getByRole("button", { name: "Cel 2 uitvoeren" }).click();
    const message = page.locator(`.cell[data-cell-id="${chart}"] .cell-error-message`);
    await message.waitFor();
    expect(await message.textContent()).toBe("Error: kapot (regel 2, kolom 9 van de cel)");
    await page.context().close();
  });

  it("is used by keyboard: Tab moves through editors and Run buttons, Escape leaves an editor", async () => {
    const chart = "test-edit-chart";
    const { page } = await open("test-edit", chart);
    await page.getByRole("button", { name: "Bewerken" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector(".cell-editor .cm-content");
    const focused = () =>
      page.evaluate(
        () => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent,
      );
    // Each block's editor comes after the controls of the block above it (block-controls.ts).
    await page.getByRole("button", { name: "Blok 2 verwijderen" }).focus();
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("Code van cel 2 (Shift-Enter voert uit)");
    const before = await page
      .locator(`.cell-editor[data-block-id="chart:${chart}"] .cm-content`)
      .textContent();
    // Tab is not taken by the editor: focus moves on and the code is unchanged.
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("Cel 2 uitvoeren");
    await page.keyboard.press("Shift+Tab");
    expect(await focused()).toBe("Code van cel 2 (Shift-Enter voert uit)");
    await page.keyboard.press("Escape");
    expect(await focused()).toBe("Cel 2 uitvoeren");
    expect(await page.locator(`.cell-editor[data-block-id="chart:${chart}"] .cm-content`).textContent()).toBe(
      before,
    );
    await page.context().close();
  });
});

describe("a saved edit that cannot be compiled", () => {
  it("leaves the bundled notebook on the page, says so, and offers the kept text as a download", async () => {
    const { page, errors } = await open("doxing", "om-doxing-cases");
    const broken = "---\ntitle: [\n---\n\n# Kapot\n";
    // Stored as the editor stores it (blauw-edits / notebooks, keyed by slug).
    await page.evaluate(
      (text) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open("blauw-edits", 1);
          request.onupgradeneeded = () => request.result.createObjectStore("notebooks", { keyPath: "slug" });
          request.onsuccess = () => {
            const transaction = request.result.transaction("notebooks", "readwrite");
            transaction.objectStore("notebooks").put({ slug: "doxing", text, saved: Date.now() });
            transaction.oncomplete = () => resolve();
            transaction.onerror = () => reject(transaction.error);
          };
          request.onerror = () => reject(request.error);
        }),
      broken,
    );
    await page.reload();
    await page.waitForSelector('.cell[data-cell-id="om-doxing-cases"] figure svg');
    expect(await page.textContent(".notebook-notice")).toContain("kan niet worden gelezen");
    expect(await page.$(".cell-editor")).toBeNull();
    const [download] = (await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Bewaarde versie downloaden" }).click(),
    ])) as [Download, unknown];
    expect(readFileSync(await download.path(), "utf8")).toBe(broken);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
