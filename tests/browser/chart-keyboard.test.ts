import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import {
  type FactRow,
  formatFigure,
  formatQualifier,
  formatWhen,
  type Locale,
  rowLabel,
  sourceLine,
} from "../../src/charts/index.ts";
import { collectErrors } from "../../src/cli/chromium.ts";
import { odataCsv, plainRows, sumBy } from "../charts/cbs-files.ts";
import { dataFile } from "../util/data-file.ts";
import { dropFile, useBrowser } from "./helpers.ts";

const siteUrl = inject("siteUrl");
const browser = useBrowser();

const tags: Record<Locale, string> = { nl: "nl-NL", en: "en-GB" };

/**
 * A figure as the page should write it, computed here with Intl for counts and percentages (the
 * charts' own formatter for euros): "83,7%", "≈ 400.000 (zo'n)".
 */
function figure(row: FactRow, locale: Locale): string {
  if (row.unit !== "count" && row.unit !== "percent") return formatFigure(row, locale);
  const number = new Intl.NumberFormat(tags[locale], { maximumFractionDigits: 2 }).format(row.value);
  const value = row.unit === "percent" ? `${number}%` : number;
  return row.qualifier ? `≈ ${value} (${formatQualifier(row.qualifier, locale)})` : value;
}

/** The start of what the live region should say for a row: "Binnen 15 minuten ter plaatse, 2024: 83,7%". */
function announced(row: FactRow, locale: Locale): string {
  const when = formatWhen(row, locale);
  return `${rowLabel(row, locale)}${when ? `, ${when}` : ""}: ${figure(row, locale)}`;
}

const reaction = dataFile("reaction-times");
const capacity = dataFile("police-capacity");
const total = capacity.find((row) => row.measure === "police-volunteers") as FactRow;
const broad = capacity.find((row) => row.measure === "police-volunteers-broad") as FactRow;

/** One chart of each kind the notebooks draw, and the rows it shows, from the data files. */
const charts: { kind: string; slug: string; chart: string; rows: FactRow[] }[] = [
  {
    kind: "dots on a line, with norm lines (rules)",
    slug: "reaction-times",
    chart: "share-within-15-minutes",
    rows: reaction.filter(
      (row) =>
        (row.measure === "share-within-15-min" && row.year !== null) ||
        row.measure === "norm" ||
        row.measure === "norm-history",
    ),
  },
  {
    kind: "vertical bars",
    slug: "reaction-times",
    chart: "prio1-calls-per-year",
    rows: reaction.filter((row) => row.measure === "prio1-calls"),
  },
  {
    kind: "horizontal bars",
    slug: "internet-reports",
    chart: "reports-without-station-2024",
    rows: dataFile("internet-reports").filter((row) => row.year === 2024),
  },
  {
    kind: "a stacked bar",
    slug: "police-capacity",
    chart: "police-volunteers-2025",
    rows: [
      broad,
      {
        ...total,
        label: "Overige vrijwilligers",
        label_en: "Other volunteers",
        value: total.value - broad.value,
      },
    ],
  },
  {
    kind: "dots on a log scale",
    slug: "budget-gaps",
    chart: "all-amounts",
    rows: dataFile("budget-gaps").filter((row) => row.unit === "euro"),
  },
];

async function open(
  path: string,
  locale: Locale = "nl",
  width = 1280,
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser().newPage({ viewport: { width, height: 900 } });
  const errors = collectErrors(page);
  await page.addInitScript((value) => window.localStorage.setItem("blauw-locale", value), locale);
  await page.goto(`${siteUrl}${path}`);
  return { page, errors };
}

const plotOf = (chart: string) => `.cell[data-cell-id="${chart}"] figure.blauw-chart svg[role="application"]`;

/** Focuses what comes just before the chart in tab order and presses Tab: the chart's plot takes focus. */
async function tabInto(page: Page, chart: string): Promise<void> {
  await page.waitForSelector(plotOf(chart));
  await page.$eval(plotOf(chart), (plot) => {
    const tabbable = [
      ...document.querySelectorAll<HTMLElement | SVGElement>("a[href], button, input, select, [tabindex]"),
    ].filter((element) => element.tabIndex >= 0 && element.getClientRects().length > 0);
    tabbable[tabbable.indexOf(plot as SVGElement) - 1].focus();
  });
  await page.keyboard.press("Tab");
  expect(await page.$eval(plotOf(chart), (plot) => document.activeElement === plot)).toBe(true);
}

const said = (page: Page) => page.$eval("#blauw-chart-announcer", (region) => region.textContent ?? "");

