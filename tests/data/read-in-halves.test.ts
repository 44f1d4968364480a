import { describe, expect, it } from "vitest";
import { fileRow } from "../../src/data/file-row.ts";
import { finishReading } from "../../src/data/finish-reading.ts";
import { readCsv } from "../../src/data/read-csv.ts";
import { readHelperHalf } from "../../src/data/read-helper-half.ts";
import { readInHalves } from "../../src/data/read-in-halves.ts";
import { rowObjects } from "../../src/data/row-objects.ts";
import { splitPoint } from "../../src/data/split.ts";

const encode = (text: string) => new TextEncoder().encode(text);

/**
 * Reads bytes as the two loader workers do, the helper run in this thread on the same Blob; null when
 * the halves are refused and the worker would read the file whole.
 */
async function readTwoWays(bytes: Uint8Array<ArrayBuffer>) {
  const file = new Blob([bytes]);
  const tasks: { start: number; end: number }[] = [];
  const halves = await readInHalves(file, {
    askHelper: (task) => {
      tasks.push({ start: task.start, end: task.end });
      return readHelperHalf(file, task);
    },
  });
  const whole = readCsv(bytes);
  if (!halves) return { whole, halves: null, tasks };
  const reading = finishReading(halves.plan, halves.part);
  if ("retry" in reading) throw new Error("these files keep their planned types");
  return { whole, halves: reading, tasks };
}

/** The same rows, values and problems, read in two halves as read whole on one thread. */
function expectSame(result: Awaited<ReturnType<typeof readTwoWays>>) {
  const { whole, halves } = result;
  if (!halves) throw new Error("the halves were refused");
  expect(halves.rowCount).toBe(whole.rowCount);
  expect(Object.keys(halves.data)).toEqual(Object.keys(whole.data));
  expect(rowObjects(halves)).toEqual(rowObjects(whole));
  expect(halves.problems).toEqual(whole.problems);
  // The line of the file each row came from (row breaks may be written differently, and mean the same).
  const lines = (reading: typeof whole) =>
    Array.from({ length: reading.rowCount }, (_, row) => fileRow(reading.rowBreaks, row));
  expect(lines(halves)).toEqual(lines(whole));
}

/**
 * Synthetic rows (deterministic, not real figures) with a last cell padded by `pad` characters: each
 * two more characters move the middle of the file, where the cut is looked for, one byte on.
 */
function rowsWith(lineEnd: string, pad: number, word = "Den Haag"): string {
  const lines = ["id,regio,aantal"];
  for (let i = 0; i < 30; i++) lines.push(`${i},${word} ${i % 4},${i * 3}`);
  lines.push(`30,${"x".repeat(pad)},90`);
  return `${lines.join(lineEnd)}${lineEnd}`;
}

/** The byte at the middle of a text's UTF-8 encoding, where the cut is looked for from. */
const middle = (text: string) => Math.floor(encode(text).length / 2);

/** Pads a file (see `rowsWith`) until `fits` holds for the byte at its middle. */
function padUntil(
  make: (pad: number) => string,
  fits: (bytes: Uint8Array<ArrayBuffer>, at: number) => boolean,
): string {
  for (let pad = 0; pad < 400; pad++) {
    const text = make(pad);
    if (fits(encode(text), middle(text))) return text;
  }
  throw new Error("no padding puts the middle there");
}

