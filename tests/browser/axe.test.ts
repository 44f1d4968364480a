/*
 * axe-core (all WCAG 2.0/2.1 A and AA rules, and its best practices) on every kind of page, in both
 * languages and both colour schemes. A failure names the rule, its impact and the elements it found.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { dropFile, useBrowser } from "./helpers.ts";

const siteUrl = inject("siteUrl");
const browser = useBrowser();
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const notebooks = ["reaction-times", "internet-reports", "doxing", "budget-gaps", "police-capacity"];
const sheets = ["kamerbrief-politie-maart-2026", "antwoorden-eerste-kamer-t03934"];
const combos = [
  { locale: "nl", scheme: "light" },
  { locale: "en", scheme: "dark" },
  { locale: "en", scheme: "light" },
  { locale: "nl", scheme: "dark" },
] as const;
type Combo = (typeof combos)[number];

async function contextFor({ locale, scheme }: Combo): Promise<BrowserContext> {
  // The site's Content-Security-Policy allows no injected script; axe is the test's, not the page's.
  const context = await browser().newContext({
    bypassCSP: true,
    colorScheme: scheme,
    viewport: { width: 1280, height: 900 },
  });
  await context.addInitScript((locale) => localStorage.setItem("blauw-locale", locale), locale);
  return context;
}

/** Every violation axe finds on the page as it is now, one line each: rule (impact): targets. */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(...args: unknown[]): Promise<AxeResult> } }).axe;
    interface AxeResult {
      violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
    }
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    });
    return result.violations.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
  });
}

/** Opens `hash` and waits until the page has drawn what it draws (charts, or the page's heading). */
async function openPage(context: BrowserContext, path: string, ready: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${siteUrl}${path}`);
  await page.waitForSelector(ready);
  // No cell still running: everything the page will show is there.
  await page.waitForFunction(() => !document.querySelector(".cell-running"));
  return page;
}

describe.each(combos)("axe-core finds no violation ($locale, $scheme)", (combo) => {
  it("on the home page, every notebook and every fact sheet", async () => {
    const context = await contextFor(combo);
    const found: Record<string, string[]> = {};
    const pages: [string, string][] = [
      ["#/", ".cards .card"],
      ...notebooks.map((slug): [string, string] => [`#/${slug}`, ".cell[data-cell-id] figure svg"]),
      ...sheets.map((sheet): [string, string] => [`#/bron/${sheet}`, "article h1"]),
    ];
    for (const [path, ready] of pages) {
      const page = await openPage(context, path, ready);
      const list = await violations(page);
      if (list.length > 0) found[path] = list;
      await page.close();
    }
    await context.close();
    expect(found).toEqual({});
  });

  it("on the scratch page with a file, and on an embedded chart", async () => {
    const context = await contextFor(combo);
    const scratch = await openPage(context, "#/", ".cards .card");
    const csv = readFileSync(new URL("../fixtures/csv/statline-table-47008.csv", import.meta.url), "utf8");
    await dropFile(scratch, "statline-table-47008.csv", csv);
    await scratch.waitForSelector("article.scratch .scratch-chart-output svg");
    const embed = await openPage(context, "embed.html#/reaction-times/share-within-15-minutes", "figure svg");
    const found = { scratch: await violations(scratch), embed: await violations(embed) };
    await context.close();
    expect(found).toEqual({ scratch: [], embed: [] });
  });
});

describe("the focus ring", () => {
  it.each(combos.slice(0, 2))(
    "is drawn, 3 px and at 3:1 against the page, on every control Tab reaches ($locale, $scheme)",
    async (combo) => {
      const context = await contextFor(combo);
      const page = await openPage(context, "#/police-capacity", ".cell[data-cell-id] figure svg");
      const seen: string[] = [];
      const weak: string[] = [];
      for (let stop = 0; stop < 60; stop++) {
        await page.keyboard.press("Tab");
        const ring = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (!element || element === document.body) return null;
          const style = getComputedStyle(element);
          // The page's background, as the ring is drawn over it (just outside the control).
          const background =
            [document.body, document.documentElement]
              .map((node) => getComputedStyle(node).backgroundColor)
              .find((color) => color !== "rgba(0, 0, 0, 0)") ?? "rgb(255, 255, 255)";
          const name = `${element.tagName.toLowerCase()}.${element.className || "-"} "${(element.getAttribute("aria-label") ?? element.textContent ?? "").trim().slice(0, 30)}"`;
          return {
            name,
            style: style.outlineStyle,
            width: style.outlineWidth,
            color: style.outlineColor,
            background,
          };
        });
        if (!ring) continue;
        seen.push(ring.name);
        const contrast = contrastRatio(ring.color, ring.background);
        if (ring.style === "none" || Number.parseFloat(ring.width) < 3 || contrast < 3)
          weak.push(
            `${ring.name}: ${ring.style} ${ring.width} ${ring.color} on ${ring.background} (${contrast.toFixed(2)}:1)`,
          );
      }
      await context.close();
      // The walk reached the header, the inputs and the charts' toolbars.
      expect(seen.some((name) => name.startsWith("input"))).toBe(true);
      expect(seen.some((name) => name.includes("SVG"))).toBe(true);
      expect(weak).toEqual([]);
    },
  );
});

/** WCAG contrast ratio of two CSS colours given as rgb()/rgba() (alpha ignored: the ring is opaque). */
function contrastRatio(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = (color.match(/[\d.]+/g) ?? ["0", "0", "0"]).slice(0, 3).map(Number);
    const channel = (value: number) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(bl);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe("reduced motion", () => {
  it("turns the page's transitions off when the reader asks for less motion, and only then", async () => {
    const durations: Record<string, string> = {};
    for (const reducedMotion of ["reduce", "no-preference"] as const) {
      const context = await browser().newContext({ reducedMotion });
      const page = await context.newPage();
      await page.goto(`${siteUrl}#/doxing`);
      await page.waitForSelector(".cell[data-cell-id] figure svg");
      // A cell that runs again fades while it runs (`.cell-running`).
      durations[reducedMotion] = await page.evaluate(() => {
        const cell = document.querySelector(".cell") as HTMLElement;
        cell.classList.add("cell-running");
        return getComputedStyle(cell).transitionDuration;
      });
      await context.close();
    }
    expect(durations).toEqual({ reduce: "0s", "no-preference": "0.2s" });
  });
});
