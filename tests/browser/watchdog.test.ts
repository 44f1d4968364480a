import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { dropFile, useBrowser } from "./helpers.ts";

const siteUrl = inject("siteUrl");
const browser = useBrowser();

// Synthetic, for this test only: three years and a count.
const csv = "jaar;aantal\n2022;4\n2023;5\n2024;6\n";
const dataRows = csv.trim().split("\n").length - 1;

/** A page whose next loads fail as asked (set before the page's own scripts run), with a short watchdog. */
async function faultyPage(hooks: { hangLoads?: number; crashLoads?: number }, locale = "nl"): Promise<Page> {
  const page = await browser().newPage({ viewport: { width: 1000, height: 800 } });
  await page.addInitScript(
    ({ hooks, locale }) => {
      Object.assign(window, { __blauwTest: { stallSeconds: 1, ...hooks } });
      localStorage.setItem("blauw-locale", locale);
    },
    { hooks, locale },
  );
  await page.goto(siteUrl);
  await page.waitForSelector(".cards");
  return page;
}

const stalledText = (page: Page) => page.textContent(".load-stalled-text");
const focused = (page: Page) => page.evaluate(() => document.activeElement?.className ?? "");

describe("a loader worker that stops answering", () => {
  it("is said plainly after a silence, in an alert, and Try again (keyboard) reads the file", async () => {
    const page = await faultyPage({ hangLoads: 1 });
    await dropFile(page, "jaren.csv", csv);
    await page.waitForSelector(".load-stalled-text:not(:empty)");
    expect(await stalledText(page)).toBe(
      "Het lezen staat al 1 seconde stil: de lezer antwoordt niet meer. Probeer het opnieuw, of stop.",
    );
    expect(await page.$eval(".load-stalled-text", (p) => p.closest('[role="alert"]') !== null)).toBe(true);
    // The focus is on Try again; the ordinary Cancel button gives way to Stop.
    expect(await focused(page)).toBe("load-retry");
    expect(await page.isVisible(".load-stop")).toBe(true);
    expect(await page.isVisible(".load-cancel")).toBe(false);
    await page.keyboard.press("Enter");
    await page.waitForSelector("article.scratch");
    expect(await page.textContent("article.scratch h1")).toBe("jaren.csv");
    expect(await page.$$eval(".scratch-rows table tbody tr", (rows) => rows.length)).toBe(dataRows);
    await page.close();
  });

  it("is stopped with Stop: the page goes back to where it was, and the next file loads", async () => {
    const page = await faultyPage({ hangLoads: 1 }, "en");
    await dropFile(page, "years.csv", csv);
    await page.waitForSelector(".load-stalled-text:not(:empty)");
    expect(await stalledText(page)).toBe(
      "Reading has been stuck for 1 second: the reader stopped answering. Try again, or stop.",
    );
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("load-stop");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".cards");
    expect(await page.$(".load-progress")).toBeNull();
    // The hung worker was ended, not kept: the next file is read by a worker that answers.
    await dropFile(page, "years.csv", csv);
    await page.waitForSelector("article.scratch");
    expect(await page.$$eval(".scratch-rows table tbody tr", (rows) => rows.length)).toBe(dataRows);
    await page.close();
  });

  it("on a notebook that takes a file: said in the toast, and Try again reads the file there", async () => {
    const page = await faultyPage({ hangLoads: 1 });
    await page.goto(`${siteUrl}#/reaction-times`);
    await page.waitForSelector('.cell[data-cell-id="share-within-15-minutes"] svg');
    await dropFile(page, "iets-anders.csv", "RegioS,Perioden,Aantal\nNL01,2024JJ00,5\n");
    await page.waitForSelector(".toast .load-stalled-text:not(:empty)");
    expect(await focused(page)).toBe("load-retry");
    await page.keyboard.press("Enter");
    // Read this time: the notebook says which of its columns the file lacks.
    await page.waitForSelector(".toast .upload-actions");
    expect(await page.textContent(".toast-body")).toContain("Totaal_2, Reactietijd0Tot15Minuten_3");
    await page.close();
  });

  it("is stopped when the reader closes its toast or leaves the page, never left spinning", async () => {
    const page = await faultyPage({ hangLoads: 2 });
    // Count the workers the page ends.
    await page.evaluate(() => {
      const counter = window as unknown as { ended: number };
      counter.ended = 0;
      const terminate = Worker.prototype.terminate;
      Worker.prototype.terminate = function (this: Worker) {
        counter.ended++;
        terminate.call(this);
      };
    });
    const ended = () => page.evaluate(() => (window as unknown as { ended: number }).ended);
    await page.goto(`${siteUrl}#/reaction-times`);
    await page.waitForSelector('.cell[data-cell-id="share-within-15-minutes"] svg');
    await dropFile(page, "iets-anders.csv", "RegioS,Perioden,Aantal\nNL01,2024JJ00,5\n");
    await page.waitForSelector(".toast .load-stalled-text:not(:empty)");
    const before = await ended();
    await page.keyboard.press("Escape");
    expect(await page.$(".toast")).toBeNull();
    expect(await ended()).toBeGreaterThan(before);

    // On the home page, a stuck reading is ended when the reader goes to a notebook.
    await page.goto(`${siteUrl}#/`);
    await page.waitForSelector(".cards");
    await dropFile(page, "jaren.csv", csv);
    await page.waitForSelector(".load-stalled-text:not(:empty)");
    const stuck = await ended();
    await page.evaluate(() => {
      window.location.hash = "#/doxing";
    });
    await page.waitForSelector(".blauw-chart svg");
    expect(await ended()).toBeGreaterThan(stuck);
    await page.close();
  });

  it("that fails (an error event) is said the same way, and Try again reads the file", async () => {
    const page = await faultyPage({ crashLoads: 1 });
    await dropFile(page, "jaren.csv", csv);
    await page.waitForSelector(".load-stalled-text:not(:empty)");
    expect(await stalledText(page)).toMatch(/^Het lezen is vastgelopen: de lezer stopte met een fout/);
    expect(await stalledText(page)).toContain("a fault asked for by a test");
    await page.click(".load-retry");
    await page.waitForSelector("article.scratch");
    expect(await page.$$eval(".scratch-rows table tbody tr", (rows) => rows.length)).toBe(dataRows);
    await page.close();
  });
});
