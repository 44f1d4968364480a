import { describe, expect, it } from "vitest";
import { CodeBuilder, dictionaryLimit } from "../../src/data/code-builder.ts";
import { rawTexts } from "../../src/data/raw-column.ts";

describe("CodeBuilder", () => {
  it("keeps each distinct text once, a code per row and rows per code", () => {
    const texts = ["GM0363", "GM0599", "GM0363", "", "GM0363"];
    const builder = new CodeBuilder(1);
    for (const text of texts) builder.push(text);
    const raw = builder.raw();
    if (raw.kind !== "codes") throw new Error("a code builder gives codes");
    expect(raw.texts).toEqual([...new Set(texts)]);
    expect(rawTexts(raw)).toEqual(texts);
    expect(builder.allTexts()).toEqual(texts);
    expect([...raw.counts]).toEqual(raw.texts.map((text) => texts.filter((t) => t === text).length));
  });

  it("counts past its first room of codes", () => {
    const builder = new CodeBuilder(1);
    for (let i = 0; i < 300; i++) builder.push(String(i));
    const raw = builder.raw();
    if (raw.kind !== "codes") throw new Error("a code builder gives codes");
    expect(raw.counts.length).toBe(300);
    expect(raw.counts.every((count) => count === 1)).toBe(true);
  });

  it("is too varied when past the limit most rows are distinct", () => {
    const builder = new CodeBuilder(16);
    for (let i = 0; i <= dictionaryLimit; i++) builder.push(String(i));
    expect(builder.tooVaried()).toBe(true);
    const repeated = new CodeBuilder(16);
    for (let i = 0; i <= dictionaryLimit; i++) repeated.push(String(i % 10));
    expect(repeated.tooVaried()).toBe(false);
  });

  it("takes the quotes off each distinct text", () => {
    const builder = new CodeBuilder(4);
    for (const text of ['"a"', "b", '"a"']) builder.push(text);
    expect(builder.unquote()).toBe(true);
    expect(builder.allTexts()).toEqual(["a", "b", "a"]);
  });
});
