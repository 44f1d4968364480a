import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { downloaded, editorTexts, openEditing as openOn } from "./block-editing.ts";
import { useBrowser } from "./helpers.ts";

const siteUrl = inject("siteUrl");
const browser = useBrowser();
// The fixture tests/fixtures/site-notebooks/test-blocks.md ends with prose, a cell (`const los = 1;`)
// and prose again: blocks 5, 6 and 7.
const slug = "test-blocks";
const original = readFileSync(new URL(`../fixtures/site-notebooks/${slug}.md`, import.meta.url), "utf8");

const openEditing = () => openOn(browser(), siteUrl, slug);

const blockCount = (page: Page, blocks: number) =>
  page.waitForFunction(
    (blocks) =>
      document.querySelectorAll(".notebook-body > .block-editor").length === blocks &&
      document.querySelectorAll(".notebook-body > .prose, .notebook-body > .cell").length === blocks,
    blocks,
  );

/** Types `text` at the end of a prose block's editor, without showing it. */
async function typeAtEnd(page: Page, block: number, text: string): Promise<void> {
  await page
    .getByRole("textbox", { name: `Markdown van blok ${block} (Shift-Enter toont de tekst)` })
    .click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type(text);
}

describe("prose joined and split while editing", () => {
  it("keeps what was typed in both prose editors, unshown, when the cell between them is deleted", async () => {
    const { page, errors } = await openEditing();
    const before = await editorTexts(page);
    await typeAtEnd(page, 5, " Getypt in vijf.");
    await typeAtEnd(page, 7, " Getypt in zeven.");
    await page.getByRole("button", { name: "Blok 6 verwijderen" }).click();
    await blockCount(page, 5);
    const joined = (await editorTexts(page))[4];
    // Both typed texts are in the joined editor, each after its own paragraph.
    expect(joined).toBe(`${before[4]} Getypt in vijf.\n\n${before[6]} Getypt in zeven.`);
    // Typed, not shown: the saved file holds the paragraphs as they were shown.
    expect(await downloaded(page)).not.toContain("Getypt");
    // Undo gives each editor back what was typed in it.
    await page.getByRole("button", { name: "Ongedaan maken" }).click();
    await blockCount(page, 7);
    const undone = await editorTexts(page);
    expect(undone[4]).toBe(`${before[4]} Getypt in vijf.`);
    expect(undone[6]).toBe(`${before[6]} Getypt in zeven.`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("splits the joined prose again when the cell that left it comes back", async () => {
    const { page, errors } = await openEditing();
    const before = await editorTexts(page);
    // Up: the cell leaves its place between two prose blocks, which join.
    await page.getByRole("button", { name: "Blok 6 omhoog" }).click();
    await blockCount(page, 6);
    expect((await editorTexts(page))[5]).toBe(`${before[4]}\n\n${before[6]}`);
    // Down again: it is back between them, and the file is the fixture's.
    await page.getByRole("button", { name: "Blok 5 omlaag" }).click();
    await blockCount(page, 7);
    expect(await editorTexts(page)).toEqual(before);
    expect(await downloaded(page)).toBe(original);
    // The same by keyboard, the other way: down past the last prose, and up again.
    await page.getByRole("textbox", { name: "Code van cel 4 (Shift-Enter voert uit)" }).click();
    await page.keyboard.press("Control+Shift+ArrowDown");
    await blockCount(page, 6);
    expect((await editorTexts(page))[4]).toBe(`${before[4]}\n\n${before[6]}`);
    await page.keyboard.press("Control+Shift+ArrowUp");
    await blockCount(page, 7);
    expect(await editorTexts(page)).toEqual(before);
    expect(await downloaded(page)).toBe(original);
    await page.reload();
    await blockCount(page, 7);
    expect(await editorTexts(page)).toEqual(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
