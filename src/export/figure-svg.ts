// Turns a chart on the page into a standalone SVG: reads the figure's parts and the
// browser's computed styles, then composes the file with `composeSvg`. Needs a real browser: text is
// measured and styles are computed as the reader saw them.

import { chartFrameStyle, chartFrameWords, figureInfo } from "../charts/index.ts";
import { sourceRef, sourceUrls } from "../data/index.ts";
import { composeSvg, dataHash, type SvgText } from "./compose.ts";
import { resolveCurrentColor } from "./resolve-current-color.ts";
import { swatchLayout } from "./swatch-layout.ts";
import { wrapUrl } from "./wrap-url.ts";
import { wrapWords } from "./wrap-words.ts";
import { xmlSafeText } from "./xml-safe-text.ts";

export interface ExportMeta {
  notebook: string;
  chart: string;
  permalink: string;
  created?: string;
  /** The published site (`https://…/`): sources link to its fact sheets; without it, to the official documents. */
  site?: string;
}

/** Properties copied from the computed style onto each element of the plot, as attributes. */
const inlined = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-linecap",
  "stroke-linejoin",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "text-anchor",
  "paint-order",
] as const;

const transparent = (color: string) => color === "transparent" || /rgba\([^)]*,\s*0\)$/.test(color);

const styleOf = (element: Element) => (element.ownerDocument.defaultView as Window).getComputedStyle(element);

function backgroundOf(element: Element | null): string {
  for (let node = element; node; node = node.parentElement) {
    const color = styleOf(node).backgroundColor;
    if (!transparent(color)) return color;
  }
  return "#ffffff";
}

/**
 * The plot's SVG with every style it had on the page written on its elements as attributes; no
 * `<style>`, no classes. A property is written where it differs from what the element inherits (or,
 * for opacity, from 1), so the file stays small.
 */
function inlinePlot(svg: SVGSVGElement, color: string, label: string): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll("*")];
  const copies = [clone, ...clone.querySelectorAll("*")];
  const computed = new Map<Element, CSSStyleDeclaration>();
  const styleFor = (element: Element) => {
    let style = computed.get(element);
    if (!style) {
      style = styleOf(element);
      computed.set(element, style);
    }
    return style;
  };
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (original.tagName.toLowerCase() === "style") return;
    const style = styleFor(original);
    const parent = original === svg ? null : original.parentElement;
    const inherited = parent ? styleFor(parent) : null;
    for (const property of inlined) {
      const value = style.getPropertyValue(property);
      if (!value) continue;
      const same =
        property === "opacity"
          ? value === "1"
          : inherited !== null && inherited.getPropertyValue(property) === value;
      if (same) copy.removeAttribute(property);
      else copy.setAttribute(property, value === "currentcolor" ? color : value);
    }
    copy.removeAttribute("class");
    copy.removeAttribute("style");
    if (copy.tagName.toLowerCase() === "text") copy.setAttribute("xml:space", "preserve");
  });
  for (const style of clone.querySelectorAll("style")) style.remove();
  // A file is not read by keyboard: the page's tab stop and its label for that go (chart-keyboard.ts).
  if (clone.hasAttribute("tabindex")) {
    for (const name of ["tabindex", "role"]) clone.removeAttribute(name);
    clone.setAttribute("aria-label", label);
  }
  const serializer = new (svg.ownerDocument.defaultView as Window & typeof globalThis).XMLSerializer();
  // Paint Plot wrote as currentColor (colours outside the inlined properties); a label saying it stays.
  return resolveCurrentColor(serializer.serializeToString(clone), color);
}

/** Measures text in the chart's font at this size and weight (null without a 2D canvas). */
function measurer(document: Document, size: number, weight: number): ((text: string) => number) | null {
  const context = document.createElement("canvas").getContext("2d");
  if (!context) return null;
  context.font = `${weight} ${size}px ${chartFrameStyle.fontStack}`;
  return (text) => context.measureText(text).width;
}

/** Plot's legend swatches (HTML): each label with the colour of its shape. */
function swatchItems(figure: Element): { label: string; color: string }[] {
  return [...figure.querySelectorAll("[class$='-swatch']")].map((swatch) => {
    const shape = swatch.querySelector("svg [fill], svg rect, svg circle");
    const color = shape ? styleOf(shape).fill || shape.getAttribute("fill") || "#888" : "#888";
    return { label: swatch.textContent?.trim() ?? "", color };
  });
}

/** The chart inside `figure` (a `.blauw-chart`) as one standalone SVG file. */
export function figureSvg(figure: HTMLElement, meta: ExportMeta): string {
  const info = figureInfo.get(figure);
  const plot = figure.querySelector<SVGSVGElement>(":scope > svg, :scope > figure > svg");
  if (!info || !plot) throw new Error("not a Blauw chart");
  const color = styleOf(figure).color;
  const muted = styleOf(figure.querySelector(".blauw-chart-source") ?? figure).color;
  const width = Number(plot.getAttribute("width")) || plot.getBoundingClientRect().width;
  const plotHeight = Number(plot.getAttribute("height")) || plot.getBoundingClientRect().height;
  const pad = 8;
  const texts: SvgText[] = [];
  let y = 0;
  const block = (text: string | undefined, size: number, weight: number, fill: string) => {
    if (!text) return;
    // Made safe before wrapping: U+000B would otherwise count as a space to break at, not as U+FFFD.
    const safe = xmlSafeText(text);
    const measure = measurer(figure.ownerDocument, size, weight);
    for (const line of measure ? wrapWords(safe, width - 2 * pad, measure) : [safe]) {
      y += Math.round(size * 1.35);
      texts.push({ text: line, x: pad, y, size, weight: weight === 400 ? undefined : weight, color: fill });
    }
  };
  block(info.title, 18, 700, color);
  block(info.subtitle, 14, 400, muted);
  const legend = swatchLayout(swatchItems(figure), y + 4, width);
  y += legend.height + 8;
  const plotY = y;
  y += plotHeight;
  block(info.key, 12, 400, muted);
  block(info.derived, 12, 400, muted);
  block(info.note, 12, 400, muted);
  const sources = info.sources.map(({ locator, label }) => {
    const urls = sourceUrls(locator, meta.site);
    return { ref: sourceRef(locator), label, href: urls?.page ?? "", document: urls?.document ?? "" };
  });
  const labels = [...new Set(sources.map((source) => source.label))];
  block(`${chartFrameWords[info.locale].source}: ${labels.join("; ")}`, 12, 400, muted);
  // The addresses themselves, so that a printed report can be checked.
  const measureUrl = measurer(figure.ownerDocument, 11, 400);
  for (const href of new Set(sources.map((source) => source.href).filter(Boolean))) {
    for (const line of measureUrl ? wrapUrl(href, width - 2 * pad, measureUrl) : [href]) {
      y += 15;
      texts.push({ text: line, x: pad, y, size: 11, color: muted, href });
    }
  }
  return composeSvg({
    width,
    height: y + pad,
    background: backgroundOf(figure),
    fontFamily: chartFrameStyle.fontStack,
    title: info.title,
    description: info.description,
    texts,
    swatches: legend.entries,
    plot: inlinePlot(plot, color, info.title),
    plotY,
    metadata: {
      notebook: meta.notebook,
      chart: meta.chart,
      permalink: meta.permalink,
      created: meta.created,
      sources,
      dataHash: dataHash(info.rows),
    },
  });
}
