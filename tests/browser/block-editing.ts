import { readFileSync } from "node:fs";
import type { Browser, Download, Page } from "playwright-core";
import { openFresh } from "./helpers.ts";

/** Opens notebook `slug` of the test site in a fresh context and presses Bewerken; its errors collected. */
export async function openEditing(
  browser: Browser,
  siteUrl: string,
  slug: string,
): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await openFresh(
    browser,
    `${siteUrl}#/${slug}`,
    ".notebook-body .cell .cell-value",
  );
  await page.getByRole("button", { name: "Bewerken" }).click();
  await page.waitForSelector(".block-editor .cm-content");
  return { page, errors };
}

/** The file the edit bar's Downloaden gives. */
export async function downloaded(page: Page): Promise<string> {
  const [download] = (await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Downloaden" }).click(),
  ])) as [Download, unknown];
  return readFileSync(await download.path(), "utf8");
}

/** The text of each block's editor, in page order. */
export const editorTexts = (page: Page): Promise<string[]> =>
  page.$$eval(".notebook-body > .block-editor .cm-content", (elements) =>
    elements.map((element) =>
      [...element.querySelectorAll(".cm-line")].map((line) => line.textContent).join("\n"),
    ),
  );

/** The accessible name (or text) of the element with the focus. */
export const focusedLabel = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active?.getAttribute("aria-label") ?? active?.textContent ?? "";
  });
