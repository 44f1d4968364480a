/**
 * The loading benchmark, in headless Chromium: deterministic CSVs shaped like CBS table 47013NED
 * (ID, SoortMisdrijf, RegioS, Perioden, GeregistreerdeMisdrijven_1, with some "." unknowns) at
 * several sizes, read by Blauw's loader and by the usual alternatives, side by side.
 *
 *   npm run bench -- [--sizes 64000,400000,1000000,4000000] [--runs 5] [--json FILE] [--only NAME,NAME]
 *
 * Per contender and size: median load time of the runs after one warm-up, MB/s, the longest
 * main-thread task while loading, main-thread heap growth, and the time of a per-year and
 * per-region aggregation and of one Plot chart of it. The data is synthetic and says so.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildInto } from "./build-site.ts";
import { launchChromium } from "./chromium.ts";
import { median } from "./median.ts";
import { option } from "./option.ts";
import { serveStatic } from "./static-server.ts";
import { syntheticCrimeCsv } from "./synthetic.ts";

interface Result {
  contender: string;
  rows: number;
  megabytes: number;
  medianLoadMs: number;
  mbPerSecond: number;
  longestTaskMs: number;
  /** Main-thread JS heap growth plus the bytes of typed arrays behind the table's columns. */
  heapGrowthMB: number | null;
  medianAggregateMs: number;
  medianChartMs: number;
  /**
   * How far the resident memory of Chromium's page processes (page, workers, WebAssembly) rose while
   * loading once, cold, in a fresh page that already held the file.
   */
  peakMemoryMB: number | null;
  /** DuckDB-WASM: the engine's start-up, once per page, apart from loading. */
  startupMs?: number;
}

