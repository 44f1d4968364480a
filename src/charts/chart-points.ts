import * as Plot from "@observablehq/plot";
import type { FactRow } from "./types.ts";

/** A box in the plot's SVG coordinates. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** One figure as drawn: its row, the kind of mark, where it sits and the box it covers. */
export interface ChartPoint {
  row: FactRow;
  kind: "dot" | "bar" | "rule";
  /** Where the point sits along x for reading order: a dot's centre, a vertical bar's middle, the start of a horizontal bar or line. */
  x: number;
  /** The middle of the point along y. */
  y: number;
  box: Box;
}

/**
 * What this module relies on in Plot (0.6): the exported mark classes (for `instanceof`), a mark's
 * `data`, `initialize(…)` returning `{data}` (the data its index refers to, after transforms such as
 * stack) and `render(index, scales, values, dimensions)` with `values` the scaled channels — the
 * contract of Plot's custom marks and render transforms. Nothing is read from the rendered DOM.
 */
interface MarkState {
  data?: ArrayLike<unknown>;
}
interface MarkLike {
  data?: unknown;
  r?: unknown;
  initialize(...args: unknown[]): MarkState;
  render(
    index: readonly number[] | null,
    scales: Scales,
    values: Values,
    dimensions: Dimensions,
    context: unknown,
  ): unknown;
}
type Channel = ArrayLike<unknown> | undefined;
interface Values {
  x?: Channel;
  y?: Channel;
  x1?: Channel;
  x2?: Channel;
  y1?: Channel;
  y2?: Channel;
  r?: Channel;
}
interface Scales {
  x?: { bandwidth?: () => number };
  y?: { bandwidth?: () => number };
}
interface Dimensions {
  width: number;
  height: number;
  marginTop: number;
  marginRight: number;
  marginBottom: number;
  marginLeft: number;
}

const kinds: [abstract new (...args: never[]) => unknown, ChartPoint["kind"]][] = [
  [Plot.Dot, "dot"],
  [Plot.BarX, "bar"],
  [Plot.BarY, "bar"],
  [Plot.Rect, "bar"],
  [Plot.Cell, "bar"],
  [Plot.RuleX, "rule"],
  [Plot.RuleY, "rule"],
];

function kindOf(mark: unknown): ChartPoint["kind"] | undefined {
  return kinds.find(([type]) => mark instanceof type)?.[1];
}

const number = (channel: Channel, i: number): number | undefined => {
  const value = channel?.[i];
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
};

/**
 * The extent of mark `i` along one axis: between its two ends (x1, x2) when it has them; a band (a bar
 * on a band scale) or a position (a dot, a rule; on a band scale in the band's middle, as Plot draws
 * it); else the whole frame.
 */
function extent(
  i: number,
  ends: [Channel, Channel],
  position: Channel,
  bandwidth: number,
  band: boolean,
  frame: [number, number],
): [number, number] {
  const a = number(ends[0], i);
  const b = number(ends[1], i);
  if (a !== undefined && b !== undefined) return [Math.min(a, b), Math.max(a, b) + (band ? bandwidth : 0)];
  const p = number(position, i) ?? a ?? b;
  if (p === undefined) return frame;
  return band ? [p, p + bandwidth] : [p + bandwidth / 2, p + bandwidth / 2];
}

/** Keeps the points of one plot as its marks are drawn. */
export interface PointRecorder {
  /** The marks to draw instead of the given ones: the same marks, each figure mark recording where it draws. */
  marks: Plot.Markish[];
  /** Every figure drawn so far, each row once, in the order the marks drew them. */
  points(): ChartPoint[];
}

function flatten(marks: unknown): Plot.Markish[] {
  return Array.isArray(marks) ? marks.flatMap(flatten) : [marks as Plot.Markish];
}

/**
 * Wraps the dots, bars and rules among `marks` whose data hold rows of `rows`, so that the plot
 * records, as it draws, which row each of them shows and where. The given marks are not changed.
 */
export function recordPoints(marks: readonly Plot.Markish[], rows: readonly FactRow[]): PointRecorder {
  const figures = new Set<unknown>(rows);
  const recorded: ChartPoint[] = [];
  const seen = new Set<FactRow>();
  const wrap = (mark: Plot.Markish): Plot.Markish => {
    const kind = kindOf(mark);
    const original = mark as unknown as MarkLike;
    if (!kind || !Array.isArray(original.data) || !original.data.some((d) => figures.has(d))) return mark;
    // Marks read from top to bottom, in a column at their start: bars along x, lines across, dots
    // along x with categories on y (a dot plot of amounts); everything else from left to right.
    const across = mark instanceof Plot.BarX || mark instanceof Plot.RuleY;
    let data: ArrayLike<unknown> = original.data;
    // A copy that inherits everything from the mark and overrides two methods on itself.
    const wrapped = Object.create(original) as MarkLike;
    wrapped.initialize = function (...args) {
      const state = original.initialize.apply(this, args);
      if (state?.data) data = state.data;
      return state;
    };
    wrapped.render = function (index, scales, values, dimensions, context) {
      const { width, height, marginTop, marginRight, marginBottom, marginLeft } = dimensions;
      const bandX = scales.x?.bandwidth?.() ?? 0;
      const bandY = scales.y?.bandwidth?.() ?? 0;
      const radius = typeof original.r === "number" ? original.r : 3;
      const categoriesOnY = kind === "dot" && !!scales.y?.bandwidth && !scales.x?.bandwidth;
      for (const i of index ?? Array.from(data, (_, i) => i)) {
        const row = data[i] as FactRow;
        if (!figures.has(row) || seen.has(row)) continue;
        const [left, right] = extent(i, [values.x1, values.x2], values.x, bandX, kind === "bar", [
          marginLeft,
          width - marginRight,
        ]);
        const [top, bottom] = extent(i, [values.y1, values.y2], values.y, bandY, kind === "bar", [
          marginTop,
          height - marginBottom,
        ]);
        const r = kind === "dot" ? (number(values.r, i) ?? radius) : 0;
        const box = { left: left - r, right: right + r, top: top - r, bottom: bottom + r };
        seen.add(row);
        recorded.push({
          row,
          kind,
          x: categoriesOnY ? marginLeft : across ? left : (left + right) / 2,
          y: (top + bottom) / 2,
          box,
        });
      }
      return original.render.call(this, index, scales, values, dimensions, context);
    };
    return wrapped as unknown as Plot.Markish;
  };
  return { marks: flatten(marks).map(wrap), points: () => [...recorded] };
}
