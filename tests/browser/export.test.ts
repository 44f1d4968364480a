import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { XMLValidator } from "fast-xml-parser";
import pixelmatch from "pixelmatch";
import type { Page } from "playwright-core";
import { PNG } from "pngjs";
import { describe, expect, inject, it } from "vitest";
import { collectErrors } from "../../src/cli/chromium.ts";
import { useBrowser } from "./helpers.ts";

const siteUrl = inject("siteUrl");
const browser = useBrowser();
const chart = "share-within-15-minutes";

async function openNotebook(hash = "#/reaction-times"): Promise<{ page: Page; errors: string[] }> {
  const context = await browser().newContext({
    viewport: { width: 1200, height: 900 },
    acceptDownloads: true,
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(siteUrl).origin });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${siteUrl}${hash}`);
  await page.waitForSelector(
    hash.startsWith("#/reaction-times") ? `.cell[data-cell-id="${chart}"] .chart-toolbar` : ".chart-toolbar",
  );
  return { page, errors };
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

const button = (label: string) => `.cell[data-cell-id="${chart}"] .chart-toolbar button:text-is("${label}")`;

/** Width and height of a PNG, from its IHDR chunk. */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

describe("the chart toolbar", () => {
  it("puts the table toggle and six buttons under every id= chart, in a toolbar", async () => {
    const { page, errors } = await openNotebook();
    await page.waitForFunction(() => document.querySelectorAll(".chart-toolbar").length === 3);
    const labels = await page.$$eval(`.cell[data-cell-id="${chart}"] .chart-toolbar button`, (buttons) =>
      buttons.map((b) => b.textContent),
    );
    expect(labels).toEqual(["Tabel", "SVG", "PNG", "Gegevens", "CSV (Excel NL)", "Insluiten", "Link"]);
    const schemes = await page.$$eval(
      `.cell[data-cell-id="${chart}"] .chart-toolbar select option`,
      (options) => options.map((option) => option.textContent),
    );
    expect(schemes).toEqual(["Licht", "Donker"]);
    expect(await page.getAttribute(`.cell[data-cell-id="${chart}"] .chart-toolbar`, "role")).toBe("toolbar");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("downloads a standalone SVG with the chart's title, sources and provenance (by keyboard too)", async () => {
    const { page } = await openNotebook();
    const title = await page.textContent(`.cell[data-cell-id="${chart}"] .blauw-chart-title`);
    await page.focus(button("SVG"));
    const { name, bytes } = await downloaded(page, () => page.keyboard.press("Enter"));
    const svg = bytes.toString("utf8");
    expect(name).toBe(`reaction-times-${chart}.svg`);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain(`<title id="blauw-title">${title}</title>`);
    expect(svg).toContain("<desc");
    expect(svg).toMatch(/<blauw:chart [^>]*notebook="reaction-times" chart="share-within-15-minutes"/);
    expect(svg).toMatch(/created="\d{4}-\d\d-\d\dT/);
    expect(svg).toContain('ref="antwoorden-eerste-kamer-t03934#antwoord-20"');
    expect(svg).toContain("Bron: Antwoorden Eerste Kamer T03934, antwoord 20");
    expect(svg).not.toContain("currentColor");
    expect(svg).not.toMatch(/var\(--|<style|<image/);
    await page.context().close();
  });

  it("declares the font stack the page draws the chart with, on the file and on its plot", async () => {
    const { page } = await openNotebook();
    const drawn = await page.$eval(`.cell[data-cell-id="${chart}"] .blauw-chart`, (figure) => ({
      frame: getComputedStyle(figure).fontFamily,
      plot: getComputedStyle(figure.querySelector(":scope > svg") as Element).fontFamily,
    }));
    const svg = (await downloaded(page, () => page.click(button("SVG")))).bytes.toString("utf8");
    const parsed = await page.evaluate((text) => {
      const root = new DOMParser().parseFromString(text, "image/svg+xml").documentElement;
      return {
        file: root.getAttribute("font-family"),
        plot: root.querySelector("svg")?.getAttribute("font-family"),
      };
    }, svg);
    expect(drawn.plot).toBe(drawn.frame);
    expect(parsed).toEqual({ file: drawn.frame, plot: drawn.frame });
    await page.context().close();
  });

  it("rebuilds Plot's HTML legend as SVG inside the file", async () => {
    const { page } = await openNotebook("#/police-capacity");
    const legendChart = "wijkagent-minimum";
    await page.waitForSelector(`.cell[data-cell-id="${legendChart}"] .chart-toolbar`);
    const { bytes } = await downloaded(page, () =>
      page.click(`.cell[data-cell-id="${legendChart}"] .chart-toolbar button:text-is("SVG")`),
    );
    const svg = bytes.toString("utf8");
    expect(XMLValidator.validate(svg)).toBe(true);
    const legend = /<g class="legend">([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? "";
    expect(legend).toContain(">Ter vergelijking</text>");
    expect(legend).toContain(">Gekozen gebied</text>");
    expect(legend.match(/<rect /g)).toHaveLength(2);
    await page.context().close();
  });

  it("downloads a PNG at twice the SVG's size", async () => {
    const { page } = await openNotebook();
    const svg = (await downloaded(page, () => page.click(button("SVG")))).bytes.toString("utf8");
    const { name, bytes } = await downloaded(page, () => page.click(button("PNG")));
    expect(name).toBe(`reaction-times-${chart}.png`);
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    const width = Number(/width="([\d.]+)"/.exec(svg)?.[1]);
    const height = Number(/height="([\d.]+)"/.exec(svg)?.[1]);
    expect(pngSize(bytes)).toEqual({ width: Math.round(width * 2), height: Math.round(height * 2) });
    await page.context().close();
  });

  it("downloads the chart's rows as CSV, each with its source", async () => {
    const { page } = await openNotebook();
    const { name, bytes } = await downloaded(page, () => page.click(button("Gegevens")));
    const lines = bytes.toString("utf8").trim().split("\r\n");
    expect(name).toBe(`reaction-times-${chart}.csv`);
    expect(lines[0]).toBe(
      "measure,label,year,period,value,unit,qualifier,source,source_document,source_kind,note,label_en,period_en",
    );
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines.slice(1)) expect(line).toMatch(/,https?:\/\/[^,]+,https?:\/\//);
    expect(lines.some((line) => line.startsWith("share-within-15-min,") && line.includes(",83.7,"))).toBe(
      true,
    );
    await page.context().close();
  });

  it("copies an embed snippet and a permalink", async () => {
    const { page } = await openNotebook();
    await page.click(button("Insluiten"));
    await page.waitForSelector(`.cell[data-cell-id="${chart}"] .chart-toolbar-status:has-text("gekopieerd")`);
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toMatch(
      /^<iframe src="http[^"]+embed\.html#\/reaction-times\/share-within-15-minutes\?bronnen=/,
    );
    expect(snippet).toContain("blauw:height");
    await page.click(button("Link"));
    await page.waitForSelector(
      `.cell[data-cell-id="${chart}"] .chart-toolbar-status:has-text("Link gekopieerd")`,
    );
    const link = await page.evaluate(() => navigator.clipboard.readText());
    // Inputs are keyed by their variable name, which does not move when cells are added above them.
    expect(link).toMatch(/#\/reaction-times\/share-within-15-minutes\?bronnen=.+&d=[0-9a-f]{8}$/);
    await page.context().close();
  });

  it("is left out of print, and charts are not cut across pages", async () => {
    const { page } = await openNotebook();
    await page.emulateMedia({ media: "print" });
    expect(await page.isVisible(".chart-toolbar")).toBe(false);
    expect(await page.isVisible(".site-header")).toBe(false);
    // Print width can make the charts draw again; read the figures once they stand (a figure being replaced
    // has no computed style). Every chart on the page must avoid a page break inside it.
    await page.waitForFunction(() => document.querySelectorAll(".blauw-chart").length > 0);
    await expect
      .poll(() =>
        page.$$eval(".blauw-chart", (figures) => [
          ...new Set(figures.map((figure) => getComputedStyle(figure).breakInside)),
        ]),
      )
      .toEqual(["avoid"]);
    await page.context().close();
  });
});

describe("permalinks", () => {
  it("carry the inputs' state: opening the link restores it, and says when the data has changed", async () => {
    const { page } = await openNotebook();
    await page.click('label:has-text("Alleen brondocumenten")');
    await page.waitForFunction(() => location.hash.includes("Alleen+brondocumenten"));
    const link = await page.evaluate(() => location.href);
    expect(link).toMatch(/#\/reaction-times\?bronnen=Alleen\+brondocumenten&d=[0-9a-f]{8}$/);
    await page.context().close();

    const { page: again } = await openNotebook(new URL(link).hash);
    const checked = await again.$eval(
      'input[type="radio"]:checked',
      (input) => input.closest("label")?.textContent,
    );
    expect(checked).toBe("Alleen brondocumenten");
    expect(await again.$(".notebook-notice:not([hidden])")).toBeNull();
    await again.context().close();

    const changed = new URL(link).hash.replace(/d=[0-9a-f]{8}/, "d=00000000");
    const { page: old } = await openNotebook(changed);
    await old.waitForSelector(".notebook-notice:not([hidden])");
    expect(await old.textContent(".notebook-notice")).toContain("De gegevens zijn veranderd");
    await old.context().close();
  });

  for (const key of ["bronnen", "c1"]) {
    it(`ignore state an input does not accept (${key}=)`, async () => {
      const { page, errors } = await openNotebook(
        `#/reaction-times?${key}=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&c9=x`,
      );
      const checked = await page.$eval(
        'input[type="radio"]:checked',
        (input) => input.closest("label")?.textContent,
      );
      expect(checked).toBe("Brondocumenten en openbare bronnen");
      expect(await page.$("img[src=x]")).toBeNull();
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});

