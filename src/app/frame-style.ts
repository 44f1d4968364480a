import { chartFrameStyle } from "../charts/index.ts";

/**
 * Hands the chart frame's font and padding (src/charts/chart-frame-style.ts) to the page's CSS as custom
 * properties on the root element: `--font`, `--chart-frame-padding-inline`, `--chart-frame-border-width`.
 * Called once when a page starts, before it draws anything; the stylesheets only read them.
 */
export function declareFrameStyle(document: Document): void {
  const style = document.documentElement.style;
  style.setProperty("--font", chartFrameStyle.fontStack);
  style.setProperty("--chart-frame-padding-inline", `${chartFrameStyle.paddingInline}px`);
  style.setProperty("--chart-frame-border-width", `${chartFrameStyle.borderWidth}px`);
}
