/**
 * The loading benchmark, in headless Chromium: deterministic CSVs shaped like CBS table 47013NED
 * (ID, SoortMisdrijf, RegioS, Perioden, GeregistreerdeMisdrijven_1, with some "." unknowns) at
 * several sizes, read by Blauw's loader and by the usual alternatives, side by side.
 *
 *   npm run bench -- [--sizes 64000,400000,1000000,4000000] [--runs 5] [--json FILE] [--only ID,…]
 *
 * `--help` lists the contenders' ids (see bench-contenders.ts).
 *
 * Per contender and size: min, median and max load time of the runs after one warm-up, MB/s, the
 * longest main-thread task while loading, main-thread heap growth, the peak memory of one cold load,
 * and the time of a per-year and per-region aggregation and of one Plot chart of it. Every run's
 * totals are checked against the generator's own: a contender that gets them wrong is disqualified.
 * Two ceilings (PapaParse with a no-op row callback, in a worker and on the page) show how fast a
 * PapaParse-based loader could be; Blauw's loader says where its time went. The machine's cores and
 * load are printed with the date, so a reader can judge the run. The data is synthetic and says so.
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { benchContenders, benchUsage, selectContenders } from "./bench-contenders.ts";
import { type BenchResult, benchReport, type Phases } from "./bench-report.ts";
import { buildInto } from "./build-site.ts";
import { launchChromium } from "./chromium.ts";
import { machineMoment } from "./machine.ts";
import { median } from "./median.ts";
import { option } from "./option.ts";
import { peakMemoryRise } from "./peak-memory.ts";
import { spread } from "./spread.ts";
import { serveStatic } from "./static-server.ts";
import { type CrimeTotals, syntheticCrimeCsv, syntheticCrimeTotals } from "./synthetic.ts";
import { type ReportedTotals, totalsDisagreement } from "./totals-check.ts";

/** One run as the page reports it (see `Run` in src/bench.ts). */
interface PageRun {
  loadMs: number;
  aggregateMs: number;
  chartMs: number;
  longestTaskMs: number;
  heapGrowthBytes: number | null;
  rows: number;
  startupMs?: number;
  totals?: ReportedTotals;
  phases?: Phases;
}

type BenchWindow = {
  blauwBench: {
    contenders: string[];
    prepare: (u: string) => Promise<void>;
    run: (c: string, u: string) => Promise<PageRun>;
  };
};

/** Contenders that parse without making a table: the ceilings Blauw is compared with. */
const isCeiling = (contender: string) => contender.startsWith("papaparse bare");

