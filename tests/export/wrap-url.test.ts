import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wrapUrl } from "../../src/export/wrap-url.ts";
import { charWidths } from "../util/char-widths.ts";

const separators = /[/?&#-]/;
const length = (s: string) => s.length;

describe("wrapUrl", () => {
  it("breaks a long address after its slashes, leaving it whole when joined", () => {
    const url = "https://example.org/blauw/#/bron/kamerbrief-politie-maart-2026/reactietijden";
    const lines = wrapUrl(url, 30, length);
    expect(lines).toEqual([
      "https://example.org/blauw/#/",
      "bron/kamerbrief-politie-maart-",
      "2026/reactietijden",
    ]);
    expect(lines.join("")).toBe(url);
  });

  it("keeps a short address on one line and a stretch without breaks whole", () => {
    expect(wrapUrl("https://cbs.nl/", 80, length)).toEqual(["https://cbs.nl/"]);
    expect(wrapUrl("abcdefghijklmnop/q", 5, length)).toEqual(["abcdefghijklmnop/", "q"]);
    expect(wrapUrl("", 5, length)).toEqual([]);
  });

  it("gives the address back when joined; breaks only after a separator; fills each line", () => {
    const part = fc.string({ maxLength: 8, unit: fc.constantFrom("a", "b", "Z", "1", ".", ":", "=", "é") });
    const separator = fc.constantFrom("/", "?", "&", "#", "-", "//", "-/");
    const url = fc.array(fc.tuple(part, separator), { maxLength: 12 }).map((pairs) => pairs.flat().join(""));
    fc.assert(
      fc.property(url, part, fc.integer({ min: 1, max: 60 }), (body, tail, width) => {
        const address = body + tail;
        const lines = wrapUrl(address, width, charWidths);
        expect(lines.join("")).toBe(address);
        lines.forEach((line, i) => {
          const next = lines[i + 1];
          if (next === undefined) return;
          // A break comes after a separator and never inside a run of them.
          expect(line.at(-1)).toMatch(separators);
          expect(next[0]).not.toMatch(separators);
          // The next line's first piece (up to its first run of separators) did not fit on this one.
          const piece = next.match(/^[^/?&#-]*[/?&#-]*/)?.[0] ?? next;
          expect(charWidths(line + piece)).toBeGreaterThan(width);
        });
      }),
    );
  });
});
