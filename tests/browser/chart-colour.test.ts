/*
 * Colour in the charts, which axe does not check in SVG. WCAG 2.1 contrast: every mark of every notebook
 * chart stands out 3:1 from what is behind it (1.4.11, gridlines excepted) and every text 4.5:1 (1.4.3),
 * in light and dark; colours are read as the browser computes them, blended with their opacity. And
 * not by colour alone (1.4.1): an approximate figure is hollow or dashed, an exact one is not.
 */
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./helpers.ts";

const siteUrl = inject("siteUrl");
const browser = useBrowser();
const notebooks = ["reaction-times", "internet-reports", "doxing", "budget-gaps", "police-capacity"];

type Rgba = [number, number, number, number];

/** "rgb(0, 114, 178)" or "rgba(…, 0.5)" → [r, g, b, a]; null for "none" and other non-colours. */
function parse(colour: string): Rgba | null {
  const match = /^rgba?\(([^)]+)\)$/.exec(colour.trim());
  if (!match) return null;
  const [r, g, b, a = 1] = match[1]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return [r, g, b, a];
}

/** `colour` with `alpha` laid over an opaque `backdrop`. */
function over([r, g, b, a]: Rgba, alpha: number, backdrop: Rgba): Rgba {
  const k = a * alpha;
  return [r * k + backdrop[0] * (1 - k), g * k + backdrop[1] * (1 - k), b * k + backdrop[2] * (1 - k), 1];
}

/** WCAG 2.1 relative luminance and contrast ratio. */
function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe("contrast checks", () => {
  it("compute WCAG's ratios (black on white 21:1, #767676 on white 4.54:1)", () => {
    const white: Rgba = [255, 255, 255, 1];
    expect(contrast([0, 0, 0, 1], white)).toBeCloseTo(21, 5);
    expect(contrast([118, 118, 118, 1], white)).toBeCloseTo(4.54, 2);
    expect(contrast(over([0, 0, 0, 1], 0.5, white), white)).toBeLessThan(contrast([0, 0, 0, 1], white));
  });
});

/** What one drawn element shows, as the page computes it. */
interface Drawn {
  chart: string;
  group: string;
  tag: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
  fillAlpha: number;
  strokeAlpha: number;
  /** The colour right behind it: a bar under a label, else the page. */
  backdrop: string;
}

