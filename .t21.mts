import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";
import { launchChromium } from "./src/cli/chromium.ts";
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1300, height: 1400 } });
const results: string[] = [];
for (const nb of readdirSync("exports")) for (const f of readdirSync(join("exports", nb)).filter((x) => x.endsWith(".svg"))) {
  const svg = readFileSync(join("exports", nb, f), "utf8");
  await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
  const box = await page.$eval("body > svg", (s) => { const r = s.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; });
  const a = PNG.sync.read(await page.screenshot({ clip: box }));
  const b = PNG.sync.read(Buffer.from(new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } }).render().asPng()));
  const d = pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0.2 });
  results.push(`${nb}/${f}: ${(100 * d / (a.width * a.height)).toFixed(2)}%`);
}
console.log(results.join("\n"));
await browser.close();
