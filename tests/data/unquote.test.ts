import { describe, expect, it } from "vitest";
import { unquote, unquoteAll, unquoteInPlace } from "../../src/data/unquote.ts";

describe("unquote", () => {
  it("takes the quotes off a whole quoted cell, and leaves an unquoted one", () => {
    expect(unquote('"GM0363"')).toBe("GM0363");
    expect(unquote('""')).toBe("");
    expect(unquote("GM0363")).toBe("GM0363");
    expect(unquote('a"b')).toBe('a"b');
  });

  it("gives up on a cell whose quotes hid more than a plain cell", () => {
    for (const cell of ['"a""b"', '"a', '"', '"a"b"']) expect(unquote(cell)).toBeNull();
  });

  it("unquotes a record, or gives up on all of it; in place for a list of texts", () => {
    expect(unquoteAll(['"a"', "b"])).toEqual(["a", "b"]);
    expect(unquoteAll(['"a"', '"b'])).toBeNull();
    const texts = ['"x"', "y"];
    expect(unquoteInPlace(texts)).toBe(true);
    expect(texts).toEqual(["x", "y"]);
  });
});
