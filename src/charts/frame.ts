import * as Plot from "@observablehq/plot";
import { describeLocator, type SourceDescription } from "../data/index.ts";
import { formatFigure, formatNumber, formatValue, formatWhen, isApproximate, isDerived } from "./format.ts";
import { categorical } from "./palette.ts";
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
  width?: number;
  height?: number;
  /** The axis that carries the figures: "y" (default, vertical bars and lines) or "x" (horizontal bars). */
  valueAxis?: "x" | "y";
  /** Unit of the figures, for the value axis's ticks; by default the rows' common unit. */
  unit?: string;
  plot: Plot.PlotOptions;
}

const words = {
  nl: {
    source: "Bron: ",
    approx:
      "Licht met stippellijn, of open = benaderd cijfer (de bron zegt ruim, zo'n, circa, naar schatting …)",
    derived: "Berekend door Blauw, staat zo niet in de bron: ",
  },
  en: {
    source: "Source: ",
    approx:
      "Light with dashed outline, or hollow = approximate figure (the source hedges it: over, about, estimated …)",
    derived: "Computed by Blauw, not given as such by the source: ",
  },
};

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
  figure.append(element(document, "h3", "blauw-chart-title", title));
  if (subtitle) figure.append(element(document, "p", "blauw-chart-subtitle", subtitle));
  const width = options.width ?? options.plot.width ?? 640;
  const auto = layout(options, width);
  const plot = Plot.plot({
    marginTop: 24,
    ...auto,
    ...options.plot,
    marks: auto.marks ?? options.plot.marks,
    ...axisTicks(options),
    width,
    height: options.height ?? options.plot.height ?? auto.height,
    document,
    ariaLabel: title,
    ariaDescription: options.ariaDescription ?? subtitle,
    color: { range: [...categorical], ...options.plot.color },
    style: {
      fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
      fontSize: "12px",
      background: "transparent",
      color: "currentColor",
      overflow: "visible",
      ...(typeof options.plot.style === "object" ? options.plot.style : {}),
    },
  });
  figure.append(plot);
  const key = rows.some(isApproximate) ? words[locale].approx : undefined;
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
  });
  return figure;
}

/** Each computed figure and how: "Internetaangiften per dag (2019): ruim 300.000 per jaar ÷ 365 dagen". */
function derivedNote(rows: readonly FactRow[], locale: Locale): string | undefined {
  const lines = rows.filter(isDerived).map((row) => {
    const when = formatWhen(row, locale);
    const label = rowLabel(row, locale);
    return `${when ? `${label} (${when})` : label}: ${row.derived_from?.trim()}`;
  });
  return lines.length ? `${words[locale].derived}${[...new Set(lines)].join("; ")}.` : undefined;
}

/** The sources of a chart's rows: each locator once, with the name the source line gives it. */
function sourcesOf(rows: readonly FactRow[], locale: Locale): FigureSource[] {
  return [...new Set(rows.map((row) => row.source).filter(Boolean))].map((locator) => ({
    locator,
    ...describeLocator(locator, locale),
  }));
}