describe("embeds", () => {
  it("show one chart at the width of their iframe and tell the host their height", async () => {
    // Tall enough to show all three frames: Chromium pauses drawing in frames out of sight, and a paused
    // frame reports its height when it comes into view.
    const page = await browser().newPage({ viewport: { width: 1300, height: 3000 } });
    const embed = `${siteUrl}embed.html#/reaction-times/${chart}`;
    await page.setContent(
      `<!doctype html><body style="margin:0">${[320, 640, 1000]
        .map(
          (width) =>
            `<div style="width:${width}px"><iframe src="${embed}" data-blauw-embed data-width="${width}" style="border:0;width:100%;height:480px"></iframe></div>`,
        )
        .join(
          "",
        )}<script>window.heights=[];addEventListener("message",function(e){var d=e.data;if(!d||d.type!=="blauw:height")return;heights.push(d.height);document.querySelectorAll("iframe[data-blauw-embed]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px"})})</script></body>`,
    );
    for (const frame of page.frames().slice(1))
      await frame.waitForSelector("figure.blauw-chart svg [aria-label] > *", { state: "attached" });
    await page.waitForTimeout(300);
    const frames = page.frames().slice(1);
    expect(frames).toHaveLength(3);
    // The host page and the embeds have different origins: each side is measured on its own side,
    // until every iframe has taken the height its chart last told it (or five seconds have passed).
    const measure = async () => {
      const sizes = [];
      for (const frame of frames) {
        const iframe = await frame.frameElement();
        const outside = await iframe.evaluate((element) => ({
          width: Number((element as HTMLElement).dataset.width),
          height: (element as HTMLElement).getBoundingClientRect().height,
        }));
        const inside = await frame.evaluate(() => ({
          content: document.documentElement.getBoundingClientRect().height,
          chartWidth: document.querySelector("figure.blauw-chart svg")?.getBoundingClientRect().width ?? 0,
          shown: document.querySelectorAll(".notebook-body > :not([hidden])").length,
        }));
        sizes.push({ ...outside, ...inside });
      }
      return sizes;
    };
    let sizes = await measure();
    for (
      let i = 0;
      i < 50 && sizes.some((size) => Math.abs(size.height - Math.ceil(size.content)) > 1);
      i++
    ) {
      await page.waitForTimeout(100);
      sizes = await measure();
    }
    for (const size of sizes) {
      expect(size.shown).toBe(1); // the chart's cell, nothing else
      expect(size.chartWidth).toBeLessThanOrEqual(size.width);
      expect(Math.abs(size.height - Math.ceil(size.content))).toBeLessThanOrEqual(1);
      expect(size.height).not.toBe(480);
    }
    expect(sizes[0].height).not.toBe(sizes[2].height);
    await page.close();
  });

  it("say clearly when the notebook or chart does not exist, and follow a theme when told", async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}embed.html#/reaction-times/no-such-chart`);
    await page.waitForSelector(".embed-message[role=alert]");
    expect(await page.textContent(".embed-message")).toContain("no-such-chart");
    await page.goto(`${siteUrl}embed.html#/nope/${chart}`);
    await page.reload();
    await page.waitForSelector(".embed-message[role=alert]");
    expect(await page.textContent(".embed-message")).toContain("nope");
    await page.goto(`${siteUrl}embed.html#/reaction-times/${chart}?theme=dark`);
    await page.reload();
    await page.waitForSelector("figure.blauw-chart");
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe("rgb(18, 22, 29)");
    await page.close();
  });
});

