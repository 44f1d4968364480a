/**
 * A made-up font for line-breaking tests: each character as wide as 1 to 5 units by its code point,
 * so words of the same length differ in width. Deterministic; no real font is measured.
 */
export const charWidths = (text: string): number =>
  [...text].reduce((sum, char) => sum + 1 + ((char.codePointAt(0) ?? 0) % 5), 0);
