import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { collectErrors } from "../../src/cli/chromium.ts";
import { useBrowser } from "./helpers.ts";

const siteUrl = inject("siteUrl");
const browser = useBrowser();

/** Waits until every chart cell of the notebook has drawn and no cell runs, then two more frames. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      // Before the notebook is mounted there are no cells at all, and "every cell has drawn" holds.
      document.querySelector(".cell[data-cell-id]") !== null &&
      document.querySelectorAll(".cell-running").length === 0 &&
      [...document.querySelectorAll(".cell[data-cell-id]")].every((cell) =>
        cell.querySelector(":scope > figure.blauw-chart svg"),
      ),
    undefined,
    { timeout: 30_000 },
  );
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/** Where the linked chart's cell is in the viewport, and whether the page could scroll further. */
function position(page: Page, chart: string) {
  return page.evaluate((id) => {
    const cell = document.querySelector(`.cell[data-cell-id="${CSS.escape(id)}"]`) as HTMLElement;
    const maxScroll = document.documentElement.scrollHeight - innerHeight;
    return { top: cell.getBoundingClientRect().top, atBottom: scrollY >= maxScroll - 1, height: innerHeight };
  }, chart);
}

describe("a permalink to a chart", () => {
  for (const [width, height] of [
    [1200, 900],
    [360, 740],
  ]) {
    for (const chart of ["prio1-calls-per-year", "gap-to-norm"]) {
      it(`lands on ${chart}, not on a chart above it (${width}px)`, async () => {
        const context = await browser().newContext({ viewport: { width, height } });
        const page = await context.newPage();
        const errors = collectErrors(page);
        // A slower processor, as on a phone: the charts above draw well after the page has scrolled.
        const cdp = await context.newCDPSession(page);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
        await page.goto(`${siteUrl}#/reaction-times/${chart}`);
        await settled(page);
        const { top, atBottom } = await position(page, chart);
        // The chart's top sits in the top area of the viewport; only when the page cannot scroll any
        // further may it sit lower, and then it is still in view.
        expect(top).toBeGreaterThanOrEqual(-1);
        expect(top).toBeLessThan(atBottom ? height / 2 : 80);
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }

  it("lets the reader scroll away while the page is still drawing", async () => {
    const context = await browser().newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${siteUrl}#/reaction-times/gap-to-norm`);
    await page.waitForSelector(".cell[data-cell-id]");
    await page.mouse.move(600, 450);
    await page.mouse.wheel(0, -100_000);
    await settled(page);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await context.close();
  });
});
