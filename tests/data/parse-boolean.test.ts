import { describe, expect, it } from "vitest";
import { parseBoolean } from "../../src/data/parse-boolean.ts";

describe("parseBoolean", () => {
  it("reads yes and no in Dutch and English, in any case, padded or not", () => {
    const pairs = [
      ["true", "false"],
      ["ja", "nee"],
      ["yes", "no"],
      ["waar", "onwaar"],
    ];
    for (const [yes, no] of pairs) {
      for (const write of [(t: string) => t, (t: string) => t.toUpperCase(), (t: string) => ` ${t} `]) {
        expect(parseBoolean(write(yes))).toBe(true);
        expect(parseBoolean(write(no))).toBe(false);
      }
    }
  });

  it("reads nothing else", () => {
    for (const text of ["1", "0", "j", "misschien", ""]) expect(parseBoolean(text)).toBeUndefined();
  });
});
