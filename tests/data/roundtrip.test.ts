import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/data/index.ts";

// Synthetic tables for a property test: random values, written in a random dialect, must read back as
// they were. Strings start with "s_" so that they can never be mistaken for numbers or codes.
const text = fc
  .array(fc.constantFrom(..."abcXYZ é€,;|\t\"'\n\r.-0123"), { maxLength: 12 })
  .map((chars) => `s_${chars.join("")}`);
const integer = fc.integer({ min: -1_000_000, max: 1_000_000 });
const decimal = fc.integer({ min: -100_000, max: 100_000 }).map((cents) => cents / 100);

const dialect = fc.record({
  delimiter: fc.constantFrom(",", ";", "\t", "|"),
  lineEnding: fc.constantFrom("\n", "\r\n"),
  bom: fc.boolean(),
  quoteAll: fc.boolean(),
  finalNewline: fc.boolean(),
});

const table = fc.integer({ min: 1, max: 30 }).chain((rows) =>
  fc.record({
    names: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_]{0,7}$/), { minLength: 3, maxLength: 3 }),
    strings: fc.array(text, { minLength: rows, maxLength: rows }),
    integers: fc.array(integer, { minLength: rows, maxLength: rows }),
    decimals: fc.array(decimal, { minLength: rows, maxLength: rows }),
  }),
);

interface Table {
  names: string[];
  strings: string[];
  integers: number[];
  decimals: number[];
}

interface WrittenDialect {
  delimiter: string;
  lineEnding: string;
  bom: boolean;
  quoteAll: boolean;
  finalNewline: boolean;
}

function write(t: Table, d: WrittenDialect): string {
  const cell = (value: string) =>
    d.quoteAll || /[",;|\t\r\n]/.test(value) || value.includes(d.delimiter)
      ? `"${value.replaceAll('"', '""')}"`
      : value;
  // Semicolon files are written the Dutch way, with decimal commas.
  const number = (value: number) => (d.delimiter === ";" ? String(value).replace(".", ",") : String(value));
  const lines = [t.names.map(cell).join(d.delimiter)];
  t.strings.forEach((s, i) => {
    lines.push([cell(s), cell(number(t.integers[i])), cell(number(t.decimals[i]))].join(d.delimiter));
  });
  return (d.bom ? "\uFEFF" : "") + lines.join(d.lineEnding) + (d.finalNewline ? d.lineEnding : "");
}

describe("round trip", () => {
  it("reads back random tables written in random dialects, value for value", () => {
    fc.assert(
      fc.property(table, dialect, (t, d) => {
        const bytes = new TextEncoder().encode(write(t, d));
        const reading = readCsv(bytes);
        expect(reading.problems).toEqual([]);
        expect(reading.dialect.delimiter).toBe(d.delimiter);
        expect(reading.dialect.bom).toBe(d.bom);
        expect(reading.rowCount).toBe(t.strings.length);
        const [s, i, x] = t.names;
        expect([...reading.data[s]]).toEqual(t.strings);
        expect([...reading.data[i]]).toEqual(t.integers);
        expect([...reading.data[x]]).toEqual(t.decimals);
      }),
      { numRuns: 300, seed: 20261122 },
    );
  }, 60_000);
});