describe("npm run export", () => {
  it("writes every chart of a notebook as SVG and PNG, the same bytes each time, matching Chromium's rendering", async () => {
    const out = mkdtempSync(join(tmpdir(), "blauw-export-test-"));
    try {
      const run = () =>
        spawnSync("npx", ["tsx", "src/cli/export.ts", "--out", out, "reaction-times"], {
          cwd: join(import.meta.dirname, "../.."),
          encoding: "utf8",
        });
      const first = run();
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout).toContain("Exported 3 charts from 1 notebook as svg and png (light)");
      const files = readdirSync(join(out, "reaction-times")).sort();
      expect(files).toEqual([
        "gap-to-norm.png",
        "gap-to-norm.svg",
        "prio1-calls-per-year.png",
        "prio1-calls-per-year.svg",
        "share-within-15-minutes.png",
        "share-within-15-minutes.svg",
      ]);
      const svg = readFileSync(join(out, "reaction-times", `${chart}.svg`), "utf8");
      expect(XMLValidator.validate(svg)).toBe(true);
      expect(svg).toContain("Aandeel Prio 1-meldingen binnen 15 minuten ter plaatse");
      expect(svg).not.toContain("created=");
      // Light by default; sources as addresses of the official documents, never repository paths.
      expect(svg).toContain('<rect width="100%" height="100%" fill="rgb(255, 255, 255)"/>');
      expect(svg).not.toContain("seeds/");
      expect(svg).toContain('<a href="https://www.eerstekamer.nl/zoeken?zoekterm=T03934"');
      const again = mkdtempSync(join(tmpdir(), "blauw-export-again-"));
      try {
        const second = spawnSync(
          "npx",
          ["tsx", "src/cli/export.ts", "--out", again, "--format", "svg", "reaction-times"],
          {
            cwd: join(import.meta.dirname, "../.."),
            encoding: "utf8",
          },
        );
        expect(second.status, second.stderr).toBe(0);
        expect(readFileSync(join(again, "reaction-times", `${chart}.svg`), "utf8")).toBe(svg);

        // Dark by choice, with sources and permalinks on the published site.
        const dark = spawnSync(
          "npx",
          [
            "tsx",
            "src/cli/export.ts",
            "--out",
            again,
            "--format",
            "svg",
            "--theme",
            "dark",
            "--site",
            "https://example.org/blauw",
            "reaction-times",
          ],
          { cwd: join(import.meta.dirname, "../.."), encoding: "utf8" },
        );
        expect(dark.status, dark.stderr).toBe(0);
        const darkSvg = readFileSync(join(again, "reaction-times", `${chart}.svg`), "utf8");
        const background = /<rect width="100%" height="100%" fill="rgb\((\d+), (\d+), (\d+)\)"/.exec(darkSvg);
        expect(Math.max(...(background?.slice(1).map(Number) ?? [255]))).toBeLessThan(60);
        const factSheet = "https://example.org/blauw/#/bron/antwoorden-eerste-kamer-t03934/antwoord-20";
        expect(darkSvg).toContain(`<a href="${factSheet}"`);
        expect(darkSvg).toContain(`permalink="https://example.org/blauw/#/reaction-times/${chart}?`);
        expect(darkSvg).not.toContain("seeds/");
      } finally {
        rmSync(again, { recursive: true, force: true });
      }

      // Fidelity: the same file drawn by Chromium and by resvg, an independent renderer.
      const page = await browser().newPage({ viewport: { width: 1300, height: 1000 } });
      await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
      const chromium = PNG.sync.read(await page.screenshot({ clip: await svgBox(page) }));
      await page.close();
      const resvg = PNG.sync.read(
        Buffer.from(
          new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } })
            .render()
            .asPng(),
        ),
      );
      expect([resvg.width, resvg.height]).toEqual([chromium.width, chromium.height]);
      const differing = pixelmatch(chromium.data, resvg.data, undefined, chromium.width, chromium.height, {
        threshold: 0.2,
      });
      const share = differing / (chromium.width * chromium.height);
      console.log(`fidelity: ${(share * 100).toFixed(2)}% of pixels differ between Chromium and resvg`);
      expect(share).toBeLessThan(0.02);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});

async function svgBox(page: Page) {
  const box = await page.$eval("body > svg", (svg) => {
    const rect = svg.getBoundingClientRect();
    return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
  });
  return box;
}
