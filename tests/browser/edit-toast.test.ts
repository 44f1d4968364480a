import { describe, expect, inject, it } from "vitest";
import { openFresh, useBrowser } from "./helpers.ts";

const siteUrl = inject("siteUrl");
const browser = useBrowser();
// The fixture tests/fixtures/site-notebooks/test-blocks.md: seven blocks, the last three prose, a cell, prose.
const slug = "test-blocks";

describe("the Undo of a deleted block, by keyboard", () => {
  it("is the next Tab stop after the place the focus went to, is announced so, and leads back and on", async () => {
    const { page, errors } = await openFresh(
      browser(),
      `${siteUrl}#/${slug}`,
      ".notebook-body .cell .cell-value",
    );
    await page.getByRole("button", { name: "Bewerken" }).click();
    await page.waitForSelector(".block-editor .cm-content");
    const focused = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        return active?.getAttribute("aria-label") ?? active?.textContent ?? "";
      });
    await page.getByRole("button", { name: "Blok 4 verwijderen" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () => document.querySelectorAll(".notebook-body > .block-editor").length === 6,
    );
    // The focus is in the next block's editor; the toast says what happened and how to reach Undo.
    expect(await focused()).toBe("Markdown van blok 4 (Shift-Enter toont de tekst)");
    const toast = page.getByRole("status").filter({ hasText: "Blok 4 is verwijderd." });
    expect(await toast.textContent()).toContain("Tab gaat naar Ongedaan maken");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("Ongedaan maken");
    // Shift-Tab goes back to where the focus was; Tab past the toast goes on to what followed it.
    await page.keyboard.press("Shift+Tab");
    expect(await focused()).toBe("Markdown van blok 4 (Shift-Enter toont de tekst)");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("Sluiten");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("Tekst van blok 4 tonen");
    // Back to Undo, and Enter puts the block back.
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("Ongedaan maken");
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () => document.querySelectorAll(".notebook-body > .block-editor").length === 7,
    );
    expect(await focused()).toBe("Code van cel 3 (Shift-Enter voert uit)");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
