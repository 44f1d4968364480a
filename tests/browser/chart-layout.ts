/** What `chartLayout` measures of one drawn chart, in CSS pixels. */
export interface ChartLayout {
  /** The width and height of the plot area: the extent of the x and y scales' ranges. */
  plot: { width: number; height: number };
  /** The chart's SVG as drawn on the page. */
  svg: { width: number; height: number; declaredWidth: number };
  /** Everything wrong with the layout, each in words; empty when the chart is laid out well. */
  problems: string[];
}

/** Limits every chart must keep at every width. */
export interface LayoutLimits {
  minPlotWidth: number;
  minPlotHeight: number;
  maxHeight: number;
}

/**
 * Measures the chart in `figure.blauw-chart` (found by `selector`) inside the page: runs in the browser
 * through `page.evaluate`, so it uses nothing from outside its own body.
 */
export function chartLayout([selector, limits]: [string, LayoutLimits]): ChartLayout {
  const problems: string[] = [];
  const figure = document.querySelector(selector);
  if (!figure) throw new Error(`no chart at ${selector}`);
  const svg = [...figure.querySelectorAll("svg")].find((node) =>
    node.querySelector(":scope > g[aria-label]"),
  );
  if (!svg) throw new Error(`no plot in ${selector}`);
  // Plot puts scale() on what it returns: the SVG, or the figure around it when there is a legend.
  const parent = svg.parentElement;
  const plotElement = (
    parent && parent !== figure && parent.tagName === "FIGURE" ? parent : svg
  ) as Element & {
    scale?: (name: string) => { range?: number[] } | undefined;
  };
  // Without a scale (a single stacked bar has no y), the extent of the bars along that side.
  const bars = [...svg.querySelectorAll("g[aria-label=bar] rect")].map((rect) =>
    rect.getBoundingClientRect(),
  );
  const extent = (name: "x" | "y") => {
    const range = plotElement.scale?.(name)?.range;
    if (range) return Math.abs(range[range.length - 1] - range[0]);
    const [start, end] = name === "x" ? (["left", "right"] as const) : (["top", "bottom"] as const);
    return Math.max(0, ...bars.map((box) => box[end])) - Math.min(...bars.map((box) => box[start]));
  };
  const plot = { width: extent("x"), height: extent("y") };
  if (plot.width < limits.minPlotWidth) problems.push(`plot ${plot.width.toFixed(0)} px wide`);
  if (plot.height < limits.minPlotHeight) problems.push(`plot ${plot.height.toFixed(0)} px tall`);

  // Nothing of negative or unreadable size.
  for (const node of figure.querySelectorAll("svg, rect")) {
    for (const name of ["width", "height"]) {
      const value = node.getAttribute(name);
      if (value === null || value.endsWith("%")) continue;
      const size = Number.parseFloat(value);
      if (!Number.isFinite(size) || size < 0) problems.push(`<${node.tagName} ${name}="${value}">`);
    }
  }

  const box = svg.getBoundingClientRect();
  const declaredWidth = Number(svg.getAttribute("width"));
  if (box.height > limits.maxHeight) problems.push(`chart ${box.height.toFixed(0)} px tall`);
  // Drawn at its own size: a chart squeezed to fit shrinks its text along with it.
  if (Math.abs(box.width - declaredWidth) > 1)
    problems.push(`drawn ${box.width} px wide, made ${declaredWidth}`);
  if (figure.scrollWidth > figure.clientWidth + 1) problems.push(`figure scrolls sideways`);

  // No text outside the chart, no two texts on top of each other (the lines of one text are one box).
  const frame = figure.getBoundingClientRect();
  const texts = [...svg.querySelectorAll("text")]
    .map((node) => ({
      // What the text shows: its lines, without the <title> that holds the full text of a shortened one.
      text: [...node.childNodes]
        .filter((child) => child.nodeName !== "title")
        .map((child) => child.textContent)
        .join(" ")
        .trim(),
      node,
    }))
    .filter(({ text, node }) => text !== "" && !node.closest("[aria-label=tip]"))
    .map(({ text, node }) => ({ text, box: node.getBoundingClientRect() }));
  for (const { text, box: textBox } of texts) {
    const outside =
      textBox.left < Math.max(box.left, frame.left) - 1 ||
      textBox.right > Math.min(box.right, frame.right) + 1 ||
      textBox.top < box.top - 1 ||
      textBox.bottom > box.bottom + 1;
    if (outside) problems.push(`"${text}" sticks out of the chart`);
  }
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i].box;
      const b = texts[j].box;
      const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (across > 0.5 && down > 0.5) problems.push(`"${texts[i].text}" overlaps "${texts[j].text}"`);
    }
  }
  return { plot, svg: { width: box.width, height: box.height, declaredWidth }, problems };
}