async function main(): Promise<void> {
  const sizes = option("--sizes", "64000,400000,1000000,4000000").split(",").map(Number);
  const runs = Number(option("--runs", "5"));
  const jsonFile = option("--json", "");
  const only = option("--only", "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  process.stderr.write("Building the benchmark page…\n");
  const outDir = await buildInto("blauw-bench-", "bench.html");
  const megabytes: Record<number, number> = {};
  for (const size of sizes) {
    const csv = syntheticCrimeCsv(size);
    writeFileSync(join(outDir, `synthetic-${size}.csv`), csv);
    megabytes[size] = Buffer.byteLength(csv) / 1e6;
  }
  const { url, server } = await serveStatic(outDir, "/");
  const browser = await launchChromium(["--enable-precise-memory-info", "--js-flags=--expose-gc"]);
  const results: Result[] = [];
  try {
    const page = await browser.newPage();
    page.on("pageerror", (error) => process.stderr.write(`page error: ${error.message}\n`));
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning")
        process.stderr.write(`page ${message.type()}: ${message.text()}\n`);
    });
    await page.goto(`${url}bench.html`);
    await page.waitForFunction(() => "blauwBench" in window);
    const contenders = (
      await page.evaluate(
        () => (window as unknown as { blauwBench: { contenders: string[] } }).blauwBench.contenders,
      )
    ).filter((name) => only.length === 0 || only.some((part) => name.startsWith(part)));
    for (const size of sizes) {
      for (const contender of contenders) {
        const samples = [];
        await page.evaluate(
          (file) =>
            (
              window as unknown as { blauwBench: { prepare: (u: string) => Promise<void> } }
            ).blauwBench.prepare(file),
          `synthetic-${size}.csv`,
        );
        for (let i = 0; i <= runs; i++) {
          const sample = await page.evaluate(
            ([name, file]) =>
              (
                window as unknown as {
                  blauwBench: { run: (c: string, u: string) => Promise<Record<string, number>> };
                }
              ).blauwBench.run(name, file),
            [contender, `synthetic-${size}.csv`],
          );
          if (i > 0) samples.push(sample); // the first run is the warm-up
        }
        const load = median(samples.map((s) => s.loadMs));
        const heaps = samples.map((s) => s.heapGrowthBytes).filter((h): h is number => typeof h === "number");
        results.push({
          contender,
          rows: samples[0].rows,
          megabytes: megabytes[size],
          medianLoadMs: Math.round(load),
          mbPerSecond: Math.round((megabytes[size] / (load / 1000)) * 10) / 10,
          longestTaskMs: Math.round(Math.max(...samples.map((s) => s.longestTaskMs))),
          heapGrowthMB: heaps.length ? Math.round(median(heaps) / 1e5) / 10 : null,
          medianAggregateMs: Math.round(median(samples.map((s) => s.aggregateMs))),
          medianChartMs: Math.round(median(samples.map((s) => s.chartMs))),
          startupMs: typeof samples[0].startupMs === "number" ? Math.round(samples[0].startupMs) : undefined,
          peakMemoryMB: await coldMemory(browser, `${url}bench.html`, contender, `synthetic-${size}.csv`),
        });
        process.stderr.write(`  ${size} rows, ${contender}: ${Math.round(load)} ms\n`);
      }
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  console.log(`\nSynthetic 47013NED-shaped CSV, headless Chromium, median of ${runs} runs after a warm-up`);
  console.log(
    "rows      MB     contender                    load ms   MB/s   longest task ms   heap growth MB   peak memory MB   aggregate ms   chart ms",
  );
  for (const r of results) {
    console.log(
      `${String(r.rows).padEnd(10)}${r.megabytes.toFixed(1).padEnd(7)}${r.contender.padEnd(29)}${String(r.medianLoadMs).padStart(7)}${String(r.mbPerSecond).padStart(7)}${String(r.longestTaskMs).padStart(18)}${String(r.heapGrowthMB ?? "n/a").padStart(17)}${String(r.peakMemoryMB ?? "n/a").padStart(17)}${String(r.medianAggregateMs).padStart(15)}${String(r.medianChartMs).padStart(11)}`,
    );
  }
  const startup = results.find((r) => r.startupMs !== undefined)?.startupMs;
  if (startup !== undefined) console.log(`DuckDB-WASM start-up (once, not in its load times): ${startup} ms`);
  if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify({ runs, synthetic: true, results }, null, 2)}\n`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

type BenchWindow = {
  blauwBench: { prepare: (u: string) => Promise<void>; run: (c: string, u: string) => Promise<unknown> };
};

/**
 * One cold load in a fresh page (its own renderer process) that already holds the file: how far the
 * resident memory of Chromium's renderer processes rose above what it was just before, in MB. Read
 * from /proc every 25 ms, so Linux only (null elsewhere).
 */
async function coldMemory(
  browser: Awaited<ReturnType<typeof launchChromium>>,
  pageUrl: string,
  contender: string,
  file: string,
): Promise<number | null> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(pageUrl);
    await page.waitForFunction(() => "blauwBench" in window);
    await page.evaluate((name) => (window as unknown as BenchWindow).blauwBench.prepare(name), file);
    const renderers = rendererProcesses();
    if (renderers.length === 0) return null;
    const baseline = residentBytes(renderers);
    let high = baseline;
    const sampler = setInterval(() => {
      high = Math.max(high, residentBytes(renderers));
    }, 25);
    await page.evaluate(
      ([name, url]) => (window as unknown as BenchWindow).blauwBench.run(name, url),
      [contender, file],
    );
    clearInterval(sampler);
    return Math.round((Math.max(high, residentBytes(renderers)) - baseline) / 1e6);
  } finally {
    await context.close();
  }
}

/** Process ids of Chromium's renderer processes. */
function rendererProcesses(): string[] {
  try {
    return readdirSync("/proc").filter((pid) => {
      if (!/^\d+$/.test(pid)) return false;
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("--type=renderer");
      } catch {
        return false; // the process ended while we looked
      }
    });
  } catch {
    return [];
  }
}

function residentBytes(pids: readonly string[]): number {
  let total = 0;
  for (const pid of pids) {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (rss) total += Number(rss[1]) * 1024;
    } catch {
      // the process ended while we looked
    }
  }
  return total;
}
