import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wrapWords } from "../../src/export/wrap-words.ts";
import { charWidths } from "../util/char-widths.ts";

describe("wrapWords", () => {
  it("breaks between words so that each line fits, and puts as much on a line as fits", () => {
    expect(wrapWords("Aandeel binnen 15 minuten ter plaatse", 16, (s) => s.length)).toEqual([
      "Aandeel binnen",
      "15 minuten ter",
      "plaatse",
    ]);
  });

  it("treats any run of white space as one break and gives no lines for none", () => {
    expect(wrapWords("  a\t\tb\n c  ", 100, (s) => s.length)).toEqual(["a b c"]);
    expect(wrapWords(" \n\t ", 100, (s) => s.length)).toEqual([]);
    expect(wrapWords("", 100, (s) => s.length)).toEqual([]);
  });

  it("puts a word wider than the line on a line of its own", () => {
    expect(wrapWords("a Bedreigingenpolitiemedewerkers b", 10, (s) => s.length)).toEqual([
      "a",
      "Bedreigingenpolitiemedewerkers",
      "b",
    ]);
  });

  it("keeps the words in order; each line fits or is one word; no line could take the next word", () => {
    const word = fc.string({ minLength: 1, maxLength: 12 }).filter((w) => !/\s/.test(w));
    const text = fc.array(fc.tuple(word, fc.constantFrom(" ", "  ", "\t", "\n")), { maxLength: 20 });
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 80 }), (pairs, width) => {
        const input = pairs.map(([w, space]) => w + space).join("");
        const words = pairs.map(([w]) => w);
        const lines = wrapWords(input, width, charWidths);
        expect(lines.flatMap((line) => line.split(" "))).toEqual(words);
        lines.forEach((line, i) => {
          if (line.includes(" ")) expect(charWidths(line)).toBeLessThanOrEqual(width);
          const next = lines[i + 1]?.split(" ")[0];
          if (next !== undefined) expect(charWidths(`${line} ${next}`)).toBeGreaterThan(width);
        });
      }),
    );
  });
});
