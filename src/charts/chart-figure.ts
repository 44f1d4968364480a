import * as Plot from "@observablehq/plot";
import { describeLocator, type SourceDescription } from "../data/index.ts";
import { chartFrameStyle, chartFrameWords } from "./chart-frame-style.ts";
import { axisTicks, bottomAxis, layout } from "./chart-layout.ts";
import { type ChartPoint, recordPoints } from "./chart-points.ts";
import { chartSummary } from "./chart-summary.ts";
import { formatWhen, isApproximate, isDerived } from "./format.ts";
import { categorical } from "./palette.ts";
import { giveMarkGroupsRoles } from "./plot-roles.ts";
import { readingOrder } from "./point-order.ts";
import { maximumHeight, usesScale } from "./responsive.ts";
import { rowLabel } from "./row-label.ts";
import { sourceHref } from "./source.ts";
import type { FactRow, Locale } from "./types.ts";

/** What a chart was drawn from, kept with its figure element by `chartFigure`. */
export interface FigureInfo {
  title: string;
  subtitle?: string;
  note?: string;
  /** The key for approximate figures, when the chart shows one. */
  key?: string;
  /** How Blauw computed the figures it computed ("berekend uit …"), when the chart shows any. */
  derived?: string;
  rows: readonly FactRow[];
  /** Each source once, as the source line names it. */
  sources: readonly FigureSource[];
  description: string;
  locale: Locale;
  /** The figures as drawn, in reading order (see `readingOrder`), in the plot's SVG coordinates. */
  points: readonly ChartPoint[];
  /** The plot's own SVG element: the chart's tab stop. */
  plot: SVGSVGElement | null;
  /** The chart in words (`chartSummary`), as the paragraph under its subtitle says it. */
  summary: string;
}

/** A source of a chart's figures: its locator and how the source line names and links it. */
export type FigureSource = SourceDescription & { locator: string };

/** Filled by `chartFigure`: the export room reads it to compose files. */
export const figureInfo = new WeakMap<Element, FigureInfo>();

export interface ChartFigureOptions {
  document: Document;
  locale: Locale;
  dark?: boolean;
  title: string;
  subtitle?: string;
  note?: string;
  /** The figures the chart shows: their locators make the source line. */
  rows: readonly FactRow[];
  /** What the chart shows, in words, for screen readers. */
  ariaDescription?: string;
  /** The title's heading level: h3 under a notebook's sections; h1 where the chart is the page (an embed). */
  titleLevel?: 1 | 3;
  width?: number;
  height?: number;
  /** The axis that carries the figures: "y" (default, vertical bars and lines) or "x" (horizontal bars). */
  valueAxis?: "x" | "y";
  /** Unit of the figures, for the value axis's ticks; by default the rows' common unit. */
  unit?: string;
  plot: Plot.PlotOptions;
}

function element<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * One chart in Blauw's frame: title, subtitle, the plot, a key for approximate figures, a note and
 * the source line. Every text goes in as text, never as HTML.
 */