describe("chart marks and texts against what is behind them", () => {
  // Windows' high-contrast themes: the system's colours replace the page's (forced-colors: active).
  const modes = [
    { scheme: "light", forced: false },
    { scheme: "dark", forced: false },
    { scheme: "light", forced: true },
    { scheme: "dark", forced: true },
  ] as const;
  for (const { scheme, forced } of modes) {
    for (const slug of notebooks) {
      it(`${slug}, ${scheme}${forced ? ", forced colours" : ""}: marks 3:1, texts 4.5:1`, async () => {
        const page = await browser().newPage({
          viewport: { width: 1280, height: 900 },
          colorScheme: scheme,
          forcedColors: forced ? "active" : "none",
        });
        await page.goto(`${siteUrl}#/${slug}`);
        await page.waitForSelector(".cell[data-cell-id] figure.blauw-chart svg");
        await page.waitForFunction(() => !document.querySelector(".cell-running"));
        expect(await page.evaluate(() => matchMedia("(forced-colors: active)").matches)).toBe(forced);
        const drawn: Drawn[] = await page.$$eval("figure.blauw-chart", (figures) => {
          const opaque = (element: Element | null): string => {
            for (let node = element; node; node = node.parentElement) {
              const colour = getComputedStyle(node).backgroundColor;
              if (colour && !/^rgba\(.*,\s*0\)$|transparent/.test(colour)) return colour;
            }
            return "rgb(255, 255, 255)";
          };
          const out: Drawn[] = [];
          for (const figure of figures) {
            const chart = figure.querySelector(".blauw-chart-title")?.textContent ?? "";
            const page = opaque(figure);
            // The plot and, where a chart has one, its legend's swatches.
            for (const element of figure.querySelectorAll(
              "svg circle, svg rect, svg path, svg line, svg text, svg polygon",
            )) {
              const svg = (element as SVGGraphicsElement).ownerSVGElement as SVGSVGElement;
              const name = element.closest("g[aria-label]")?.getAttribute("aria-label") ?? "legend";
              if (/grid/.test(name)) continue;
              const style = getComputedStyle(element);
              const box = element.getBoundingClientRect();
              if (box.width === 0 && box.height === 0) continue;
              const opacity = Number(style.opacity);
              let backdrop = page;
              if (element.tagName === "text") {
                // A label inside a bar is read against the bar (hit-testing needs it on screen).
                element.scrollIntoView({ block: "center", inline: "center" });
                const place = element.getBoundingClientRect();
                const under = document
                  .elementsFromPoint(place.left + place.width / 2, place.top + place.height / 2)
                  .find(
                    (shape) =>
                      shape !== element && /^(rect|path|circle)$/.test(shape.tagName) && svg.contains(shape),
                  );
                const style = under && getComputedStyle(under);
                if (style?.fill.startsWith("rgb") && Number(style.fillOpacity) === 1) backdrop = style.fill;
              }
              out.push({
                chart,
                group: name,
                tag: element.tagName,
                fill: style.fill,
                stroke: style.stroke,
                strokeWidth: Number.parseFloat(style.strokeWidth),
                fillAlpha: opacity * Number(style.fillOpacity),
                strokeAlpha: opacity * Number(style.strokeOpacity),
                backdrop,
              });
            }
          }
          return out;
        });
        expect(drawn.length).toBeGreaterThan(10);
        const failures: string[] = [];
        for (const one of drawn) {
          const backdrop = parse(one.backdrop) as Rgba;
          const text = one.tag === "text";
          // A text is its fill; a shape is seen by its fill and by an outline of at least 1 px.
          const seen = [
            parse(one.fill) && one.fillAlpha > 0
              ? over(parse(one.fill) as Rgba, one.fillAlpha, backdrop)
              : null,
            !text && parse(one.stroke) && one.strokeWidth >= 1 && one.strokeAlpha > 0
              ? over(parse(one.stroke) as Rgba, one.strokeAlpha, backdrop)
              : null,
          ].filter((colour): colour is Rgba => colour !== null);
          const best = Math.max(0, ...seen.map((colour) => contrast(colour, backdrop)));
          const needed = text ? 4.5 : 3;
          if (best < needed)
            failures.push(
              `${one.chart} · ${one.group} ${one.tag}: fill ${one.fill}, stroke ${one.stroke} on ${one.backdrop} = ${best.toFixed(2)}:1 < ${needed}:1`,
            );
        }
        expect([...new Set(failures)]).toEqual([]);
        await page.close();
      });
    }
  }
});

describe("approximate figures told apart without colour", () => {
  for (const slug of notebooks) {
    it(`${slug}: each chart draws as many hollow or dashed marks as its table has approximate figures`, async () => {
      const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${siteUrl}#/${slug}`);
      await page.waitForSelector(".cell[data-cell-id] figure.blauw-chart svg");
      await page.waitForFunction(() => !document.querySelector(".cell-running"));
      for (const button of await page.$$('.chart-toolbar button:text-is("Tabel")')) await button.click();
      const charts = await page.$$eval(".cell[data-cell-id]", (cells) =>
        cells
          .filter((cell) => cell.querySelector("figure.blauw-chart .chart-table, .chart-table"))
          .map((cell) => {
            // The table's figure column says "≈ 400.000 (zo'n)" for a figure the source hedges.
            const figures = [...cell.querySelectorAll(".chart-table tbody td.chart-table-figure")].map(
              (td) => td.textContent ?? "",
            );
            const marks = [
              ...cell.querySelectorAll(
                "figure svg g[aria-label=dot] circle, figure svg g[aria-label=bar] rect",
              ),
            ].map((mark) => {
              const style = getComputedStyle(mark);
              return (
                style.fill === "none" || style.strokeDasharray !== "none" || Number(style.fillOpacity) < 1
              );
            });
            return {
              chart: cell.getAttribute("data-cell-id"),
              rows: figures.length,
              approximate: figures.filter((figure) => figure.startsWith("≈")).length,
              marks: marks.length,
              marked: marks.filter(Boolean).length,
            };
          }),
      );
      expect(charts.length).toBeGreaterThan(1);
      for (const chart of charts) {
        expect(chart.rows, String(chart.chart)).toBeGreaterThan(0);
        expect(chart.marked, String(chart.chart)).toBe(chart.approximate);
      }
      await page.close();
    });
  }
});
