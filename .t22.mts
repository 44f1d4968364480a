import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";
import { launchChromium } from "./src/cli/chromium.ts";
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1300, height: 1400 } });
const out: string[] = [];
for (const nb of readdirSync("exports")) for (const f of readdirSync(join("exports", nb)).filter((x) => x.endsWith(".svg"))) {
  const svg = readFileSync(join("exports", nb, f), "utf8");
  await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
  const box = await page.$eval("body > svg", (s) => { const r = s.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; });
  const a = PNG.sync.read(await page.screenshot({ clip: box }));
  const b = PNG.sync.read(readFileSync(`/tmp/ink/exports_${nb}_${f.replace(".svg", ".png")}`));
  if (a.width !== b.width || a.height !== b.height) { out.push(`${nb}/${f}: size ${a.width}x${a.height} vs ${b.width}x${b.height}`); continue; }
  // Inkscape leaves the page transparent outside drawn shapes; compare over white.
  for (let i = 0; i < b.data.length; i += 4) { const al = b.data[i + 3] / 255; for (let c = 0; c < 3; c++) b.data[i + c] = Math.round(b.data[i + c] * al + 255 * (1 - al)); b.data[i + 3] = 255; }
  const d = pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0.2 });
  out.push(`${nb}/${f}: ${(100 * d / (a.width * a.height)).toFixed(2)}%`);
}
console.log(out.join("\n"));
await browser.close();
