import { svgToPng } from "../export/index.ts";
import type { NotebookPage } from "./notebook-page.ts";

/**
 * For `npm run export` and scripts: the charts of the notebook on screen, as standalone SVG and PNG,
 * on `window.blauwCharts` (typed in src/types/blauw-window.d.ts).
 */
export function exposeCharts(window: Window, page: NotebookPage): void {
  window.blauwCharts = {
    notebook: page.slug,
    list: () => page.charts(),
    svg: (chart, options) => page.chartSvg(chart, options),
    png: async (chart, options) => {
      const blob = await svgToPng(window.document, page.chartSvg(chart, options), 2);
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = "";
      for (let i = 0; i < bytes.length; i += 0x8000)
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(binary);
    },
  };
}
