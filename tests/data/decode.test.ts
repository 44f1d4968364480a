import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/data/decode.ts";

describe("decoding", () => {
  it("reads UTF-8 with and without a BOM", () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({
      text: "a",
      encoding: "utf-8",
      bom: true,
    });
    expect(decodeBytes(new TextEncoder().encode("café"))).toEqual({
      text: "café",
      encoding: "utf-8",
      bom: false,
    });
  });

  it("reads UTF-16 with a BOM, little- and big-endian", () => {
    const le = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x61, 0x00, 0xe9]);
    expect(decodeBytes(le)).toEqual({ text: "aé", encoding: "utf-16le", bom: true });
    expect(decodeBytes(be)).toEqual({ text: "aé", encoding: "utf-16be", bom: true });
  });

  it("falls back to Windows-1252 when the bytes are not valid UTF-8", () => {
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80]); // "Café €" as Excel on Windows writes it
    expect(decodeBytes(bytes)).toEqual({ text: "Café €", encoding: "windows-1252", bom: false });
  });
});
