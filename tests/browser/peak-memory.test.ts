import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../src/cli/chromium.ts";
import { peakMemoryRise } from "../../src/cli/peak-memory.ts";

// The benchmark's peak memory, measured while another Chromium on the same machine (another test run,
// another helper) frees memory, as happened when a 153 MB file was said to need 9 MB.
const megabytes = 256;

let measured: Browser;
let other: Browser;
let page: Page;
let otherPage: Page;

beforeAll(async () => {
  [measured, other] = await Promise.all([
    launchChromium(["--js-flags=--expose-gc"]),
    launchChromium(["--js-flags=--expose-gc"]),
  ]);
  page = await (await measured.newContext()).newPage();
  otherPage = await (await other.newContext()).newPage();
  await Promise.all([page.goto("about:blank"), otherPage.goto("about:blank")]);
  // The other browser holds twice as much, touched page by page so it is resident.
  await otherPage.evaluate((size) => {
    (globalThis as { held?: Uint8Array }).held = new Uint8Array(size * 2 ** 20).fill(1);
  }, megabytes * 2);
});

afterAll(async () => {
  await Promise.all([measured?.close(), other?.close()]);
});

describe("peak memory", () => {
  it("sees a short peak in its own browser while another browser frees more", async () => {
    const { result, riseMB } = await peakMemoryRise(measured, () =>
      Promise.all([
        // The other browser lets go of its memory…
        otherPage.evaluate(() => {
          (globalThis as { held?: Uint8Array }).held = undefined;
          (globalThis as { gc?: () => void }).gc?.();
        }),
        // …while the measured page touches `megabytes` for one short task and lets go of them again.
        page.evaluate((size) => {
          const bytes = new Uint8Array(size * 2 ** 20).fill(1);
          let sum = 0;
          for (let i = 0; i < bytes.length; i += 4096) sum += bytes[i];
          (globalThis as { gc?: () => void }).gc?.();
          return sum;
        }, megabytes),
      ]),
    );
    expect(result[1]).toBe(megabytes * 256); // every page of the array was touched
    expect(riseMB).not.toBeNull();
    expect(riseMB as number).toBeGreaterThanOrEqual(megabytes);
    // Not the other browser's memory either: the rise is about what the page touched.
    expect(riseMB as number).toBeLessThan(megabytes * 2);
  });
});
