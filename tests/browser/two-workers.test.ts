import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { collectErrors } from "../../src/cli/chromium.ts";
import { readCsv } from "../../src/data/index.ts";
import { useBrowser } from "./helpers.ts";

const siteUrl = inject("siteUrl");
const browser = useBrowser();

/**
 * A synthetic file of about 4.5 MB (two workers read files from 4 MB on; deterministic, not real
 * figures) with CRLF line ends, two- and three-byte UTF-8 characters, and a record with a cell too
 * many in each half; its last cell is padded by `pad` characters, which moves its middle.
 */
function bigCsv(pad: number, name = "Súdwest-Fryslân €"): string {
  const lines = ["ID;RegioS;Naam;Aantal"];
  for (let i = 0; i < 70_000; i++) {
    const value = i % 97 === 0 ? "." : String((i * 7919) % 5000);
    // Region and name together are unique, so the page reports no repeated keys before the problems.
    lines.push(`${i};"GM${String(i % 400).padStart(4, "0")}";${name} ${Math.floor(i / 400)};${value}`);
    if (i === 20_000 || i === 50_000) lines.push(`${i};"GM0001";te veel ${i};1;2`);
  }
  lines.push(`70000;"GM0002";${"z".repeat(pad)};1`);
  return `${lines.join("\r\n")}\r\n`;
}

/** The file with the byte at its middle (where the cut is looked for from) as `fits` wants it. */
function bigCsvWhere(fits: (bytes: Buffer, middle: number) => boolean): string {
  // The padded last record is far past the middle: the bytes before it are made once.
  const body = bigCsv(0);
  const before = Buffer.from(body.slice(0, body.lastIndexOf("70000;")));
  for (let pad = 0; pad < 400; pad++) {
    const size = before.length + Buffer.byteLength(`70000;"GM0002";${"z".repeat(pad)};1\r\n`);
    if (!fits(before, Math.floor(size / 2))) continue;
    const text = bigCsv(pad);
    const bytes = Buffer.from(text);
    if (fits(bytes, Math.floor(bytes.length / 2))) return text;
  }
  throw new Error("no padding puts the middle there");
}

/** Drops bytes as a file (the helper's `dropFile` takes text, and sends it as UTF-8). */
async function dropBytes(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.evaluate(
    ([name, base64]) => {
      const binary = atob(base64);
      const content = Uint8Array.from(binary, (char) => char.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name, { type: "text/csv" }));
      for (const type of ["dragenter", "dragover", "drop"])
        document.dispatchEvent(
          new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
    },
    [name, Buffer.from(bytes).toString("base64")] as const,
  );
}

/** What the scratch page shows of a dropped file: its row count, its columns, the rows its problems name. */
async function shown(page: Page, name: string, bytes: Uint8Array) {
  await page.goto(`${siteUrl}#/`);
  await page.waitForSelector(".cards");
  await dropBytes(page, name, bytes);
  await page.waitForSelector("article.scratch .scratch-rows table", { timeout: 60_000 });
  const problems = await page.$$eval(".problems li:not(.repeated-key)", (items) =>
    items.map((item) => item.textContent ?? ""),
  );
  return {
    title: await page.textContent(".scratch-rows h2"),
    columns: await page.$$eval(".scratch-rows table thead th", (cells) =>
      cells.map((cell) => cell.textContent?.trim()),
    ),
    problemRows: problems.map((text) => Number(/^rij (\d+)/.exec(text)?.[1])),
  };
}

/** What the page should show, from a read of the same bytes on one thread (here, under Node). */
function expected(bytes: Uint8Array) {
  const reading = readCsv(bytes);
  return {
    title: `Rijen (${new Intl.NumberFormat("nl-NL").format(reading.rowCount)})`,
    columns: Object.keys(reading.data),
    problemRows: reading.problems.map((problem) => problem.row),
  };
}

describe("a big file read by two workers, each from its own range of the file", () => {
  const lf = () => bigCsvWhere((bytes, at) => bytes[at] === 10);
  const cases: [string, () => string | Uint8Array][] = [
    ["on the CR of a CRLF", () => bigCsvWhere((bytes, at) => bytes[at] === 13)],
    ["on the LF of a CRLF", lf],
    ["inside a character", () => bigCsvWhere((bytes, at) => (bytes[at] & 0xc0) === 0x80)],
    // With a UTF-8 byte-order mark, as official exports often start.
    ["on an LF, after a byte-order mark", () => new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(lf())])],
  ];
  for (const [where, make] of cases) {
    it(`shows what one thread reads, when the middle falls ${where}`, { timeout: 180_000 }, async () => {
      const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
      const errors = collectErrors(page);
      const made = make();
      const bytes = typeof made === "string" ? new Uint8Array(Buffer.from(made)) : made;
      const want = expected(bytes);
      // Two records with a cell too many, one in each half: their rows are named across the cut.
      expect(want.problemRows).toHaveLength(2);
      expect(await shown(page, "groot.csv", bytes)).toEqual(want);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("reads a big UTF-16 file without a byte-order mark as UTF-16, not as UTF-8 with NUL bytes", {
    timeout: 120_000,
  }, async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    // Plain ASCII, so that each half is also valid UTF-8 (NUL bytes and all) and only the zeros tell.
    const text = bigCsv(0, "Den Haag");
    const bytes = new Uint8Array(Buffer.from(text, "utf16le"));
    expect(bytes.length).toBeGreaterThan(4_000_000);
    const want = expected(bytes);
    expect(want.columns).toEqual(expect.arrayContaining(["ID", "RegioS", "Naam", "Aantal"]));
    expect(await shown(page, "utf16.csv", bytes)).toEqual(want);
    expect(errors).toEqual([]);
    await page.close();
  });
});