export function chartFigure(options: ChartFigureOptions): HTMLElement {
  const { document, locale, title, subtitle, note, rows } = options;
  const figure = element(document, "figure", "blauw-chart");
  // The chart's words follow the reader's language, also inside a notebook whose prose is Dutch.
  figure.lang = locale;
  figure.append(element(document, options.titleLevel === 1 ? "h1" : "h3", "blauw-chart-title", title));
  if (subtitle) figure.append(element(document, "p", "blauw-chart-subtitle", subtitle));
  const width = options.width ?? options.plot.width ?? 640;
  const { scales, ...auto } = layout(options, width);
  const ticks = axisTicks(options);
  const x = { ...options.plot.x, ...scales?.x, ...ticks.x };
  const y = { ...options.plot.y, ...scales?.y, ...ticks.y };
  // The dots, bars and rules of figures record where they are drawn, for reading them by keyboard.
  const recorder = recordPoints(auto.marks ?? options.plot.marks ?? [], rows);
  const marks = recorder.marks;
  const plot = Plot.plot({
    marginTop: 24,
    ...auto,
    ...options.plot,
    x,
    y,
    marks: [...marks, usesScale(marks, "x") ? bottomAxis(x) : null],
    width,
    height: Math.min(maximumHeight, auto.height ?? options.height ?? options.plot.height ?? 400),
    document,
    ariaLabel: title,
    ariaDescription: options.ariaDescription ?? subtitle,
    color: { range: [...categorical], ...options.plot.color },
    style: {
      fontFamily: chartFrameStyle.fontStack,
      fontSize: "12px",
      background: "transparent",
      color: "currentColor",
      overflow: "visible",
      ...(typeof options.plot.style === "object" ? options.plot.style : {}),
    },
  });
  giveMarkGroupsRoles(plot);
  figure.append(plot);
  const points = readingOrder(recorder.points());
  const references = points.filter((point) => point.kind === "rule").map((point) => point.row);
  const summary = chartSummary(rows, { locale, references });
  if (summary) figure.insertBefore(element(document, "p", "blauw-chart-summary", summary), plot);
  const svg =
    plot.tagName.toLowerCase() === "svg"
      ? (plot as SVGSVGElement)
      : plot.querySelector<SVGSVGElement>(":scope > svg");
  const key = rows.some(isApproximate) ? chartFrameWords[locale].approx : undefined;
  if (key) figure.append(element(document, "p", "blauw-chart-key", key));
  const derived = derivedNote(rows, locale);
  if (derived) figure.append(element(document, "p", "blauw-chart-derived", derived));
  if (note) figure.append(element(document, "p", "blauw-chart-note", note));
  const sources = sourcesOf(rows, locale);
  figure.append(sourceParagraph(document, sources, locale));
  // Kept for export: the SVG, the CSV of the rows and the embed are made from these.
  figureInfo.set(figure, {
    title,
    subtitle,
    note,
    key,
    derived,
    rows,
    sources,
    description: options.ariaDescription ?? subtitle ?? title,
    locale,
    points,
    plot: svg,
    summary,
  });
  return figure;
}

/** Each computed figure and how: "Internetaangiften per dag (2019): ruim 300.000 per jaar ÷ 365 dagen". */
function derivedNote(rows: readonly FactRow[], locale: Locale): string | undefined {
  // One entry per label, its periods in order: "Tekort op de norm — 2013: norm 80% min 85,3%; 2014: …".
  const byLabel = new Map<string, FactRow[]>();
  for (const row of rows.filter(isDerived)) {
    const label = rowLabel(row, locale);
    byLabel.set(label, [...(byLabel.get(label) ?? []), row]);
  }
  const entries = [...byLabel].map(([label, group]) => {
    const items = [...group]
      .sort((a, b) => (a.year ?? 0) - (b.year ?? 0))
      .map((row) => {
        const when = formatWhen(row, locale);
        return `${when ? `${when}: ` : ""}${row.derived_from?.trim()}`;
      });
    return `${label} — ${[...new Set(items)].join("; ")}`;
  });
  return entries.length ? `${chartFrameWords[locale].derived}${entries.join(". ")}.` : undefined;
}

/** The sources of a chart's rows: each locator once, with the name the source line gives it. */
function sourcesOf(rows: readonly FactRow[], locale: Locale): FigureSource[] {
  return [...new Set(rows.map((row) => row.source).filter(Boolean))].map((locator) => ({
    locator,
    ...describeLocator(locator, locale),
  }));
}

function sourceParagraph(document: Document, sources: readonly FigureSource[], locale: Locale): HTMLElement {
  const line = element(document, "p", "blauw-chart-source", `${chartFrameWords[locale].source}: `);
  line.dataset.sources = sources.map((source) => source.locator).join(" ");
  const seen = new Set<string>();
  for (const { locator, label, kind } of sources) {
    if (seen.has(label)) continue;
    if (seen.size > 0) line.append(document.createTextNode("; "));
    seen.add(label);
    const href = sourceHref(locator);
    if (!/^(#\/|https?:\/\/)/.test(href)) {
      // Not a place one can link to (the reader's own file): named, not linked.
      line.append(element(document, "span", "blauw-source-text", label));
      continue;
    }
    const link = element(document, "a", "blauw-source-link", label);
    link.href = href;
    if (kind === "public") {
      link.target = "_blank";
      link.rel = "noopener noreferrer";
    }
    line.append(link);
  }
  return line;
}
