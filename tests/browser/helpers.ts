import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { collectErrors, launchChromium } from "../../src/cli/chromium.ts";

/** One Chromium per test file: launched before its tests, closed after. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("Chromium is not running");
    return browser;
  };
}

/** Drops a file on the page the way a browser does: dragenter, dragover and drop with a DataTransfer. */
export async function dropFile(page: Page, name: string, content: string): Promise<void> {
  await dropFiles(page, [{ name, content }]);
}

/** Drops several files at once, in this order, as one DataTransfer. */
export async function dropFiles(page: Page, files: { name: string; content: string }[]): Promise<void> {
  await page.evaluate((files) => {
    const transfer = new DataTransfer();
    for (const { name, content } of files)
      transfer.items.add(new File([content], name, { type: "text/csv" }));
    for (const type of ["dragenter", "dragover", "drop"]) {
      document.dispatchEvent(
        new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }
  }, files);
}

/** The window the editing tests use: a desktop width, downloads kept. */
export const editingWindow = { viewport: { width: 1200, height: 900 }, acceptDownloads: true } as const;

/** A page in a fresh context at `url`, its console errors collected, once `ready` is on the page. */
export async function openFresh(
  browser: Browser,
  url: string,
  ready: string,
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext(editingWindow);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(url);
  await page.waitForSelector(ready);
  return { page, errors };
}
