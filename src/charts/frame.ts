import * as Plot from "@observablehq/plot";
import { describeLocator } from "../data/index.ts";
import { isApproximate } from "./format.ts";
import { categorical } from "./palette.ts";
import { sourceHref } from "./source.ts";
import type { FactRow, Locale } from "./types.ts";

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
  plot: Plot.PlotOptions;
}

const words = {
  nl: {
    source: "Bron: ",
    approx:
      "Licht met stippellijn, of open = benaderd cijfer (de bron zegt ruim, zo'n, circa, naar schatting …)",
  },
  en: {
    source: "Source: ",
    approx:
      "Light with dashed outline, or hollow = approximate figure (the source says ruim, zo'n, circa, naar schatting …)",
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
  figure.append(element(document, "h3", "blauw-chart-title", title));
  if (subtitle) figure.append(element(document, "p", "blauw-chart-subtitle", subtitle));
  const plot = Plot.plot({
    marginTop: 24,
    ...options.plot,
    width: options.width ?? options.plot.width ?? 640,
    height: options.height ?? options.plot.height,
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
  if (rows.some(isApproximate))
    figure.append(element(document, "p", "blauw-chart-key", words[locale].approx));
  if (note) figure.append(element(document, "p", "blauw-chart-note", note));
  figure.append(sourceParagraph(document, rows, locale));
  return figure;
}

function sourceParagraph(document: Document, rows: readonly FactRow[], locale: Locale): HTMLElement {
  const line = element(document, "p", "blauw-chart-source", words[locale].source);
  const locators = [...new Set(rows.map((row) => row.source).filter(Boolean))];
  line.dataset.sources = locators.join(" ");
  const seen = new Set<string>();
  for (const locator of locators) {
    const { label, kind } = describeLocator(locator, locale);
    if (seen.has(label)) continue;
    if (seen.size > 0) line.append(document.createTextNode("; "));
    seen.add(label);
    const link = element(document, "a", "blauw-source-link", label);
    link.href = sourceHref(locator);
    if (kind === "public") {
      link.target = "_blank";
      link.rel = "noopener noreferrer";
    }
    line.append(link);
  }
  return line;
}
