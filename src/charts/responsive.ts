import type * as Plot from "@observablehq/plot";
import { max } from "d3";
import { formatValue, isApproximate } from "./format.ts";
import type { FactRow, Locale } from "./types.ts";

/** Narrowest plot area, in pixels and as a share of the chart's width, before the layout gives way. */
export const minimumPlotWidth = (width: number) => Math.max(140, Math.round(width * 0.4));
/** No chart taller than this: a long list scrolls the page, not the chart. */
export const maximumHeight = 900;
/** Line height of 12px chart text. */
export const lineHeight = 14;
/** Room kept between two labels. */
const gap = 4;

/**
 * Estimated width in pixels of one line of 12px system-ui text, measured on DejaVu Sans (a wide
 * system font, Linux's default): on narrower fonts the estimate errs on the safe side.
 */
export function textWidth(text: string): number {
  return Math.ceil(rawWidth(text));
}

/** Width of a space in `textWidth`'s measure. */
const spaceWidth = 4;

function rawWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    if (/[0-9€]/.test(character)) width += 7.7;
    else if (/[ .,:;]/.test(character)) width += 4;
    else if (/[ijlI'’]/.test(character)) width += 3.5;
    else if (/[()\-/frt]/.test(character)) width += 5;
    else if (/[mwMW%≈…]/.test(character)) width += 11.9;
    else if (/[A-Z]/.test(character)) width += 8.8;
    else width += 7.4;
  }
  return width;
}

/** Plot wraps and cuts text by its own, narrower measure: a line `width` pixels wide, in its ems. */
export const lineWidthEms = (width: number) => (width / 12) * 0.85;

/** Ticks and short labels say less than tips: "€ 100 mln" rather than "€ 100 mln per jaar", "6" rather than "6 procentpunt". */
export function shortUnit(unit: string): string {
  if (unit === "euro-per-year") return "euro";
  return unit === "percentage-points" ? "count" : unit;
}

/** A figure in few characters: "≈ 400.000" for "≈ 400.000 (zo'n)"; the tip keeps the qualifier. */
export function shortFigure(row: FactRow, locale: Locale): string {
  const value = formatValue(row.value, shortUnit(row.unit), locale);
  return isApproximate(row) ? `≈ ${value}` : value;
}

/** Characters of a label looked at, at most: no chart has room for more, and a file's value may be megabytes. */
const labelLimit = 300;

/** The first `limit` characters of a text (whole code points), ending in "…" when it was longer. */
export function boundedLabel(text: string, limit = labelLimit): string {
  if (text.length <= limit) return text;
  let end = limit;
  // Never cut a surrogate pair in two.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * Text in at most `lines` lines of at most `width` pixels, broken at spaces; what does not fit ends
 * the last line in "…".
 */
export function fitLines(text: string, width: number, lines: number): string[] {
  const result: string[] = [];
  let line = "";
  for (const word of boundedLabel(text).split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate) <= width || !line) line = candidate;
    else {
      result.push(line);
      line = word;
    }
  }
  result.push(line);
  if (result.length <= lines && textWidth(result[result.length - 1]) <= width) return result;
  const kept = result.slice(0, lines);
  let last = result.slice(lines - 1).join(" ");
  last = last.replace(/…$/, "");
  while (last.length > 1 && textWidth(`${last}…`) > width) {
    const code = last.charCodeAt(last.length - 1);
    last = last.slice(0, code >= 0xdc00 && code <= 0xdfff ? -2 : -1).trimEnd();
  }
  kept[lines - 1] = `${last}…`;
  return kept;
}

/** Splits text at spaces into at most `lines` lines of about equal width. */
export function wrapText(whole: string, lines = 2): string[] {
  const text = boundedLabel(whole);
  const words = text.split(/\s+/).filter(Boolean);
  if (lines < 2 || words.length < 2) return [text];
  // Widths of words[0..i) with one space between words: a line's width from two sums, not a measure.
  const sums = [0];
  for (const word of words) sums.push(sums[sums.length - 1] + rawWidth(word));
  const lineWidth = (from: number, to: number) =>
    Math.ceil(sums[to] - sums[from] + spaceWidth * (to - from - 1));
  // The cuts of words[from..] into at most `count` lines whose widest line is narrowest.
  const best = (from: number, count: number): { cuts: number[]; width: number } => {
    if (count < 2 || words.length - from < 2) return { cuts: [], width: lineWidth(from, words.length) };
    let choice = { cuts: [] as number[], width: lineWidth(from, words.length) };
    let first = true;
    for (let cut = from + 1; cut < words.length; cut++) {
      const rest = best(cut, count - 1);
      const width = Math.max(lineWidth(from, cut), rest.width);
      if (first || width < choice.width) choice = { cuts: [cut, ...rest.cuts], width };
      first = false;
    }
    return choice;
  };
  const { cuts } = best(0, lines);
  const bounds = [0, ...cuts, words.length];
  return cuts.length === 0 ? [text] : bounds.slice(1).map((end, k) => words.slice(bounds[k], end).join(" "));
}

/** The channel values of a text mark with other texts. */
const withText = (values: Plot.ChannelValues, texts: readonly string[]) =>
  ({ ...values, text: [...texts] }) as unknown as Plot.ChannelValues;