/** Presses a key and returns what the live region says then. */
async function press(page: Page, key: string): Promise<string> {
  await page.keyboard.press(key);
  return said(page);
}

/** Home, then Right as many times as there are figures: what the live region said at each. */
async function walk(page: Page, count: number): Promise<string[]> {
  const texts = [await press(page, "Home")];
  for (let i = 0; i < count; i++) texts.push(await press(page, "ArrowRight"));
  return texts;
}

const position = (text: string, locale: Locale) =>
  new RegExp(`\\((\\d+) ${locale === "nl" ? "van" : "of"} (\\d+)\\)$`).exec(text)?.slice(1).map(Number);

describe("a chart read by keyboard", () => {
  for (const { kind, slug, chart, rows } of charts) {
    it(`${kind} (${slug}, ${chart}): Tab in, arrows through every figure, Home, End, Escape`, async () => {
      const { page, errors } = await open(`#/${slug}`);
      await tabInto(page, chart);
      const title = await page.textContent(`.cell[data-cell-id="${chart}"] .blauw-chart-title`);
      expect(await page.getAttribute(plotOf(chart), "aria-label")).toBe(
        `Grafiek: ${title}. Pijltjestoetsen om de waarden te lezen`,
      );
      expect(await page.getAttribute("#blauw-chart-announcer", "aria-live")).toBe("polite");

      const texts = await walk(page, rows.length);
      // Every figure once, each with its place among all of them, then the last one stays.
      expect(texts.map((text) => position(text, "nl"))).toEqual([
        ...rows.map((_, i) => [i + 1, rows.length]),
        [rows.length, rows.length],
      ]);
      const distinct = [...new Set(texts)];
      expect(distinct).toHaveLength(rows.length);
      for (const row of rows) {
        const match = distinct.filter((text) => text.startsWith(`${announced(row, "nl")}.`));
        expect(match, announced(row, "nl")).toHaveLength(1);
        expect(match[0]).toContain(`${sourceLine(row.source, "nl")} (`);
      }

      // The figure in focus is outlined on the plot and shows its tip, with the same figure.
      const last = rows.find((row) =>
        texts[texts.length - 1].startsWith(`${announced(row, "nl")}.`),
      ) as FactRow;
      const ring = await page.$eval(`.cell[data-cell-id="${chart}"] .chart-focus-ring`, (ring) => {
        const box = ring.getBoundingClientRect();
        const plot = ring.parentElement?.querySelector("svg[role=application]")?.getBoundingClientRect();
        return {
          width: box.width,
          height: box.height,
          inside: !!plot && box.left >= plot.left - 8 && box.right <= plot.right + 8,
        };
      });
      expect(ring.width).toBeGreaterThan(0);
      expect(ring.height).toBeGreaterThan(0);
      expect(ring.inside).toBe(true);
      expect(await page.textContent(`.cell[data-cell-id="${chart}"] .chart-focus-tip`)).toContain(
        figure(last, "nl"),
      );

      expect(await press(page, "Home")).toBe(texts[0]);
      expect(await press(page, "End")).toBe(texts[texts.length - 1]);

      // Escape: the outline and tip go, focus stays on the chart.
      await page.keyboard.press("Escape");
      expect(
        await page.$$(
          `.cell[data-cell-id="${chart}"] .chart-focus-ring, .cell[data-cell-id="${chart}"] .chart-focus-tip`,
        ),
      ).toHaveLength(0);
      expect(await page.$eval(plotOf(chart), (plot) => document.activeElement === plot)).toBe(true);

      // One tab stop: Tab leaves the plot, Shift+Tab comes back to it.
      await page.keyboard.press("Tab");
      expect(await page.$eval(plotOf(chart), (plot) => plot.contains(document.activeElement))).toBe(false);
      await page.keyboard.press("Shift+Tab");
      expect(await page.$eval(plotOf(chart), (plot) => document.activeElement === plot)).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("goes up from the latest share to the norm line above it, and back down", async () => {
    const { page } = await open("#/reaction-times");
    await tabInto(page, "share-within-15-minutes");
    const norm = reaction.find((row) => row.measure === "norm") as FactRow;
    const latest = reaction
      .filter((row) => row.measure === "share-within-15-min" && row.year !== null)
      .sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];
    expect(await press(page, "End")).toContain(announced(latest, "nl"));
    expect(await press(page, "ArrowUp")).toContain(announced(norm, "nl"));
    await page.close();
  });

  it("keeps focus and the figure in focus when the chart is drawn again at a new width", async () => {
    const { page, errors } = await open("#/reaction-times");
    const chart = "share-within-15-minutes";
    await tabInto(page, chart);
    const latest = reaction
      .filter((row) => row.measure === "share-within-15-min" && row.year !== null)
      .sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];
    await press(page, "End");
    const before = await page.$(plotOf(chart));
    await page.setViewportSize({ width: 900, height: 900 });
    // The old plot leaves the page; a new one, drawn for the new width, takes its place.
    await page.waitForFunction((old) => !old?.isConnected, before);
    await page.waitForSelector(plotOf(chart));
    await page.waitForFunction(
      (selector) => document.activeElement === document.querySelector(selector),
      plotOf(chart),
    );
    expect(await page.$(`.cell[data-cell-id="${chart}"] .chart-focus-ring`)).not.toBeNull();
    expect(await page.textContent(`.cell[data-cell-id="${chart}"] .chart-focus-tip`)).toContain(
      figure(latest, "nl"),
    );
    // Reading goes on from there.
    expect(await press(page, "ArrowLeft")).not.toContain(announced(latest, "nl"));
    expect(await press(page, "ArrowRight")).toContain(announced(latest, "nl"));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reads in English with English number formats", async () => {
    const { page } = await open("#/reaction-times", "en");
    await tabInto(page, "share-within-15-minutes");
    const rows = charts[0].rows;
    expect(await page.getAttribute(plotOf("share-within-15-minutes"), "aria-label")).toMatch(
      /^Chart: .*\. Arrow keys to read the values$/,
    );
    const texts = await walk(page, rows.length);
    for (const row of rows)
      expect(
        texts.some((text) => text.startsWith(`${announced(row, "en")}.`)),
        announced(row, "en"),
      ).toBe(true);
    expect(texts.every((text) => /Source: .* \(\d+ of \d+\)$/.test(text))).toBe(true);
    expect(texts.join(" ")).toContain("83.7%");
    await page.close();
  });

  it("works the same in an embed", async () => {
    const { page, errors } = await open("embed.html#/police-capacity/police-volunteers-2025");
    const plot = plotOf("police-volunteers-2025");
    await page.waitForSelector(plot);
    // The chart is the embed's first tab stop.
    await page.keyboard.press("Tab");
    expect(await page.$eval(plot, (svg) => document.activeElement === svg)).toBe(true);
    const rows = charts[3].rows;
    const texts = await walk(page, rows.length);
    expect([...new Set(texts)]).toHaveLength(rows.length);
    for (const row of rows)
      expect(
        texts.some((text) => text.startsWith(`${announced(row, "nl")}.`)),
        announced(row, "nl"),
      ).toBe(true);
    expect(await page.$$(".chart-focus-ring")).toHaveLength(1);
    await page.keyboard.press("Escape");
    expect(await page.$$(".chart-focus-ring")).toHaveLength(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reads the first chart of a dropped file (the scratch page) the same way", async () => {
    const { page, errors } = await open("");
    await page.waitForSelector(".cards");
    const csv = odataCsv();
    await dropFile(page, "misdrijven-odata.csv", csv);
    const plot = '.scratch-chart svg[role="application"]';
    await page.waitForSelector(plot);
    // The national total per year, summed here from the file (synthetic, see cbs-files.ts).
    const expected = sumBy(
      plainRows(csv),
      (row) => row.RegioS === "NL01" && row.SoortMisdrijf === "0.0.0" && /JJ00$/.test(row.Perioden),
      (row) => row.Perioden,
      "GeregistreerdeMisdrijven_1",
    );
    await page.focus(plot);
    const texts = await walk(page, expected.size);
    expect([...new Set(texts)]).toHaveLength(expected.size);
    const number = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });
    for (const [period, value] of expected)
      expect(
        texts.some((text) => text.includes(`, ${period}: ${number.format(value)}.`)),
        period,
      ).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reads the bars of a dropped file's histogram, each bin's range and count", async () => {
    const { page, errors } = await open("");
    await page.waitForSelector(".cards");
    // Synthetic, deterministic: 500 response times in minutes with two decimals, for a file of only numbers.
    const values = Array.from(
      { length: 500 },
      (_, i) => Math.round(((i * 7919) % 2000) + (i % 13) * 3.7) / 100,
    );
    await dropFile(page, "minuten.csv", `minuten\n${values.join("\n")}\n`);
    const plot = '.scratch-chart svg[role="application"]';
    await page.waitForSelector(plot);
    await page.focus(plot);
    const count = await page.$$eval(".scratch-chart svg [aria-label] rect", (rects) => rects.length);
    expect(count).toBeGreaterThan(5);
    const texts = [...new Set(await walk(page, count))];
    expect(texts).toHaveLength(count);
    // "0,5 – 1: 12. Bron: …": each bin's count is the number of values in its range (the last bin closed).
    const bins = texts.map((text) => {
      const match = /^([\d.,-]+) – ([\d.,-]+): ([\d.]+)\./.exec(text);
      expect(match, text).not.toBeNull();
      const [from, to, n] = (match as RegExpExecArray)
        .slice(1)
        .map((part) => Number(part.replace(/\./g, "").replace(",", ".")));
      return { from, to, n };
    });
    bins.sort((a, b) => a.from - b.from);
    for (const [i, { from, to, n }] of bins.entries()) {
      const last = i === bins.length - 1;
      expect(n, `${from} – ${to}`).toBe(values.filter((v) => v >= from && (last ? v <= to : v < to)).length);
    }
    expect(bins.reduce((sum, bin) => sum + bin.n, 0)).toBe(values.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("walks every chart of every notebook: one announcement per row of its table, each with that row's figure", async () => {
    for (const slug of ["reaction-times", "internet-reports", "doxing", "budget-gaps", "police-capacity"]) {
      const { page, errors } = await open(`#/${slug}`);
      await page.waitForSelector(".cell[data-cell-id] figure.blauw-chart svg");
      await page.waitForFunction(() => !document.querySelector(".cell-running"));
      const ids = await page.$$eval(".cell[data-cell-id]", (cells) =>
        cells
          .filter((cell) => cell.querySelector("figure.blauw-chart"))
          .map((cell) => cell.dataset.cellId ?? ""),
      );
      expect(ids.length, slug).toBeGreaterThan(0);
      for (const id of ids) {
        const cellOf = `.cell[data-cell-id="${id}"]`;
        await page.click(`${cellOf} .chart-toolbar button:text-is("Tabel")`);
        // What, figure, when: the table's first three columns (chart-table.test.ts checks them against the CSV).
        const rows = await page.$$eval(`${cellOf} .chart-table tbody tr`, (trs) =>
          trs.map((tr) => [...tr.children].slice(0, 3).map((td) => td.textContent ?? "")),
        );
        await page.focus(plotOf(id));
        const texts = [...new Set(await walk(page, rows.length))];
        expect(texts, `${slug}/${id}`).toHaveLength(rows.length);
        for (const [what, figure, when] of rows) {
          const start = `${what}${when ? `, ${when}` : ""}: ${figure}.`;
          expect(
            texts.filter((text) => text.startsWith(start)),
            `${slug}/${id}: ${start}`,
          ).toHaveLength(1);
        }
      }
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it("gives a screen reader the chart's role, name and description, and the figure's text in a polite live region", async () => {
    const { page } = await open("#/reaction-times");
    const chart = "share-within-15-minutes";
    await tabInto(page, chart);
    const text = await press(page, "End");
    expect(text).not.toBe("");
    // What the browser hands to assistive technology: its accessibility tree.
    const cdp = await page.context().newCDPSession(page);
    interface AxNode {
      nodeId: string;
      role?: { value: string };
      name?: { value: string };
      description?: { value: string };
      properties?: { name: string; value: { value: unknown } }[];
      childIds?: string[];
    }
    const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as { nodes: AxNode[] };
    const property = (node: AxNode, name: string) =>
      node.properties?.find((p) => p.name === name)?.value.value;
    const focused = nodes.filter((node) => property(node, "focused") && node.role?.value !== "RootWebArea");
    expect(focused).toHaveLength(1);
    expect(focused[0].role?.value).toBe("application");
    const title = await page.textContent(`.cell[data-cell-id="${chart}"] .blauw-chart-title`);
    expect(focused[0].name?.value).toBe(`Grafiek: ${title}. Pijltjestoetsen om de waarden te lezen`);
    expect(focused[0].description?.value).toBe(await page.getAttribute(plotOf(chart), "aria-description"));
    // The live region's text, gathered from its descendants as a screen reader would hear it.
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const spoken = (node: AxNode): string =>
      node.role?.value === "StaticText"
        ? (node.name?.value ?? "")
        : (node.childIds ?? []).map((id) => spoken(byId.get(id) as AxNode)).join("");
    const regions = nodes.filter((node) => property(node, "live") === "polite" && spoken(node) !== "");
    expect(regions.map(spoken)).toContain(text);
    await page.close();
  });
});
