/**
 * Batch export: every `id=` chart of the chosen notebooks (all by default), rendered in headless
 * Chromium as the site draws it, written to DIR/<notebook>/<chart-id>.svg and .png.
 *
 *   npm run export -- [--out DIR] [--format svg,png] [--theme light|dark] [--site URL] [--timestamp]
 *                     [--width PX] [NOTEBOOK…]
 *
 * Files are light unless --theme dark. Sources link to the official documents, or with --site to the
 * fact sheets of the site published at URL (and permalinks point there too). The same site and data give
 * the same bytes: files carry no time unless --timestamp is given, and permalinks in them are relative
 * (index.html#/…) unless --site is given.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildInto, root } from "./build-site.ts";
import { launchChromium } from "./chromium.ts";
import { option } from "./option.ts";
import { serveStatic } from "./static-server.ts";

/** Arguments that are not options or option values: the notebooks asked for. */
function notebookArguments(): string[] {
  const valued = new Set(["--out", "--format", "--width", "--theme", "--site"]);
  const args = process.argv.slice(2);
  return args.filter((arg, i) => !arg.startsWith("--") && !valued.has(args[i - 1] ?? ""));
}

async function main(): Promise<void> {
  const out = resolve(root, option("--out", "exports"));
  const formats = option("--format", "svg,png")
    .split(",")
    .map((format) => format.trim())
    .filter(Boolean);
  const unknownFormat = formats.find((format) => format !== "svg" && format !== "png");
  if (unknownFormat) throw new Error(`unknown format "${unknownFormat}": use svg, png or svg,png`);
  const scheme = option("--theme", "light");
  if (scheme !== "light" && scheme !== "dark")
    throw new Error(`unknown theme "${scheme}": use light or dark`);
  const site = process.argv.includes("--site") ? siteUrl(option("--site", "")) : undefined;
  const width = Number(option("--width", "1100"));
  const created = process.argv.includes("--timestamp") ? new Date().toISOString() : undefined;
  process.stderr.write("Building the site…\n");
  const built = await buildInto("blauw-export-");
  const { url, server } = await serveStatic(built, "/");
  const browser = await launchChromium();
  let written = 0;
  const failures: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(url);
    await page.waitForSelector(".cards");
    const available = await page.$$eval("[data-notebook]", (cards) =>
      cards.map((card) => (card as HTMLElement).dataset.notebook ?? ""),
    );
    const asked = notebookArguments();
    const missing = asked.filter((slug) => !available.includes(slug));
    if (missing.length > 0)
      throw new Error(`no notebook called ${missing.join(", ")}; there are: ${available.join(", ")}`);
    const slugs = asked.length > 0 ? asked : available;
    const plan: { slug: string; charts: string[] }[] = [];
    for (const slug of slugs) {
      await page.goto(`${url}#/${slug}`);
      await page.waitForFunction((name) => window.blauwCharts?.notebook === name, slug);
      // Every chart cell has drawn (or failed) and no cell is still running.
      await page.waitForFunction(
        () =>
          document.querySelectorAll(".cell-running").length === 0 &&
          [...document.querySelectorAll(".cell[data-cell-id]")].every(
            (cell) =>
              cell.querySelector(":scope > figure.blauw-chart") || cell.classList.contains("cell-error"),
          ),
        undefined,
        { timeout: 30_000 },
      );
      await page.evaluate(() => document.fonts.ready);
      const charts = await page.evaluate(() => window.blauwCharts?.list() ?? []);
      const errors = await page.$$eval(".cell[data-cell-id].cell-error", (cells) =>
        cells.map((cell) => (cell as HTMLElement).dataset.cellId ?? ""),
      );
      for (const chart of errors) failures.push(`${slug}/${chart}: the cell failed to draw`);
      plan.push({ slug, charts });
      const total = charts.length * formats.length;
      let done = 0;
      mkdirSync(join(out, slug), { recursive: true });
      for (const chart of charts) {
        const options: BlauwChartFileOptions = { permalinkBase: site ?? "index.html", created, scheme, site };
        for (const format of formats) {
          const file = join(out, slug, `${chart}.${format}`);
          if (format === "svg") {
            const svg = await page.evaluate(
              ([id, o]) => window.blauwCharts?.svg(id as string, o as typeof options) ?? "",
              [chart, options] as const,
            );
            writeFileSync(file, svg);
          } else {
            const png = await page.evaluate(
              ([id, o]) => window.blauwCharts?.png(id as string, o as typeof options) ?? "",
              [chart, options] as const,
            );
            writeFileSync(file, Buffer.from(png, "base64"));
          }
          written++;
          done++;
          process.stderr.write(`\r  ${slug}: ${done}/${total} ${`${chart}.${format}`.padEnd(48)}`);
        }
      }
      process.stderr.write("\n");
    }
    const charts = plan.reduce((n, item) => n + item.charts.length, 0);
    console.log(
      `Exported ${charts} charts from ${plan.length} notebook${plan.length === 1 ? "" : "s"} as ${formats.join(" and ")} (${scheme}): ${written} files in ${out}`,
    );
    for (const item of plan) console.log(`  ${item.slug}: ${item.charts.join(", ") || "(no charts)"}`);
    if (failures.length > 0) {
      console.error(`${failures.length} chart(s) could not be exported:\n  ${failures.join("\n  ")}`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(built, { recursive: true, force: true });
  }
}

/** The --site address as an absolute http(s) URL of a folder (ends in `/`). */
function siteUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`--site needs the address of the published site, such as https://example.org/blauw/`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new Error(`--site: not an http(s) address: ${text}`);
  url.hash = "";
  url.search = "";
  if (!/\/$|\.html?$/.test(url.pathname)) url.pathname += "/";
  return url.href;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