/** Where a channel's values are drawn: Plot centres marks in a band, so they sit half a band further on. */
function positions(values: Plot.ChannelValues, scale: unknown, name: "x" | "y"): number[] | undefined {
  const raw = values[name] as unknown as readonly number[] | undefined;
  const band = (scale as { bandwidth?: () => number } | undefined)?.bandwidth;
  const offset = typeof band === "function" ? band() / 2 : 0;
  return raw && Array.from(raw, (value) => value + offset);
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const collide = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > -gap &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0;

const widest = (text: string) => max(text.split("\n"), textWidth) ?? 0;

/**
 * A render transform for the tick labels of an x axis: labels that would run into each other are
 * first wrapped onto two lines (when the bottom margin has room), then thinned to every second,
 * third … label until none touch. Tick lines and the axis label pass through untouched.
 * `wrap` allows two-line labels (categories such as "250.000 inwoners", not numbers).
 */
export const thinAxisLabels =
  (wrap: boolean): Plot.RenderFunction =>
  (index, scales, values, dimensions, context, next) => {
    const texts = values.text as unknown as readonly string[] | undefined;
    const x = positions(values, scales.x, "x");
    if (!next || !texts || !x || index.length < 2)
      return next?.(index, scales, values, dimensions, context) ?? null;
    // A log axis leaves most of its ticks blank: only the labelled ones count.
    const labelled = index.filter((i) => String(texts[i] ?? "") !== "");
    const roomForTwoLines = wrap && dimensions.marginBottom >= 9 + 2 * lineHeight + 2;
    const fits = (labels: readonly string[], keep: readonly number[]) =>
      keep.every((i, k) => {
        const half = widest(labels[i]) / 2;
        const inside = x[i] - half >= -1 && x[i] + half <= dimensions.width + 1;
        const previous = keep[k - 1];
        return (
          inside &&
          (previous === undefined || x[previous] + widest(labels[previous]) / 2 + gap <= x[i] - half)
        );
      });
    const wrapped = texts.map((text) => wrapText(String(text ?? "")).join("\n"));
    const forms = roomForTwoLines ? [texts, wrapped] : [texts];
    for (let step = 1; step <= labelled.length; step++) {
      for (const labels of forms) {
        // Keep every step-th label, counted from the end when that keeps the last one (the newest year).
        const keep = labelled.filter((_, k) => (labelled.length - 1 - k) % step === 0);
        if (fits(labels, keep)) {
          return next(keep, scales, withText(values, labels), dimensions, context);
        }
      }
    }
    return next([], scales, values, dimensions, context);
  };

/** Where a value label sits: centred above a vertical bar, or after the end of a horizontal one. */
export type LabelPlacement = "above" | "after";

/**
 * A render transform for value labels (a bar's figure): the full labels when they all fit; else
 * the short ones (`short(i)`, e.g. "≈ 400.000" for "≈ 400.000 (zo'n)"); then, in order, every label
 * that touches no label kept before it and stays inside the plot. A dropped figure stays in the tip.
 */
export function dropCollidingLabels(
  short: (i: number) => string,
  placement: LabelPlacement,
): Plot.RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const texts = values.text as unknown as readonly string[] | undefined;
    const x = positions(values, scales.x, "x");
    const y = positions(values, scales.y, "y");
    if (!next || !texts || !x || !y) return next?.(index, scales, values, dimensions, context) ?? null;
    const { width, height, marginLeft } = dimensions;
    const box = (i: number, text: string): Box => {
      const w = textWidth(text);
      return placement === "above"
        ? { left: x[i] - w / 2, right: x[i] + w / 2, top: y[i] - 4 - lineHeight, bottom: y[i] - 4 }
        : { left: x[i] + 4, right: x[i] + 4 + w, top: y[i] - lineHeight / 2, bottom: y[i] + lineHeight / 2 };
    };
    // A label may reach into the right and top margins (chartFigure keeps the axis label above it), not
    // into the left one, where the value axis's ticks are.
    const inside = (b: Box) =>
      b.left >= marginLeft - 1 && b.right <= width + 1 && b.top >= -1 && b.bottom <= height;
    const place = (labels: readonly string[]) => {
      const kept: number[] = [];
      const boxes: Box[] = [];
      for (const i of index) {
        const b = box(i, labels[i]);
        if (!inside(b) || boxes.some((other) => collide(b, other))) continue;
        kept.push(i);
        boxes.push(b);
      }
      return kept;
    };
    const full = place(texts);
    if (full.length === index.length) return next(index, scales, values, dimensions, context);
    const shortTexts = texts.map((text, i) => (text == null ? text : short(i)));
    const shortened = place(shortTexts);
    const [keep, labels] = shortened.length >= full.length ? [shortened, shortTexts] : [full, texts];
    return next(keep, scales, withText(values, labels), dimensions, context);
  };
}

/** Marks that label each bar with its figure (made by `factBars`): the layout leaves room for them. */
export const valueLabelMarks = new WeakSet<object>();

/** True when any of the marks (nested arrays included) labels values. */
export function hasValueLabels(marks: readonly Plot.Markish[] | undefined): boolean {
  return (marks ?? []).some((mark) =>
    Array.isArray(mark)
      ? hasValueLabels(mark)
      : mark !== null && typeof mark === "object" && valueLabelMarks.has(mark),
  );
}

/** True when any of the marks has a channel on the named scale: only then does Plot make that scale. */
export function usesScale(marks: readonly Plot.Markish[] | undefined, name: string): boolean {
  return (marks ?? []).some((mark) => {
    if (Array.isArray(mark)) return usesScale(mark, name);
    const channels = (mark as { channels?: Record<string, { scale?: string; value?: unknown }> } | null)
      ?.channels;
    return Object.values(channels ?? {}).some((channel) => channel.scale === name && channel.value != null);
  });
}
