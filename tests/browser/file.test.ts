import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { collectErrors } from "../../src/cli/chromium.ts";
import { dropFile, useBrowser } from "./helpers.ts";

const siteUrl = inject("siteUrl");
const browser = useBrowser();

/** Records whether the progress panel was ever shown, however briefly. */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const flag = window as unknown as { sawProgress: boolean };
    flag.sawProgress = false;
    new MutationObserver(() => {
      if (document.querySelector(".load-progress progress")) flag.sawProgress = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
}

/** A synthetic 47013NED-shaped table (deterministic; for tests only, not real figures). */
function syntheticCsv(rows: number): string {
  const lines = ["ID;SoortMisdrijf;RegioS;Perioden;GeregistreerdeMisdrijven_1"];
  for (let i = 0; i < rows; i++) {
    const value = i % 97 === 0 ? "." : String((i * 7919) % 5000);
    lines.push(
      `${i};"${(i % 50).toString().padStart(3, "0")}";"GM${String(i % 400).padStart(4, "0")}";${2012 + (i % 12)}MM${String((i % 12) + 1).padStart(2, "0")};${value}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

describe("opening a file", () => {
  it("shows progress, then the rows, the columns, the problems and a first chart", async () => {
    const page = await browser().newPage({ viewport: { width: 1200, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(siteUrl);
    await page.waitForSelector(".cards");
    await watchProgress(page);
    const content = readFileSync(
      join(import.meta.dirname, "../fixtures/csv/messy-header-ragged.csv"),
      "utf8",
    );
    await dropFile(page, "messy.csv", content);
    await page.waitForSelector("article.scratch");
    expect(await page.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress)).toBe(true);
    expect(page.url()).toMatch(/#\/bestand$/);
    expect(await page.textContent("article.scratch h1")).toBe("messy.csv");
    const problems = await page.$$eval(".problems li", (items) => items.map((item) => item.textContent));
    // Said in the page's language (Dutch by default); `inspect` gives the English message.
    expect(problems).toContain('rij 5, kolom “aantal”: "abc" is geen geheel getal; als leeg gelezen');
    expect(problems).toContain("rij 3: 4 cellen verwacht, 3 gevonden; de ontbrekende cellen zijn leeg");
    const header = await page.$$eval(".scratch-rows table thead th", (cells) =>
      cells.map((c) => c.textContent?.trim()),
    );
    expect(header).toEqual(expect.arrayContaining(["jaar", "jaar_2", "column 3", "aantal"]));
    expect(await page.$$eval(".scratch-rows table tbody tr", (rows) => rows.length)).toBe(12);
    expect(await page.$(".scratch-chart svg [aria-label] > *")).not.toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("re-reads the file when the reader changes a column's type", async () => {
    const page = await browser().newPage();
    await page.goto(siteUrl);
    await page.waitForSelector(".cards");
    await dropFile(page, "codes.csv", "code,aantal\n0014,1\n0363,2\n");
    await page.waitForSelector("article.scratch");
    await page.selectOption('select[aria-label="type: code"]', "integer");
    await page.waitForFunction(() =>
      [...document.querySelectorAll(".problems li")].some((li) =>
        li.textContent?.includes('"0014" is geen geheel getal'),
      ),
    );
    await page.close();
  });

  it("keeps answering clicks while a 400,000-row file loads, and can cancel", async () => {
    const page = await browser().newPage();
    await page.goto(siteUrl);
    await page.waitForSelector(".cards");
    await page.evaluate(() => {
      const button = document.createElement("button");
      button.id = "probe";
      button.textContent = "probe";
      button.style.cssText = "position:fixed;bottom:0;left:0;z-index:99";
      let clicks = 0;
      button.addEventListener("click", () => {
        clicks++;
        button.dataset.clicks = String(clicks);
      });
      document.body.append(button);
    });
    await dropFile(page, "big.csv", syntheticCsv(400_000));
    await page.waitForSelector(".load-progress");
    for (let i = 0; i < 3; i++) await page.click("#probe");
    // the clicks were handled while the file was still loading
    expect(await page.getAttribute("#probe", "data-clicks")).toBe("3");
    expect(await page.$(".load-progress")).not.toBeNull();
    await page.click(".load-cancel");
    await page.waitForSelector(".cards");
    expect(await page.$("article.scratch")).toBeNull();
    await page.close();
  });
});
