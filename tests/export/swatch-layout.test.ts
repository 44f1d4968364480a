import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { swatchLayout } from "../../src/export/swatch-layout.ts";

/** How far an entry reaches: its square (16 px), its label at 7 px a character, a gap of 16 px. */
const advance = (label: string) => 32 + 7 * label.length;

describe("swatchLayout", () => {
  it("puts entries side by side and starts a new line where the next would pass the edge", () => {
    const items = ["Gemeten", "Streefnorm", "Schatting"].map((label) => ({ label, color: "#0072B2" }));
    const { entries, height } = swatchLayout(items, 40, 200);
    // Gemeten: 8 … 89; Streefnorm: 89 … 191 (fits in 200); Schatting would reach 286: next line.
    expect(entries.map(({ x, y }) => [x, y])).toEqual([
      [8, 52],
      [8 + advance("Gemeten"), 52],
      [8, 70],
    ]);
    expect(entries.map((entry) => entry.label)).toEqual(["Gemeten", "Streefnorm", "Schatting"]);
    expect(height).toBe(70 - 40 + 10);
  });

  it("takes no room without entries, and puts a too-long label alone on its line", () => {
    expect(swatchLayout([], 40, 200)).toEqual({ entries: [], height: 0 });
    const long = { label: "x".repeat(60), color: "red" };
    const { entries } = swatchLayout([long, long], 0, 100);
    expect(entries.map(({ x, y }) => [x, y])).toEqual([
      [8, 12],
      [8, 30],
    ]);
  });

  it("fills each line from the left, in order, and keeps every entry that is not alone within the width", () => {
    const item = fc.record({
      label: fc.string({ maxLength: 20 }),
      color: fc.constantFrom("#000", "rgb(0, 114, 178)"),
    });
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 12 }),
        fc.nat({ max: 500 }),
        fc.integer({ min: 60, max: 900 }),
        (items, startY, width) => {
          const { entries, height } = swatchLayout(items, startY, width);
          expect(entries.map(({ label, color }) => ({ label, color }))).toEqual(items);
          let line = 0;
          entries.forEach((entry, i) => {
            const previous = entries[i - 1];
            const newLine = previous === undefined || entry.y !== previous.y;
            if (previous && newLine) {
              expect(entry.y).toBe(previous.y + 18);
              // It was moved because it would not have fitted behind the one before.
              expect(previous.x + advance(previous.label) + advance(entry.label)).toBeGreaterThan(width);
              line++;
            }
            expect(entry.y).toBe(startY + 12 + 18 * line);
            expect(entry.x).toBe(newLine ? 8 : previous.x + advance(previous.label));
            if (entry.x > 8) expect(entry.x + advance(entry.label)).toBeLessThanOrEqual(width);
          });
          expect(height).toBe(entries.length ? 18 * line + 22 : 0);
        },
      ),
    );
  });
});
