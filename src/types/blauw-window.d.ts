// What the built pages put on `window` for scripts that drive them in Chromium: `npm run export`
// reads a notebook's charts through `blauwCharts`, `npm run bench` runs the loaders through
// `blauwBench` (bench.html). Declared once, here, for both the pages and the scripts.

declare global {
  /** How a script asks for a chart's file. */
  interface BlauwChartFileOptions {
    /** Where permalinks point (default: the page's own address). */
    permalinkBase?: string;
    /** ISO time written into the file; left out by default so the same chart gives the same bytes. */
    created?: string;
    /** The file's colours (default light, whatever the page's scheme). */
    scheme?: "light" | "dark";
    /** The published site, for links to its fact sheets (default: links go to the official documents). */
    site?: string;
  }

  /** The charts of the notebook on screen. */
  interface BlauwCharts {
    /** The slug of the notebook whose charts these are. */
    notebook: string;
    /** The chart ids (`id=` cells) of the notebook, in page order. */
    list(): string[];
    /** A chart as one standalone SVG file. */
    svg(chart: string, options?: BlauwChartFileOptions): string;
    /** A chart as PNG at twice its size, base64-encoded. */
    png(chart: string, options?: BlauwChartFileOptions): Promise<string>;
  }

  /** The loading benchmark's page: prepares a file and runs one contender on it. */
  interface BlauwBench {
    contenders: string[];
    prepare(url: string): Promise<void>;
    /** Its measurements of one load (see `Run` in src/bench.ts). */
    run(contender: string, url: string): Promise<unknown>;
  }

  interface Window {
    blauwCharts?: BlauwCharts;
    blauwBench?: BlauwBench;
  }
}

export {};
