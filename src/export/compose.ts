// Standalone files of a chart: the SVG composed from its parts and a hash of its data. Plain
// functions over strings, so they are the same in the browser and in Node.

import type { FactRow } from "../charts/index.ts";
import { shortHash } from "../data/index.ts";
import { columnsOf } from "./columns.ts";
import { resolveCurrentColor } from "./resolve-current-color.ts";
import { xmlSafeText } from "./xml-safe-text.ts";

/** A line of text placed in the composed SVG. */
export interface SvgText {
  text: string;
  x: number;
  y: number;
  size: number;
  weight?: number;
  color: string;
  /** A link (the source line's locators). */
  href?: string;
}

/** One entry of a colour legend, rebuilt as SVG from Plot's HTML swatches. */
export interface SvgSwatch {
  label: string;
  color: string;
  x: number;
  y: number;
}

/** Where a chart's figures come from, as its source line names and links them. */
export interface SvgSource {
  /** The place in Blauw's fact sheets (`<sheet>#<anchor>`), or the source's URL. */
  ref: string;
  label: string;
  /** Where a reader opens it: the fact sheet on the published site, or the official document. */
  href: string;
  /** The official document (its publication, or its site's search for the reference). */
  document: string;
}

export interface SvgParts {
  width: number;
  height: number;
  background: string;
  fontFamily: string;
  /** For `<title>` and `<desc>`: the chart's title and its description in words. */
  title: string;
  description: string;
  texts: SvgText[];
  swatches: SvgSwatch[];
  /** The plot itself: an `<svg>` element as markup, styles already inlined, placed at (0, plotY). */
  plot: string;
  plotY: number;
  metadata: {
    notebook: string;
    chart: string;
    sources: SvgSource[];
    dataHash: string;
    permalink: string;
    /** ISO time the file was made; left out unless asked for, so the same chart gives the same bytes. */
    created?: string;
  };
}

/** The namespace of Blauw's provenance elements inside `<metadata>`. */
export const provenanceNamespace = "https://blauw.nl/ns/provenance";

const references: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  // As references, tab, line feed and carriage return survive a parser's attribute-value normalisation.
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** Text for an XML text node or quoted attribute: markup characters escaped, forbidden characters as U+FFFD. */
export function escapeXml(text: string): string {
  return xmlSafeText(text).replace(/[&<>"'\t\n\r]/g, (ch) => references[ch]);
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * One SVG file with everything the reader saw: title, subtitle, legend, plot, key, note and source
 * line, with `width`, `height` and `viewBox`, a `<title>`, a `<desc>` and the chart's provenance in
 * `<metadata>`. Nothing refers outside the file except the source links.
 */
export function composeSvg(parts: SvgParts): string {
  const { width, height, metadata } = parts;
  // The legend's text and the plot's currentColor paint take the figure's colour.
  const textColor = escapeXml(parts.texts[0]?.color ?? "#000");
  const lines: string[] = [];
  lines.push(
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${round(width)}" height="${round(height)}" viewBox="0 0 ${round(width)} ${round(height)}" font-family="${escapeXml(parts.fontFamily)}" role="img" aria-labelledby="blauw-title" aria-describedby="blauw-desc">`,
    `<title id="blauw-title">${escapeXml(parts.title)}</title>`,
    `<desc id="blauw-desc">${escapeXml(parts.description)}</desc>`,
    "<metadata>",
    `<blauw:chart xmlns:blauw="${provenanceNamespace}" notebook="${escapeXml(metadata.notebook)}" chart="${escapeXml(metadata.chart)}" data-hash="${escapeXml(metadata.dataHash)}" permalink="${escapeXml(metadata.permalink)}"${metadata.created ? ` created="${escapeXml(metadata.created)}"` : ""}>`,
    ...metadata.sources.map(
      (source) =>
        `<blauw:source ref="${escapeXml(source.ref)}" label="${escapeXml(source.label)}" href="${escapeXml(source.href)}" document="${escapeXml(source.document)}"/>`,
    ),
    "</blauw:chart>",
    "</metadata>",
    `<rect width="100%" height="100%" fill="${escapeXml(parts.background)}"/>`,
  );
  for (const text of parts.texts) {
    const attributes = `x="${round(text.x)}" y="${round(text.y)}" font-size="${text.size}"${text.weight ? ` font-weight="${text.weight}"` : ""} fill="${escapeXml(text.color)}"`;
    const element = `<text ${attributes} xml:space="preserve">${escapeXml(text.text)}</text>`;
    lines.push(
      text.href
        ? `<a href="${escapeXml(text.href)}" xlink:href="${escapeXml(text.href)}">${element}</a>`
        : element,
    );
  }
  if (parts.swatches.length > 0) {
    lines.push('<g class="legend">');
    for (const swatch of parts.swatches) {
      lines.push(
        `<rect x="${round(swatch.x)}" y="${round(swatch.y - 10)}" width="12" height="12" fill="${escapeXml(swatch.color)}"/>`,
        `<text x="${round(swatch.x + 16)}" y="${round(swatch.y)}" font-size="12" fill="${textColor}">${escapeXml(swatch.label)}</text>`,
      );
    }
    lines.push("</g>");
  }
  // The plot is markup already; forbidden characters never belong to markup, so replacing them all is safe.
  const plot = resolveCurrentColor(xmlSafeText(parts.plot), textColor);
  lines.push(`<g transform="translate(0,${round(parts.plotY)})">`, plot, "</g>", "</svg>");
  return `${lines.join("\n")}\n`;
}

/** A hash of exactly the rows a chart shows (the permalink and the SVG's metadata record it). */
export function dataHash(rows: readonly FactRow[]): string {
  const columns = columnsOf(rows);
  return shortHash(JSON.stringify(rows.map((row) => columns.map((column) => row[column] ?? null))));
}
