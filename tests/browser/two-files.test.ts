import { describe, expect, inject, it } from "vitest";
import { collectErrors } from "../../src/cli/chromium.ts";
import { dropFiles, useBrowser } from "./helpers.ts";

const siteUrl = inject("siteUrl");
const browser = useBrowser();

// Synthetic, for this test only.
const first = { name: "a.csv", content: "jaar,aantal\n2023,5\n2024,6\n" };
const second = { name: "b.csv", content: "x,y\n1,2\n" };
// A file name is text, never markup.
const hostile = { name: '<img src=x onerror="window.pwned=1">.csv', content: "x,y\n1,2\n" };

describe("two files dropped at once", () => {
  it("opens the first and says the second was not opened (Dutch)", async () => {
    const page = await browser().newPage();
    const errors = collectErrors(page);
    await page.goto(siteUrl);
    await page.waitForSelector(".cards");
    await dropFiles(page, [first, second]);
    await page.waitForSelector("article.scratch");
    expect(await page.textContent("article.scratch h1")).toBe("a.csv");
    await page.waitForSelector(".toast");
    expect(await page.textContent(".toast-body")).toBe(
      "Alleen ‘a.csv’ is geopend; ‘b.csv’ niet (één bestand tegelijk).",
    );
    expect(await page.$eval(".toast", (toast) => toast.closest('[role="status"]') !== null)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says so in English, the names as text", async () => {
    const page = await browser().newPage();
    await page.addInitScript(() => localStorage.setItem("blauw-locale", "en"));
    await page.goto(siteUrl);
    await page.waitForSelector(".cards");
    await dropFiles(page, [first, second, hostile]);
    await page.waitForSelector("article.scratch");
    await page.waitForSelector(".toast");
    expect(await page.textContent(".toast-body")).toBe(
      `Only ‘a.csv’ was opened; ‘b.csv’ and ‘${hostile.name}’ were not (one file at a time).`,
    );
    expect(await page.$(".toast img")).toBeNull();
    expect(await page.evaluate(() => "pwned" in window)).toBe(false);
    await page.close();
  });

  it("on a notebook that takes a file: the message about the file says it too", async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}#/reaction-times`);
    await page.waitForSelector('.cell[data-cell-id="share-within-15-minutes"] svg');
    await dropFiles(page, [
      { name: "iets-anders.csv", content: "RegioS,Perioden,Aantal\nNL01,2024JJ00,5\n" },
      second,
    ]);
    await page.waitForSelector(".toast .upload-actions");
    expect(await page.textContent(".toast-body")).toContain(
      "Alleen ‘iets-anders.csv’ is geopend; ‘b.csv’ niet (één bestand tegelijk).",
    );
    await page.close();
  });
});
