import {
  type ChartPoint,
  type FigureInfo,
  figureInfo,
  movePoint,
  type PointKey,
  pointText,
  tipText,
} from "../charts/index.ts";
import "./chart-access.css";
import { h } from "./dom.ts";
import { type Locale, t } from "./i18n.ts";

const keys = new Set<string>(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End"]);

/**
 * The chart that has focus, and its figure in focus. When that chart is drawn again (a new width, a
 * changed input), its old plot leaves the page with the focus; the new plot takes it back, at the same
 * figure. (Browsers differ in whether a removed element gets a blur event, so this does not rely on it.)
 */
interface Held {
  svg: SVGSVGElement;
  chart: string;
  /** The figure in focus (its row), or null when none was. */
  row: ChartPoint["row"] | null;
  index: number;
}
const held = new WeakMap<Document, Held>();

/** What names a chart across redraws: its cell's id, else its title. */
function chartName(figure: HTMLElement, info: FigureInfo): string {
  return figure.closest("[data-cell-id]")?.getAttribute("data-cell-id") ?? info.title;
}

/** The same figure among a redrawn chart's points: the same row, else the same place, else none. */
function sameFigure(points: readonly ChartPoint[], before: Held): number {
  if (!before.row) return -1;
  const { label, period, year, measure } = before.row;
  const found = points.findIndex(
    ({ row }) => row.label === label && row.period === period && row.year === year && row.measure === measure,
  );
  return found >= 0 ? found : Math.min(before.index, points.length - 1);
}

/** The page's one polite live region for chart figures, made when first needed. */
function announcer(document: Document): HTMLElement {
  const existing = document.getElementById("blauw-chart-announcer");
  if (existing) return existing;
  const region = h(document, "div", {
    id: "blauw-chart-announcer",
    class: "visually-hidden",
    "aria-live": "polite",
    "aria-atomic": "true",
  });
  document.body.append(region);
  return region;
}

/** Where a point's box lies inside the figure, in CSS pixels (the SVG may be drawn smaller than its viewBox). */
function placeOf(figure: HTMLElement, svg: SVGSVGElement, point: ChartPoint) {
  const plot = svg.getBoundingClientRect();
  const frame = figure.getBoundingClientRect();
  const viewBox = svg.viewBox.baseVal;
  const scaleX = viewBox?.width ? plot.width / viewBox.width : 1;
  const scaleY = viewBox?.height ? plot.height / viewBox.height : 1;
  const originX = plot.left - frame.left - figure.clientLeft + figure.scrollLeft;
  const originY = plot.top - frame.top - figure.clientTop + figure.scrollTop;
  const pad = 4;
  const left = originX + point.box.left * scaleX - pad;
  const top = originY + point.box.top * scaleY - pad;
  return {
    left,
    top,
    width: Math.max(2 * pad, (point.box.right - point.box.left) * scaleX + 2 * pad),
    height: Math.max(2 * pad, (point.box.bottom - point.box.top) * scaleY + 2 * pad),
  };
}

/**
 * Makes one chart readable by keyboard: its plot is one tab stop; arrow keys, Home and End move through
 * its figures in reading order (see `movePoint`); the figure in focus is outlined and shows its tip, and
 * the page's live region reads it. Escape leaves the figures (focus stays on the chart). The mouse's
 * tips are Plot's own and unchanged.
 */
export function chartKeys(figure: HTMLElement, info: FigureInfo, locale: Locale): void {
  const svg = info.plot;
  const points = info.points;
  if (!svg || points.length === 0) return;
  const document = figure.ownerDocument;
  const strings = t(locale).chartKeys;
  svg.setAttribute("tabindex", "0");
  svg.setAttribute("role", "application");
  svg.setAttribute("aria-label", strings.label(info.title));
  // In the page before anything is said in it, so that screen readers follow it.
  const region = announcer(document);
  const ring = h(document, "div", { class: "chart-focus-ring", "aria-hidden": "true" });
  const tip = h(document, "div", { class: "chart-focus-tip", "aria-hidden": "true" });
  let current = -1;
  const hide = () => {
    current = -1;
    ring.remove();
    tip.remove();
  };
  const show = (index: number, announce = true) => {
    current = index;
    const point = points[index];
    const place = placeOf(figure, svg, point);
    Object.assign(ring.style, {
      left: `${place.left}px`,
      top: `${place.top}px`,
      width: `${place.width}px`,
      height: `${place.height}px`,
    });
    tip.textContent = tipText(point.row, locale);
    figure.append(ring, tip);
    // Above the mark, inside the frame; below it when there is no room above.
    const room = figure.scrollWidth;
    const width = tip.offsetWidth;
    const centre = place.left + place.width / 2;
    tip.style.left = `${Math.max(4, Math.min(room - width - 4, centre - width / 2))}px`;
    const above = place.top - tip.offsetHeight - 6;
    tip.style.top = `${above >= 0 ? above : place.top + place.height + 6}px`;
    // A figure found again after a redraw is shown, not read out a second time.
    if (announce)
      region.textContent = `${pointText(point.row, locale)} (${strings.position(index + 1, points.length)})`;
  };
  svg.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      if (current < 0) return;
      event.preventDefault();
      hide();
      hold();
      region.textContent = "";
      return;
    }
    if (!keys.has(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const key = event.key as PointKey;
    const next = current < 0 ? (key === "End" ? points.length - 1 : 0) : movePoint(points, current, key);
    if (next >= 0) show(next);
    hold();
  });
  const chart = chartName(figure, info);
  const hold = () => held.set(document, { svg, chart, row: points[current]?.row ?? null, index: current });
  svg.addEventListener("focus", hold);
  svg.addEventListener("blur", () => {
    hide();
    // A real blur lets go; a plot taken out of the page keeps its hold for its next drawing.
    queueMicrotask(() => {
      if (svg.isConnected && held.get(document)?.svg === svg) held.delete(document);
    });
  });
  // Once the new drawing stands in the page (the scratch page adds it after this call).
  queueMicrotask(() => {
    const before = held.get(document);
    const active = document.activeElement;
    if (!before || before.svg.isConnected || before.chart !== chart || !svg.isConnected) return;
    if (active && active !== document.body) return;
    svg.focus({ preventScroll: true });
    const index = sameFigure(points, before);
    if (index >= 0) show(index, false);
    hold();
  });
}

/** Makes every chart under `root` readable by keyboard, now and whenever a chart is drawn again. */
export function addChartKeys(root: HTMLElement, locale: Locale): () => void {
  const done = new WeakSet<Element>();
  const update = () => {
    for (const figure of root.querySelectorAll<HTMLElement>("figure.blauw-chart")) {
      if (done.has(figure)) continue;
      done.add(figure);
      const info = figureInfo.get(figure);
      if (info) chartKeys(figure, info, locale);
    }
  };
  update();
  const observer = new MutationObserver(update);
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
