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
    // The address is the file route, with the first chart's choice (see scratch.test.ts).
    expect(page.url()).toMatch(/#\/bestand\?file=messy\.csv&/);
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
    const csv = syntheticCsv(400_000);
    // A probe button is clicked every 10 ms from a timer while the file loads: on a page whose main
    // thread were blocked, no timer would run until the load was over.
    const clicks = await page.evaluate(async (content) => {
      const probe = document.createElement("button");
      probe.textContent = "probe";
      document.body.append(probe);
      const during: boolean[] = [];
      probe.addEventListener("click", () => during.push(document.querySelector(".load-progress") !== null));
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], "big.csv", { type: "text/csv" }));
      for (const type of ["dragenter", "dragover", "drop"])
        document.dispatchEvent(
          new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
      const timer = setInterval(() => probe.click(), 10);
      await new Promise<void>((resolve) => {
        const done = () => document.querySelector("article.scratch") !== null;
        new MutationObserver(() => done() && resolve()).observe(document.body, {
          childList: true,
          subtree: true,
        });
      });
      clearInterval(timer);
      return during;
    }, csv);
    expect(clicks.filter(Boolean).length).toBeGreaterThanOrEqual(3);

    // The same file again, cancelled as soon as its progress bar shows.
    await page.goto(`${siteUrl}#/`);
    await page.waitForSelector(".cards");
    await page.evaluate((content) => {
      new MutationObserver((_, observer) => {
        const cancel = document.querySelector<HTMLButtonElement>(".load-cancel");
        if (!cancel) return;
        observer.disconnect();
        cancel.click();
      }).observe(document.body, { childList: true, subtree: true });
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], "big.csv", { type: "text/csv" }));
      for (const type of ["dragenter", "dragover", "drop"])
        document.dispatchEvent(
          new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
    }, csv);
    await page.waitForSelector(".cards");
    await page.waitForTimeout(1000); // long enough for the load to have ended, had it not been cancelled
    expect(await page.$("article.scratch")).toBeNull();
    expect(await page.$(".load-progress")).toBeNull();
    await page.close();
  });

  it("reads a big file in two workers, and whole when the cut falls inside a quoted cell", async () => {
    // About 5 MB, so that the loader cuts it in two after the first line feed past the middle; the
    // record at the middle holds a quoted line feed, so that first cut is inside quotes.
    const lines = ["id;tekst;aantal"];
    const filler = "x".repeat(40);
    for (let i = 0; i < 100_000; i++) lines.push(`${i};"${filler} ${i}";${i % 7}`);
    const head = `${lines.join("\n")}\n`;
    const middle = Math.floor(head.length / 2);
    const recordStart = head.lastIndexOf("\n", middle) + 1;
    const quoted = `${head.slice(0, recordStart)}100000;"regel een\nregel twee en nog een stuk tekst";7\n${head.slice(recordStart)}`;
    for (const [name, content, rows] of [
      ["plain.csv", head, 100_000],
      ["quoted.csv", quoted, 100_001],
    ] as const) {
      const page = await browser().newPage();
      const errors = collectErrors(page);
      await page.goto(siteUrl);
      await page.waitForSelector(".cards");
      await dropFile(page, name, content);
      await page.waitForSelector("article.scratch");
      const title = await page.textContent(".scratch-rows h2");
      expect(title).toBe(`Rijen (${new Intl.NumberFormat("nl-NL").format(rows)})`);
      expect(await page.textContent(".problems h2")).toBe("Problemen (0)");
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
