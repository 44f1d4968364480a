import type { SvgSwatch } from "./compose.ts";

/**
 * Places legend entries on lines across `width`, from `startY` down: each advances by its square,
 * its label (7 px a character) and a gap, and one that would pass the right edge starts a new line.
 * `height` is what the legend takes, 0 without entries.
 */
export function swatchLayout(
  items: readonly { label: string; color: string }[],
  startY: number,
  width: number,
): { entries: SvgSwatch[]; height: number } {
  const entries: SvgSwatch[] = [];
  let x = 8;
  let y = startY + 12;
  for (const { label, color } of items) {
    const advance = 16 + label.length * 7 + 16;
    if (x + advance > width && x > 8) {
      x = 8;
      y += 18;
    }
    entries.push({ label, color, x, y });
    x += advance;
  }
  return { entries, height: entries.length > 0 ? y - startY + 10 : 0 };
}
