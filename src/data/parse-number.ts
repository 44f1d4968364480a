/** The ways a number can be written; a column uses one of them throughout. */
export interface NumberFormat {
  decimal: "." | ",";
  group: "" | "." | ",";
}

export const numberFormats: NumberFormat[] = [
  { decimal: ".", group: "" },
  { decimal: ".", group: "," },
  { decimal: ",", group: "" },
  { decimal: ",", group: "." },
];

const escapeForRegExp = (ch: string) => (ch === "." ? "\\." : ch);
const patterns = new Map<NumberFormat, RegExp>(
  numberFormats.map((format) => {
    const integer = format.group ? `(?:\\d{1,3}(?:${escapeForRegExp(format.group)}\\d{3})+|\\d+)` : "\\d+";
    const exponent = format.decimal === "." ? "(?:[eE][-+]?\\d+)?" : "";
    return [format, new RegExp(`^[-+−]?${integer}(?:${escapeForRegExp(format.decimal)}\\d+)?${exponent}$`)];
  }),
);

/** A code such as "0014" is text: a leading zero means the digits are an identifier, not a quantity. */
const leadingZero = /^[-+]?0\d/;

/** Plain digits, maybe signed, no leading zero: the common case, read without a regular expression. */
export function plainInteger(text: string): number | undefined {
  return plainIntegerAt(text, 0, text.length);
}

/**
 * `plainInteger` of the characters `from` up to `to` of `text`, read in place: a parser that knows where
 * a cell is need not cut it out first.
 */
export function plainIntegerAt(text: string, from: number, to: number): number | undefined {
  const length = to - from;
  if (length <= 0 || length > 15) return undefined;
  let start = from;
  if (text.charCodeAt(from) === 45) {
    if (length === 1) return undefined;
    start = from + 1;
  }
  if (text.charCodeAt(start) === 48 && to > start + 1) return undefined; // "0014" is a code
  let value = 0;
  for (let i = start; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return start === from ? value : -value;
}

/** Reads a number written in `format`; undefined when it is not one. */
export function parseNumber(text: string, format: NumberFormat): number | undefined {
  const fast = plainInteger(text);
  if (fast !== undefined) return fast;
  const value = text.trim();
  if (!patterns.get(format)?.test(value) || leadingZero.test(value)) return undefined;
  let plain = value.replace("−", "-");
  if (format.group) plain = plain.split(format.group).join("");
  if (format.decimal === ",") plain = plain.replace(",", ".");
  const number = Number(plain);
  return Number.isFinite(number) ? number : undefined;
}

/**
 * The text before a closing `%` and the spaces ahead of it ("83,7 %" → "83,7"), or the text itself when
 * there is no `%`. Sliced by hand: a regular expression such as `/^(.*?)\s*%$/` backtracks
 * quadratically over a long run of spaces.
 */
export function beforePercent(text: string): { number: string; percent: boolean } {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith("%")) return { number: text, percent: false };
  return { number: trimmed.slice(0, -1).trimEnd(), percent: true };
}

/** "83,7%" or "83.7 %" → 83.7 (in percent). */
export function parsePercent(text: string, format: NumberFormat): number | undefined {
  const { number, percent } = beforePercent(text.trim());
  return percent ? parseNumber(number, format) : undefined;
}
