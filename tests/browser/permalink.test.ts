import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { collectErrors } from "../../src/cli/chromium.ts";
import { parseNotebook } from "../../src/notebook/parse/index.ts";
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

/** The position of the cell that declares `name` in a notebook: the key old links used (`c<n>`). */
function positionKey(slug: string, name: string): string {
  const { blocks } = parseNotebook(readFileSync(`notebooks/${slug}.md`, "utf8"));
  const cell = blocks.find(
    (block) => block.kind === "code" && new RegExp(`const ${name} = view\\(`).test(block.source),
  );
  if (cell?.kind !== "code") throw new Error(`no input ${name} in ${slug}`);
  return `c${cell.index}`;
}

const checkedLabel = (page: Page) =>
  page.$eval('input[type="radio"]:checked', (input) => input.closest("label")?.textContent);

describe("a permalink's inputs", () => {
  it("are read from an old link keyed by the cell's position, and written back by name", async () => {
    const old = positionKey("reaction-times", "bronnen");
    const context = await browser().newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${siteUrl}#/reaction-times?${old}=Alleen+brondocumenten`);
    await settled(page);
    expect(await checkedLabel(page)).toBe("Alleen brondocumenten");
    await page.click('label:has-text("Brondocumenten en openbare bronnen")');
    await page.waitForFunction(() => location.hash.includes("bronnen=Brondocumenten"));
    const hash = await page.evaluate(() => location.hash);
    expect(new URLSearchParams(hash.split("?")[1]).has(old)).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  // Security model: code runs only from the bundle or from what the reader types or opens; never from a URL.
  for (const [kind, path] of [
    ["notebook", "#/reaction-times"],
    ["embed", "embed.html#/reaction-times/share-within-15-minutes"],
  ]) {
    it(`cannot put code into a cell (${kind} address)`, async () => {
      const chartText = async (query: string) => {
        const context = await browser().newContext({ viewport: { width: 1200, height: 900 } });
        const page = await context.newPage();
        const errors = collectErrors(page);
        const dialogs: string[] = [];
        page.on("dialog", (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        await page.goto(`${siteUrl}${path}?${query}`);
        await page.waitForSelector('.cell[data-cell-id="share-within-15-minutes"] figure.blauw-chart svg');
        await page.waitForFunction(() => document.querySelectorAll(".cell-running").length === 0);
        const text = await page.$eval(
          '.cell[data-cell-id="share-within-15-minutes"] figure.blauw-chart',
          (figure) => figure.outerHTML,
        );
        const sources = await page.$$eval(".cell-source", (nodes) => nodes.length);
        await context.close();
        return { text, errors, dialogs, sources };
      };
      const clean = await chartText("bronnen=Alleen+brondocumenten");
      // Keys that name the notebook's other variables, cell positions, the runtime's own names and
      // block ids, with code as their values.
      const code = encodeURIComponent("alert(1)");
      const hostile = await chartText(
        [
          "bronnen=Alleen+brondocumenten",
          `reactie=${code}`,
          `alleRijen=${code}`,
          `c0=${code}`,
          `display=${code}`,
          `view=${code}`,
          `upload=${code}`,
          `Plot=${code}`,
          `${encodeURIComponent("chart:share-within-15-minutes")}=${code}`,
          `${encodeURIComponent("cell 1")}=${code}`,
        ].join("&"),
      );
      expect(hostile.dialogs).toEqual([]);
      expect(hostile.errors).toEqual([]);
      expect(hostile.sources).toBe(0);
      expect(hostile.text).toBe(clean.text);
    });
  }
});
