import { describe, expect, it } from "vitest";
import { xmlSafeText } from "../../src/export/xml-safe-text.ts";
import { xmlAllowed, xmlShown } from "../util/xml-characters.ts";

describe("xmlSafeText", () => {
  it("replaces every code unit XML forbids with U+FFFD and keeps everything else", () => {
    // Every BMP code unit alone, and each high half before each of a few low halves.
    const units = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));
    // One assertion over all of them (65,536 separate ones take seconds on a busy machine).
    const wrong = units.filter((unit) => xmlSafeText(`a${unit}b`) !== `a${xmlShown(unit)}b`);
    expect(wrong.map((unit) => unit.charCodeAt(0).toString(16))).toEqual([]);
    const pairs = ["\uD83D\uDE00", "\uD800\uDC00", "\uDBFF\uDFFF"];
    for (const pair of pairs) expect(xmlSafeText(pair)).toBe(pair);
    expect(xmlSafeText("\uDE00\uD83D")).toBe("\uFFFD\uFFFD");
    expect(xmlAllowed(xmlSafeText(units.join("")))).toBe(true);
  });

  it("keeps tab, line feed and carriage return", () => {
    expect(xmlSafeText("a\tb\nc\rd")).toBe("a\tb\nc\rd");
  });
});