async function main(): Promise<void> {
  const sizes = option("--sizes", "64000,400000,1000000,4000000").split(",").map(Number);
  const runs = Number(option("--runs", "5"));
  const jsonFile = option("--json", "");
  if (process.argv.includes("--help")) {
    console.log(benchUsage());
    return;
  }
  const only = option("--only", "");
  // A wrong choice is said before the site is built; the page's own list is checked against it below.
  selectContenders(
    only,
    benchContenders.map((contender) => contender.name),
  );
  const start = machineMoment();
  process.stderr.write("Building the benchmark page…\n");
  const outDir = await buildInto("blauw-bench-", "bench.html");
  const megabytes: Record<number, number> = {};
  const expected: Record<number, CrimeTotals> = {};
  for (const size of sizes) {
    const csv = syntheticCrimeCsv(size);
    writeFileSync(join(outDir, `synthetic-${size}.csv`), csv);
    megabytes[size] = Buffer.byteLength(csv) / 1e6;
    expected[size] = syntheticCrimeTotals(size);
  }
  const { url, server } = await serveStatic(outDir, "/");
  const browser = await launchChromium(["--enable-precise-memory-info", "--js-flags=--expose-gc"]);
  const results: BenchResult[] = [];
  try {
    const page = await benchPage(browser, `${url}bench.html`);
    const pageNames = await page.evaluate(() => (window as unknown as BenchWindow).blauwBench.contenders);
    for (const name of pageNames)
      if (!benchContenders.some((contender) => contender.name === name))
        process.stderr.write(`the contender "${name}" has no id in src/cli/bench-contenders.ts\n`);
    const contenders = selectContenders(only, pageNames);
    for (const size of sizes) {
      const file = `synthetic-${size}.csv`;
      for (const contender of contenders) {
        await page.evaluate((name) => (window as unknown as BenchWindow).blauwBench.prepare(name), file);
        const samples: PageRun[] = [];
        let disqualified: string | undefined;
        for (let i = 0; i <= runs; i++) {
          const sample = await page.evaluate(
            ([name, csv]) => (window as unknown as BenchWindow).blauwBench.run(name, csv),
            [contender, file],
          );
          // Every run is checked, the warm-up too; only the runs after it are timed.
          disqualified ??= wrongAnswer(contender, sample, size, expected[size]);
          if (i > 0) samples.push(sample);
        }
        const load = spread(samples.map((s) => s.loadMs));
        const heaps = samples.map((s) => s.heapGrowthBytes).filter((h): h is number => typeof h === "number");
        const ceiling = isCeiling(contender);
        results.push({
          contender,
          ceiling,
          rows: size,
          megabytes: Math.round(megabytes[size] * 10) / 10,
          load: { min: Math.round(load.min), median: Math.round(load.median), max: Math.round(load.max) },
          medianLoadMs: Math.round(load.median),
          mbPerSecond: Math.round((megabytes[size] / (load.median / 1000)) * 10) / 10,
          longestTaskMs: Math.round(Math.max(...samples.map((s) => s.longestTaskMs))),
          heapGrowthMB: heaps.length ? Math.round(median(heaps) / 1e5) / 10 : null,
          aggregate: ceiling ? null : rounded(spread(samples.map((s) => s.aggregateMs))),
          medianAggregateMs: ceiling ? null : Math.round(median(samples.map((s) => s.aggregateMs))),
          medianChartMs: ceiling ? null : Math.round(median(samples.map((s) => s.chartMs))),
          startupMs: typeof samples[0].startupMs === "number" ? Math.round(samples[0].startupMs) : undefined,
          peakMemoryMB: await coldPeakMemory(browser, `${url}bench.html`, contender, file),
          disqualified,
          phases: medianPhases(samples),
        });
        process.stderr.write(
          `  ${size} rows, ${contender}: ${Math.round(load.median)} ms${disqualified ? ` (disqualified: ${disqualified})` : ""}\n`,
        );
      }
    }
    const report = {
      runs,
      synthetic: true as const,
      chromium: browser.version(),
      node: process.version,
      start,
      end: machineMoment(),
      results,
    };
    console.log(benchReport(report));
    if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await browser.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

/** The benchmark page, ready, with its errors and warnings passed on to the terminal. */
async function benchPage(browser: Browser, pageUrl: string, context = browser.contexts()[0]): Promise<Page> {
  const page = context ? await context.newPage() : await browser.newPage();
  page.on("pageerror", (error) => process.stderr.write(`page error: ${error.message}\n`));
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning")
      process.stderr.write(`page ${message.type()}: ${message.text()}\n`);
  });
  await page.goto(pageUrl);
  await page.waitForFunction(() => "blauwBench" in window);
  return page;
}

/** Why a run's answer is wrong (rows not the file's, totals not the generator's), or undefined. */
function wrongAnswer(
  contender: string,
  run: PageRun,
  rows: number,
  expected: CrimeTotals,
): string | undefined {
  if (run.rows !== rows) return `${run.rows} rows instead of ${rows}`;
  if (isCeiling(contender)) return undefined; // no table, no totals: its rows were counted
  if (!run.totals) return "no totals";
  return totalsDisagreement(expected, run.totals) ?? undefined;
}

const rounded = (s: { min: number; median: number; max: number }) => ({
  min: Math.round(s.min),
  median: Math.round(s.median),
  max: Math.round(s.max),
});

/** Each phase's median over the runs that report phases (a phase a run skipped counts as 0 there). */
function medianPhases(samples: readonly PageRun[]): Phases | undefined {
  const timed = samples.filter((s) => s.phases);
  if (timed.length === 0) return undefined;
  const part = (key: keyof Phases) => {
    const names = [...new Set(timed.flatMap((s) => Object.keys(s.phases?.[key] ?? {})))];
    if (names.length === 0) return undefined;
    return Object.fromEntries(
      names.map((name) => [name, Math.round(median(timed.map((s) => s.phases?.[key]?.[name] ?? 0)))]),
    );
  };
  return { worker: part("worker"), helper: part("helper"), page: part("page") };
}

/**
 * One cold load in a fresh page (its own renderer process) that already holds the file: how far the
 * memory of the browser's processes rose during it, in MB (see `peakMemoryRise`).
 */
async function coldPeakMemory(
  browser: Browser,
  pageUrl: string,
  contender: string,
  file: string,
): Promise<number | null> {
  const context = await browser.newContext();
  try {
    const page = await benchPage(browser, pageUrl, context);
    await page.evaluate((name) => (window as unknown as BenchWindow).blauwBench.prepare(name), file);
    const { riseMB } = await peakMemoryRise(browser, () =>
      page.evaluate(
        ([name, csv]) => (window as unknown as BenchWindow).blauwBench.run(name, csv),
        [contender, file],
      ),
    );
    return riseMB;
  } finally {
    await context.close();
  }
}
