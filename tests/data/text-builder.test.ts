import { describe, expect, it } from "vitest";
import { TextBuilder } from "../../src/data/text-builder.ts";

describe("TextBuilder", () => {
  it("keeps texts as they come, after those it was handed, and unquotes them", () => {
    const builder = new TextBuilder(["a"]);
    builder.push('"b"');
    expect(builder.length).toBe(2);
    expect(builder.unquote()).toBe(true);
    expect(builder.raw()).toEqual({ kind: "texts", texts: ["a", "b"] });
  });
});
