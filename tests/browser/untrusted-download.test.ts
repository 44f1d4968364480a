import { readFileSync } from "node:fs";
import type { Download } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { dropFiles, openFresh, useBrowser } from "./helpers.ts";

const siteUrl = inject("siteUrl");
const browser = useBrowser();

// An inline expression as the notebook holds it (not a template of this file).
const inline = ["$", "{globalThis.inlineRan = true}"].join("");

// A notebook from someone else (synthetic, no figures): its cell and its inline value leave a mark when run.
const text = [
  "---",
  "title: Van iemand anders",
  "sources: []",
  "---",
  "",
  `Inline: ${inline}.`,
  "",
  "```js",
  "globalThis.cellRan = true;",
  "```",
  "",
].join("\r\n");

describe("a notebook opened from a file, not yet run", () => {
  it("downloads as its source, unchanged, before anything runs", async () => {
    const { page, errors } = await openFresh(browser(), `${siteUrl}#/`, "h1");
    await dropFiles(page, [{ name: "van-iemand.md", content: text }]);
    const bar = page.getByRole("region", { name: /komt uit een bestand; de code is nog niet uitgevoerd/ });
    await bar.waitFor();
    const [download] = (await Promise.all([
      page.waitForEvent("download"),
      bar.getByRole("button", { name: "Downloaden" }).click(),
    ])) as [Download, unknown];
    expect(readFileSync(await download.path(), "utf8")).toBe(text);
    expect(download.suggestedFilename()).toMatch(/^u-[a-z0-9]{12}\.md$/);
    const ran = await page.evaluate(() => {
      const marks = globalThis as { cellRan?: boolean; inlineRan?: boolean };
      return [marks.cellRan ?? false, marks.inlineRan ?? false];
    });
    expect(ran).toEqual([false, false]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
