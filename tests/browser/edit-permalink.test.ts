import { describe, expect, inject, it } from "vitest";
import { openFresh, useBrowser } from "./helpers.ts";

const siteUrl = inject("siteUrl");
const browser = useBrowser();
// The fixture tests/fixtures/site-notebooks/test-loop.md: block 2 is a cell with an input, `keuze`.
const slug = "test-loop";

describe("the permalink while editing", () => {
  it("no longer carries a deleted cell's input, at once (before anything runs again)", async () => {
    const { page, errors } = await openFresh(browser(), `${siteUrl}#/${slug}`, ".gekozen");
    await page.locator("form label", { hasText: /^peren$/ }).click();
    await page.waitForSelector(".gekozen:text('Gekozen: peren')");
    await page.waitForFunction(() => location.hash.includes("keuze=peren"));
    await page.getByRole("button", { name: "Bewerken" }).click();
    await page.waitForSelector(".block-editor .cm-content");
    await page.getByRole("button", { name: "Blok 2 verwijderen" }).click();
    await page.waitForFunction(
      () => document.querySelectorAll(".notebook-body > .block-editor").length === 4,
    );
    await page.waitForFunction(() => !location.hash.includes("keuze"));
    expect(new URL(page.url()).hash).toMatch(new RegExp(`^#/${slug}\\?`));
    // Undone, the cell comes back with the value the reader chose, and so does the address.
    await page.getByRole("button", { name: "Ongedaan maken" }).click();
    await page.waitForSelector(".gekozen:text('Gekozen: peren')");
    await page.waitForFunction(() => location.hash.includes("keuze=peren"));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
