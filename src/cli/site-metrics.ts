/**
 * Measures the built site in headless Chromium: for every notebook, the time from navigation to its
 * first chart drawn, and the JavaScript the page loads (raw and gzipped).
 *
 *   npm run metrics -- [--runs N] [--json FILE]
 *
 * It builds the site first (into a temporary folder), so it measures what `npm run build` ships.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { buildInto } from "./build-site.ts";
import { launchChromium } from "./chromium.ts";
import { median } from "./median.ts";
import { option } from "./option.ts";
import { serveStatic } from "./static-server.ts";

interface PageMetrics {
  notebook: string;
  firstChartMs: number[];
  medianFirstChartMs: number;
  scripts: number;
  jsBytes: number;
  jsGzipBytes: number;
}

async function main(): Promise<void> {
  const runs = Number(option("--runs", "5"));
  const jsonFile = option("--json", "");
  process.stderr.write("Building the site…\n");
  const outDir = await buildInto("blauw-site-");
  const { url, server } = await serveStatic(outDir, "/");
  const browser = await launchChromium();
  const results: PageMetrics[] = [];
  try {
    const home = await browser.newPage();
    await home.goto(url);
    await home.waitForSelector(".cards .card a");
    const slugs = await home.$$eval(".cards .card", (cards) =>
      cards.map((card) => (card as HTMLElement).dataset.notebook ?? ""),
    );
    await home.close();
    for (const slug of slugs) {
      const times: number[] = [];
      let scripts = new Set<string>();
      for (let run = 0; run <= runs; run++) {
        // A fresh context per run: nothing cached, as for a first visit.
        const context = await browser.newContext();
        const page = await context.newPage();
        const loaded = new Set<string>();
        page.on("response", (response) => {
          if (response.request().resourceType() === "script") loaded.add(new URL(response.url()).pathname);
        });
        await page.goto(`${url}#/${slug}`, { waitUntil: "commit" });
        await page.waitForSelector(".cell[data-cell-id] svg [aria-label] > *", {
          state: "attached",
          timeout: 30_000,
        });
        // Navigation start to now, in the page's own clock.
        const elapsed = await page.evaluate(() => performance.now());
        if (run > 0) times.push(elapsed); // the first run warms the server and the disk cache
        scripts = loaded;
        await context.close();
      }
      const bytes = [...scripts].map((path) => readFileSync(join(outDir, path.replace(/^\//, ""))));
      results.push({
        notebook: slug,
        firstChartMs: times.map((t) => Math.round(t)),
        medianFirstChartMs: Math.round(median(times)),
        scripts: bytes.length,
        jsBytes: bytes.reduce((sum, b) => sum + b.length, 0),
        jsGzipBytes: bytes.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
      });
      process.stderr.write(`  ${slug}: done\n`);
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log(
    `\nNotebook pages, built site, headless Chromium, median of ${runs} cold loads after a warm-up`,
  );
  console.log("notebook            first chart (ms)   JS files   JS (KB)   JS gzipped (KB)");
  for (const r of results) {
    console.log(
      `${r.notebook.padEnd(20)}${String(r.medianFirstChartMs).padStart(16)}${String(r.scripts).padStart(11)}${kb(r.jsBytes).padStart(10)}${kb(r.jsGzipBytes).padStart(18)}`,
    );
  }
  if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify({ runs, results }, null, 2)}\n`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
