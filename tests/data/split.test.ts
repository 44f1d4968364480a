import { describe, expect, it } from "vitest";
import { blobSplitPoint, splitPoint } from "../../src/data/split.ts";

describe("splitPoint", () => {
  it("cuts just after the first line feed past the middle", () => {
    const bytes = new TextEncoder().encode("ab\ncd\nef\ngh\n");
    expect(splitPoint(bytes)).toBe(9);
    expect(splitPoint(new TextEncoder().encode("abcdef"))).toBe(-1);
  });
});

describe("blobSplitPoint", () => {
  it("finds the same cut in a Blob, whatever the window it reads at a time", async () => {
    const texts = [
      "ab\ncd\nef\ngh\n",
      "abc\nd\n", // the middle byte is the line feed itself
      "ab\nc\nd\n", // the middle byte just after a line feed
      "a\r\nb\r\nc\r\nd\r\n",
      "abcdef",
      "abcdef\n", // the only line feed past the middle ends the file: no cut
      "kop\n€,é\nÿ\n",
      "a\nbcdefghijklmnopqrstuvwxyz\n1\n",
      "",
    ];
    for (const text of texts) {
      const bytes = new TextEncoder().encode(text);
      for (const window of [1, 2, 3, 5, 1 << 16]) {
        expect([text, window, await blobSplitPoint(new Blob([bytes]), window)]).toEqual([
          text,
          window,
          splitPoint(bytes),
        ]);
      }
    }
  });
});
