import { chromium } from "playwright-core";
import { serveStatic } from "./tests/util/static-server.ts";
const { url, server } = await serveStatic("tests/.site", "/blauw/");
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
await page.goto(url + "#/reaction-times");
await page.waitForTimeout(2000);
const sel = `.cell[data-cell-id="share-within-15-minutes"] svg [aria-label] > :is(rect, circle, path)`;
const marks = await page.$$(sel);
console.log("marks", marks.length, await page.$$eval(`.cell[data-cell-id="share-within-15-minutes"] svg > g`, (gs) => gs.map((g) => g.getAttribute("aria-label"))));
const circles = await page.$$(`.cell[data-cell-id="share-within-15-minutes"] svg g[aria-label=dot] circle`);
for (const c of circles.slice(-1)) {
  const box = await c.boundingBox(); console.log(box);
  await c.scrollIntoViewIfNeeded();
  const b2 = await c.boundingBox();
  await page.mouse.move(b2!.x + b2!.width / 2, b2!.y + b2!.height / 2);
  await page.waitForTimeout(500);
  console.log(await page.$eval(`.cell[data-cell-id="share-within-15-minutes"]`, (e) => e.querySelector('[aria-label="tip"]')?.outerHTML.slice(0, 800)));
}
await page.screenshot({ path: "/tmp/rt.png", fullPage: false });
await browser.close(); server.close();
