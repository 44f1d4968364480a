// The benchmark page (bench.html), driven by `npm run bench` in headless Chromium. Each contender turns
// one CSV into an Arquero table; the page reports time, main-thread long tasks and heap.
import * as aq from "arquero";
import * as d3 from "d3";
import Papa from "papaparse";
import { loadFile } from "./app/index.ts";
import { drawYearTotals } from "./charts/index.ts";
import { readCsv } from "./data/index.ts";

type Table = ReturnType<typeof aq.table>;

interface Run {
  loadMs: number;
  aggregateMs: number;
  chartMs: number;
  longestTaskMs: number;
  heapGrowthBytes: number | null;
  rows: number;
}

const contenders: Record<string, (bytes: ArrayBuffer, text: string) => Promise<Table>> = {
  blauw: async (bytes) => {
    const load = loadFile(new Blob([bytes]), "bench.csv", () => {});
    const reading = await load.result;
    return aq.table(reading.data);
  },
  "blauw, main thread": async (bytes) => aq.table(readCsv(new Uint8Array(bytes)).data),
  "arquero.fromCSV": async (_bytes, text) => aq.fromCSV(text),
  "d3.csvParse + aq.from": async (_bytes, text) => aq.from(d3.csvParse(text)),
  "papaparse naive + aq.from": async (_bytes, text) =>
    aq.from(
      Papa.parse<Record<string, unknown>>(text, { header: true, dynamicTyping: true, skipEmptyLines: true })
        .data,
    ),
};

let longest = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
}).observe({ type: "longtask", buffered: false });

const heap = () =>
  (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null;
const gc = () => (globalThis as unknown as { gc?: () => void }).gc?.();
const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 50));

async function run(contender: string, url: string): Promise<Run> {
  const bytes = await (await fetch(url)).arrayBuffer();
  const text = new TextDecoder().decode(bytes);
  gc();
  await nextFrame();
  const before = heap();
  longest = 0;
  const start = performance.now();
  const table = await contenders[contender](bytes, text);
  const loadMs = performance.now() - start;
  await nextFrame(); // let the long-task observer deliver
  const longestTaskMs = longest;
  gc();
  const after = heap();
  const aggregateStart = performance.now();
  // Blauw's loader already gives each period its year as a number; the others derive it from the code.
  const withYear = table.columnNames().includes("Perioden_year")
    ? table.rename({ Perioden_year: "year" })
    : table.derive({
        year: aq.escape((d: Record<string, unknown>) => Number(String(d.Perioden).slice(0, 4))),
      });
  const perYear = withYear
    .groupby("year")
    .rollup({ total: aq.op.sum("GeregistreerdeMisdrijven_1") })
    .orderby("year");
  const perRegion = table.groupby("RegioS").rollup({ total: aq.op.sum("GeregistreerdeMisdrijven_1") });
  const aggregateMs = performance.now() - aggregateStart;
  const chartStart = performance.now();
  const chart = drawYearTotals(perYear.objects() as { year: number; total: number }[], document);
  document.getElementById("chart")?.replaceChildren(chart);
  const chartMs = performance.now() - chartStart;
  if (perRegion.numRows() === 0) throw new Error("no regions");
  return {
    loadMs,
    aggregateMs,
    chartMs,
    longestTaskMs,
    heapGrowthBytes: before !== null && after !== null ? after - before : null,
    rows: table.numRows(),
  };
}

Object.assign(window, { blauwBench: { run, contenders: Object.keys(contenders) } });
document.getElementById("status")?.append(" Ready.");
