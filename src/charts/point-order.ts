import type { ChartPoint } from "./chart-points.ts";
import { rowLabel } from "./row-label.ts";

/** Points closer than this along x (in SVG pixels) stand in one column: bars stacked at one x, dots of one year. */
const sameColumn = 0.5;

/**
 * The points in reading order: column by column from left to right (a column: the points at one x),
 * and within a column from top to bottom.
 */
export function readingOrder(points: readonly ChartPoint[]): ChartPoint[] {
  const byX = [...points].sort((a, b) => a.x - b.x);
  const columns: ChartPoint[][] = [];
  for (const point of byX) {
    const column = columns.at(-1);
    if (column && point.x - column[0].x <= sameColumn) column.push(point);
    else columns.push([point]);
  }
  return columns.flatMap((column) => column.sort((a, b) => a.y - b.y || a.x - b.x));
}

/** The keys that move through a chart. */
export type PointKey = "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown" | "Home" | "End";

const seriesOf = (point: ChartPoint) => `${point.row.measure}\u0000${rowLabel(point.row)}`;

/**
 * Where a key leads from point `current` of `ordered` (points in reading order): Left and Right to the
 * next column along x, on the same series when it is there (else the point nearest in height); Up and
 * Down to the point above or below in the column, or else a point whose width spans this one (a norm
 * line over the years); Home and End to the first and last point. Where a key has nowhere to go in two
 * dimensions it steps through the reading order, so that every arrow reaches every point.
 */
export function movePoint(ordered: readonly ChartPoint[], current: number, key: PointKey): number {
  const last = ordered.length - 1;
  if (last < 0) return -1;
  if (key === "Home") return 0;
  if (key === "End") return last;
  const here = ordered[current];
  if (!here) return 0;
  const step = key === "ArrowRight" || key === "ArrowDown" ? 1 : -1;
  const fallback = Math.min(last, Math.max(0, current + step));
  const column = (point: ChartPoint) => Math.abs(point.x - here.x) <= sameColumn;
  if (key === "ArrowLeft" || key === "ArrowRight") {
    const others = ordered.filter((point) => !column(point) && Math.sign(point.x - here.x) === step);
    if (others.length === 0) return fallback;
    const nextX = step > 0 ? Math.min(...others.map((p) => p.x)) : Math.max(...others.map((p) => p.x));
    const target = others.filter((point) => Math.abs(point.x - nextX) <= sameColumn);
    const series = seriesOf(here);
    const same = target.find((point) => seriesOf(point) === series);
    const nearest =
      same ?? target.reduce((a, b) => (Math.abs(b.y - here.y) < Math.abs(a.y - here.y) ? b : a));
    return ordered.indexOf(nearest);
  }
  const direction = (point: ChartPoint) => Math.sign(point.y - here.y) === step;
  const spans = (point: ChartPoint) =>
    point.box.left <= here.x + sameColumn && point.box.right >= here.x - sameColumn;
  const inColumn = ordered.filter((point) => point !== here && direction(point) && column(point));
  const candidates = inColumn.length
    ? inColumn
    : ordered.filter((point) => point !== here && direction(point) && spans(point));
  if (candidates.length === 0) return fallback;
  const nearest = candidates.reduce((a, b) => (Math.abs(b.y - here.y) < Math.abs(a.y - here.y) ? b : a));
  return ordered.indexOf(nearest);
}