describe("reading a Blob in two halves, each worker reading its own range", () => {
  it("hands the helper the range from just after the first line feed past the middle to the end", async () => {
    const text = rowsWith("\n", 7);
    const bytes = encode(text);
    const { tasks } = await readTwoWays(bytes);
    expect(tasks).toEqual([{ start: splitPoint(bytes), end: bytes.length }]);
    expect(bytes[splitPoint(bytes) - 1]).toBe(10);
  });

  it("reads the same table when the middle falls on a line feed, or just after one", async () => {
    for (const offset of [0, 1, -1]) {
      const text = padUntil(
        (pad) => rowsWith("\n", pad),
        (bytes, at) => bytes[at - offset] === 10,
      );
      const result = await readTwoWays(encode(text));
      expect(result.tasks).toHaveLength(1);
      expectSame(result);
    }
  });

  it("reads the same table when the middle falls inside a CRLF, on its CR or its LF", async () => {
    for (const byte of [13, 10]) {
      const text = padUntil(
        (pad) => rowsWith("\r\n", pad),
        (bytes, at) => bytes[at] === byte,
      );
      const bytes = encode(text);
      const result = await readTwoWays(bytes);
      // The first half ends with the whole CRLF; the second starts at the next record.
      const [task] = result.tasks;
      expect(bytes.subarray(task.start - 2, task.start)).toEqual(encode("\r\n"));
      expectSame(result);
    }
  });

  it("reads the same table when the middle falls inside a UTF-8 character of two or three bytes", async () => {
    for (const word of ["Súdwest-Fryslân", "€ 1 · ’s-Hertogenbosch"]) {
      const text = padUntil(
        (pad) => rowsWith("\n", pad, word),
        // A continuation byte: the middle is inside a character, not at its start.
        (bytes, at) => (bytes[at] & 0xc0) === 0x80,
      );
      const result = await readTwoWays(encode(text));
      expect(result.tasks).toHaveLength(1);
      expectSame(result);
    }
  });

  it("refuses the halves when the cut falls inside a quoted cell, and the whole read is the same", async () => {
    const make = (pad: number) => {
      const lines = ["id,tekst,aantal"];
      for (let i = 0; i < 20; i++) lines.push(`${i},regel ${i},${i}`);
      lines.push(`20,"een regel\n${"y".repeat(pad)}\nen nog een",7`);
      for (let i = 21; i < 30; i++) lines.push(`${i},regel ${i},${i}`);
      return `${lines.join("\n")}\n`;
    };
    // The middle inside the quoted cell, before its line feeds: the first one past it is inside quotes.
    const text = padUntil(make, (bytes, at) => {
      const cell = new TextDecoder().decode(bytes).indexOf('"een');
      return at > cell && at < cell + 8;
    });
    const result = await readTwoWays(encode(text));
    expect(result.tasks).toHaveLength(1); // the helper was asked, and its half is thrown away
    expect(result.halves).toBeNull();
    expect(result.whole.rowCount).toBe(30);
  });

  it("reads the same table wherever the middle falls in a file with CRLFs, quotes and multi-byte text", async () => {
    // Each pad moves the middle; every byte position of a stretch of records is tried.
    const make = (pad: number) => {
      const lines = ["id,naam,regio,aantal"];
      for (let i = 0; i < 24; i++) {
        const name = i % 5 === 0 ? `"zei ""${i}"", toen"` : i % 3 === 0 ? `"Súdwest, ${i}"` : `€ ${i}`;
        lines.push(`${i},${name},GM${String(i % 13).padStart(4, "0")},${i % 7 === 0 ? "." : i * 2}`);
      }
      // A blank line and a record with a cell too many, after the middle: problems and rows keep their lines.
      lines.push("", "99,te veel,GM0002,3,4");
      lines.push(`24,${"z".repeat(pad)},GM0001,1`);
      return `${lines.join("\r\n")}\r\n`;
    };
    expect(readCsv(make(0)).problems.length).toBeGreaterThan(0);
    let accepted = 0;
    for (let pad = 0; pad < 240; pad++) {
      const result = await readTwoWays(encode(make(pad)));
      if (result.halves) {
        accepted++;
        expectSame(result);
      }
    }
    // Delimiters inside quotes send a part to full CSV mode, never refuse it: every cut is accepted.
    expect(accepted).toBe(240);
  });

  it("reads the same table from a file with a UTF-8 byte-order mark, wherever the middle falls", async () => {
    for (let pad = 0; pad < 80; pad++) {
      const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode(rowsWith("\r\n", pad, "’s-Hertogenbosch"))]);
      const result = await readTwoWays(bytes);
      expect(result.whole.dialect.bom).toBe(true);
      expectSame(result);
      expect(result.halves?.dialect).toEqual(result.whole.dialect);
    }
  });

  it("reads whole a file in UTF-16, with a byte-order mark or without, or without a line feed past the middle", async () => {
    const text = rowsWith("\n", 3);
    const utf16 = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) utf16[2 * i] = text.charCodeAt(i);
    for (const bytes of [
      new Uint8Array([0xff, 0xfe, ...utf16]),
      utf16,
      encode("id,naam\n1,een naam zonder einde"),
      encode("a,b\n1,2\n"),
    ]) {
      const result = await readTwoWays(bytes);
      expect(result.halves).toBeNull();
    }
  });
});
