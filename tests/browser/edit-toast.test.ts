import { describe, expect, inject, it } from "vitest";
import { focusedLabel, openEditing } from "./block-editing.ts";
import { useBrowser } from "./helpers.ts";

const siteUrl = inject("siteUrl");
const browser = useBrowser();
// The fixture tests/fixtures/site-notebooks/test-blocks.md: seven blocks, the last three prose, a cell, prose.
const slug = "test-blocks";

describe("the Undo of a deleted block, by keyboard", () => {
  it("is the next Tab stop after the place the focus went to, is announced so, and leads back and on", async () => {
    const { page, errors } = await openEditing(browser(), siteUrl, slug);
    await page.getByRole("button", { name: "Blok 4 verwijderen" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () => document.querySelectorAll(".notebook-body > .block-editor").length === 6,
    );
    // The focus is in the next block's editor; the toast says what happened and how to reach Undo.
    expect(await focusedLabel(page)).toBe("Markdown van blok 4 (Shift-Enter toont de tekst)");
    const toast = page.getByRole("status").filter({ hasText: "Blok 4 is verwijderd." });
    expect(await toast.textContent()).toContain("Tab gaat naar Ongedaan maken");
    await page.keyboard.press("Tab");
    expect(await focusedLabel(page)).toBe("Ongedaan maken");
    // Shift-Tab goes back to where the focus was; Tab past the toast goes on to what followed it.
    await page.keyboard.press("Shift+Tab");
    expect(await focusedLabel(page)).toBe("Markdown van blok 4 (Shift-Enter toont de tekst)");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await focusedLabel(page)).toBe("Sluiten");
    await page.keyboard.press("Tab");
    expect(await focusedLabel(page)).toBe("Tekst van blok 4 tonen");
    // Back to Undo, and Enter puts the block back.
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    expect(await focusedLabel(page)).toBe("Ongedaan maken");
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () => document.querySelectorAll(".notebook-body > .block-editor").length === 7,
    );
    expect(await focusedLabel(page)).toBe("Code van cel 3 (Shift-Enter voert uit)");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
