/**
 * The loading benchmark, in headless Chromium: deterministic CSVs shaped like CBS table 47013NED
 * (ID, SoortMisdrijf, RegioS, Perioden, GeregistreerdeMisdrijven_1, with some "." unknowns) at
 * several sizes, read by Blauw's loader and by the usual alternatives, side by side.
 *
 *   npm run bench -- [--sizes 64000,400000,1000000] [--runs 5] [--json FILE] [--only NAME,NAME]
 *
 * Per contender and size: median load time of the runs after one warm-up, MB/s, the longest
 * main-thread task while loading, main-thread heap growth, and the time of a per-year and
 * per-region aggregation and of one Plot chart of it. The data is synthetic and says so.
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launchChromium } from "./chromium.ts";
import { buildInto, median, option } from "./common.ts";
import { serveStatic } from "./static-server.ts";
import { syntheticCrimeCsv } from "./synthetic.ts";

interface Result {
  contender: string;
  rows: number;
  megabytes: number;
  medianLoadMs: number;
  mbPerSecond: number;
  longestTaskMs: number;
  heapGrowthMB: number | null;
  medianAggregateMs: number;
  medianChartMs: number;
  /** DuckDB-WASM: the engine's start-up, once per page, apart from loading. */
  startupMs?: number;
}

async function main(): Promise<void> {
  const sizes = option("--sizes", "64000,400000,1000000").split(",").map(Number);
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
    "rows      MB     contender                    load ms   MB/s   longest task ms   heap growth MB   aggregate ms   chart ms",
  );
  for (const r of results) {
    console.log(
      `${String(r.rows).padEnd(10)}${r.megabytes.toFixed(1).padEnd(7)}${r.contender.padEnd(29)}${String(r.medianLoadMs).padStart(7)}${String(r.mbPerSecond).padStart(7)}${String(r.longestTaskMs).padStart(18)}${String(r.heapGrowthMB ?? "n/a").padStart(17)}${String(r.medianAggregateMs).padStart(15)}${String(r.medianChartMs).padStart(11)}`,
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
