import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wrapWords } from "../../src/export/wrap-words.ts";
import { charWidths } from "../util/char-widths.ts";

describe("wrapWords", () => {
  // One character is one unit wide in these cases.
  const cases: [what: string, text: string, width: number, lines: string[]][] = [
    [
      "fills each line as far as it fits",
      "Aandeel binnen 15 minuten ter plaatse",
      16,
      ["Aandeel binnen", "15 minuten ter", "plaatse"],
    ],
    ["takes any run of white space as one break", "  a\t\tb\n c  ", 100, ["a b c"]],
    ["gives no lines for white space only", " \n\t ", 100, []],
    ["gives no lines for no text", "", 100, []],
    [
      "puts a word wider than the line on its own",
      "a Bedreigingenpolitiemedewerkers b",
      10,
      ["a", "Bedreigingenpolitiemedewerkers", "b"],
    ],
  ];
  for (const [what, text, width, lines] of cases)
    it(what, () => expect(wrapWords(text, width, (line) => line.length)).toEqual(lines));

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
