import { describe, expect, it } from "vitest";
import { repeatedKeyText } from "../../src/app/scratch-chart-text.ts";

describe("a repeated key as a problem line", () => {
  it("names every row of a short list", () => {
    const { where, text } = repeatedKeyText(
      { values: ["NL01", 2023], rows: [0, 4, 9], columns: ["r", "j"] },
      "nl",
    );
    expect(where).toBe("gegevensrijen 1, 5 en 10");
    expect(text).toContain("3");
  });

  it("names the first ten and the last of a key repeated on a million rows, and says how many", () => {
    const rows = Array.from({ length: 1_000_000 }, (_, i) => i);
    const { where, text } = repeatedKeyText({ values: ["NL01", 2023], rows, columns: ["r", "j"] }, "en");
    expect(where.length).toBeLessThan(120);
    expect(where).toContain("1, 2, 3, 4, 5, 6, 7, 8, 9, 10, … and 1000000");
    expect(text).toContain("1000000");
  });
});