function sourceParagraph(document: Document, sources: readonly FigureSource[], locale: Locale): HTMLElement {
  const line = element(document, "p", "blauw-chart-source", words[locale].source);
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

/** Rough width in pixels of a line of 12px tick text; good enough to keep labels inside the frame. */
const textWidth = (text: string) => Math.ceil(text.length * 6.6);

/** Ticks say less than tips: "€ 100 mln" rather than "€ 100 mln per jaar", "6" rather than "6 procentpunt". */
function tickUnit(unit: string): string {
  if (unit === "euro-per-year") return "euro";
  return unit === "percentage-points" ? "count" : unit;
}

/** The rows' unit when they all share one. */
function commonUnit(rows: readonly FactRow[]): string | undefined {
  const units = new Set(rows.map((row) => row.unit));
  return units.size === 1 ? [...units][0] : undefined;
}

/**
 * Margins that keep category labels, value ticks and bar-end labels inside the figure, unless the
 * notebook sets them itself.
 */
function layout(options: ChartFigureOptions, width: number): Partial<Plot.PlotOptions> {
  const { rows, locale, plot } = options;
  const unit = options.unit ?? commonUnit(rows);
  const longestFigure = Math.max(0, ...rows.map((row) => textWidth(formatFigure(row, locale))));
  if (options.valueAxis === "x") {
    const domain = plot.y?.domain;
    const labels =
      Array.isArray(domain) && domain.every((d) => typeof d === "string")
        ? domain
        : rows.map((r) => rowLabel(r, locale));
    const longest = Math.max(40, ...labels.map((label) => textWidth(String(label))));
    const marginLeft = Math.min(Math.round(width * 0.5), longest + 12);
    // Labels longer than the margin wrap onto more lines (in a narrow column) instead of being cut off.
    const wraps = longest + 12 > marginLeft;
    const layout: Partial<Plot.PlotOptions> = {
      marginLeft,
      marginRight: longestFigure + 12,
      // Bars at least ~30px thick: a chart of three bars should not look like three hairlines.
      height: options.height ?? plot.height ?? Math.max(120, new Set(labels).size * (wraps ? 44 : 30) + 60),
    };
    if (wraps && plot.marginLeft === undefined) {
      layout.marks = [
        ...(plot.marks ?? []),
        Plot.axisY({ lineWidth: (marginLeft - 16) / 12, tickSize: 0, label: null }),
      ];
    }
    return layout;
  }
  const largest = Math.max(0, ...rows.map((row) => Math.abs(row.value)));
  return { marginLeft: Math.max(40, textWidth(formatValue(largest, tickUnit(unit ?? ""), locale)) + 14) };
}

/**
 * Tick labels in the reader's number format on both axes, unless the notebook gives its own: the value
 * axis in the figures' unit ("€ 100 mln", "80%", "100.000"), the other axis as plain numbers or dates
 * (Plot's defaults would write "1,000" and English month names in Dutch mode too).
 */
function axisTicks(options: ChartFigureOptions): Partial<Plot.PlotOptions> {
  const valueAxis = options.valueAxis ?? "y";
  const unit = options.unit ?? commonUnit(options.rows);
  const ticks: Partial<Plot.PlotOptions> = {};
  for (const axis of ["x", "y"] as const) {
    const scale = options.plot[axis] ?? {};
    if (scale.tickFormat !== undefined) continue;
    const tickFormat =
      axis === valueAxis && unit
        ? unitTicks(unit, scale.type ?? undefined, options.locale)
        : plainTicks(options.locale);
    ticks[axis] = { ...scale, tickFormat };
  }
  return ticks;
}

function unitTicks(
  unit: string,
  type: Plot.ScaleType | undefined,
  locale: Locale,
): (value: number) => string {
  const format = (value: number) => formatValue(value, tickUnit(unit), locale);
  const powerOfTen = (value: number) => Math.abs(Math.log10(value) - Math.round(Math.log10(value))) < 1e-9;
  return type === "log" ? (value) => (powerOfTen(value) ? format(value) : "") : format;
}

const dateTags: Record<Locale, string> = { nl: "nl-NL", en: "en-GB" };

/**
 * Numbers in the locale's format; dates as Plot would write them (the year on 1 January, the month on
 * the first of a month, else day and month), in the locale's words; anything else as text.
 */
function plainTicks(locale: Locale): (value: unknown) => string {
  const month = new Intl.DateTimeFormat(dateTags[locale], { month: "short" });
  const day = new Intl.DateTimeFormat(dateTags[locale], { day: "numeric", month: "short" });
  return (value) => {
    if (typeof value === "number") return formatNumber(value, locale);
    if (value instanceof Date) {
      if (value.getDate() !== 1) return day.format(value);
      return value.getMonth() === 0 ? String(value.getFullYear()) : month.format(value);
    }
    return String(value);
  };
}
