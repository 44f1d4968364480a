import type { MachineMoment } from "./machine.ts";
import type { Spread } from "./spread.ts";

/** Medians of where one contender's loads spent their time, by phase. */
export interface Phases {
  worker?: Record<string, number>;
  helper?: Record<string, number>;
  page?: Record<string, number>;
}

/** One contender at one size, over all its runs. */
export interface BenchResult {
  contender: string;
  /** A ceiling parses without making a table: compared with, not raced against. */
  ceiling: boolean;
  rows: number;
  megabytes: number;
  load: Spread;
  medianLoadMs: number;
  mbPerSecond: number;
  /** The longest main-thread task while loading, over all runs. */
  longestTaskMs: number;
  /** Main-thread JS heap growth plus the bytes of typed arrays behind the table's columns (median). */
  heapGrowthMB: number | null;
  aggregate: Spread | null;
  medianAggregateMs: number | null;
  medianChartMs: number | null;
  /** How far the memory of the browser's processes rose during one cold load in a fresh page. */
  peakMemoryMB: number | null;
  /** DuckDB-WASM: its engine's start-up, once per page, apart from its load times. */
  startupMs?: number;
  /** Why its figures do not count: totals or rows that are not the file's. */
  disqualified?: string;
  phases?: Phases;
}

export interface BenchRun {
  runs: number;
  synthetic: true;
  chromium: string;
  node: string;
  start: MachineMoment;
  end: MachineMoment;
  results: BenchResult[];
}

const ms = (n: number) => Math.round(n).toLocaleString("en-US");
const pad = (text: string, width: number) => text.padEnd(width);
const left = (text: string, width: number) => text.padStart(width);

/** The benchmark as text: the machine, every contender with its spread, ratios, ceilings and phases. */
export function benchReport(run: BenchRun): string {
  const lines: string[] = [];
  const { start, end } = run;
  lines.push(
    "",
    `Synthetic 47013NED-shaped CSV (not real figures), headless Chromium ${run.chromium}, Node ${run.node}`,
    `${start.date} – ${end.date}; ${start.cores} cores, ${Math.round(start.totalMemoryMB / 1000)} GB; ` +
      `load average ${start.loadAverage.join(" ")} at the start, ${end.loadAverage.join(" ")} at the end` +
      (Math.max(start.loadAverage[0], end.loadAverage[0]) > start.cores
        ? " (other work competed for the cores)"
        : ""),
    `Load: median (min–max) of ${run.runs} runs after a warm-up. Totals per year and per region checked against the generator.`,
    "",
    `${pad("rows", 10)}${pad("MB", 7)}${pad("contender", 30)}${left("load ms (min–max)", 24)}${left("MB/s", 7)}${left("longest task", 14)}${left("heap MB", 9)}${left("peak MB", 9)}${left("aggregate ms", 14)}${left("chart ms", 10)}`,
  );
  for (const r of run.results) {
    const load = r.disqualified
      ? "disqualified"
      : `${ms(r.load.median)} (${ms(r.load.min)}–${ms(r.load.max)})`;
    lines.push(
      `${pad(String(r.rows), 10)}${pad(r.megabytes.toFixed(1), 7)}${pad(r.contender, 30)}${left(load, 24)}${left(r.disqualified ? "–" : String(r.mbPerSecond), 7)}${left(String(r.longestTaskMs), 14)}${left(String(r.heapGrowthMB ?? "n/a"), 9)}${left(String(r.peakMemoryMB ?? "n/a"), 9)}${left(r.medianAggregateMs === null ? "–" : String(r.medianAggregateMs), 14)}${left(r.medianChartMs === null ? "–" : String(r.medianChartMs), 10)}`,
    );
  }
  for (const r of run.results) {
    if (r.disqualified) lines.push(`Disqualified: ${r.rows} rows, ${r.contender}: ${r.disqualified}`);
  }
  const startup = run.results.find((r) => r.startupMs !== undefined)?.startupMs;
  if (startup !== undefined)
    lines.push(`DuckDB-WASM start-up (once, not in its load times): ${ms(startup)} ms`);
  for (const rows of [...new Set(run.results.map((r) => r.rows))]) {
    lines.push(...comparisons(run.results.filter((r) => r.rows === rows)));
  }
  return lines.join("\n");
}

/** Blauw against the others and against the ceilings, then where Blauw's time went, for one size. */
function comparisons(results: BenchResult[]): string[] {
  const find = (name: string) => results.find((r) => r.contender === name && !r.disqualified);
  const blauw = find("blauw");
  if (!blauw) return [];
  const lines = [
    "",
    `${blauw.rows.toLocaleString("en-US")} rows, Blauw (${ms(blauw.load.median)} ms) against:`,
  ];
  for (const other of results) {
    if (other === blauw || other.disqualified) continue;
    const ratio = blauw.load.median / other.load.median;
    const what = other.ceiling ? "share of this ceiling's throughput" : "time ratio";
    const value = other.ceiling
      ? `${Math.round((other.load.median / blauw.load.median) * 100)}%`
      : `${ratio.toFixed(2)}×`;
    lines.push(`  ${pad(other.contender, 30)}${left(ms(other.load.median), 7)} ms   ${what} ${value}`);
  }
  for (const r of results) {
    if (!r.phases) continue;
    lines.push(`  where ${r.contender}'s time went (median ms, share of its median load):`);
    const part = (title: string, phases: Record<string, number> | undefined) => {
      if (!phases) return;
      const total = Object.values(phases).reduce((a, b) => a + b, 0);
      lines.push(`    ${title} (${ms(total)} ms)`);
      for (const [phase, time] of Object.entries(phases)) {
        lines.push(
          `      ${pad(phase, 34)}${left(ms(time), 7)} ms ${left(String(Math.round((time / r.load.median) * 100)), 4)}%`,
        );
      }
    };
    part("main worker", r.phases.worker);
    part("helper worker, side by side", r.phases.helper);
    part("page", r.phases.page);
  }
  return lines;
}
