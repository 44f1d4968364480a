/** What a column holds, inferred from all its values. */
export type ColumnType =
  | "boolean"
  | "integer"
  | "number"
  | "percent"
  | "date"
  | "period"
  | "region"
  | "string";

/** Cell texts that mean "no value": empty, and the markers official tables use. */
export const missingMarkers = new Set(["", ".", "-", "NA", "N/A", "n.v.t."]);

/**
 * Fast for the common case: compared by equality with short literals (no trimming, no hashing) and
 * trimmed only when the text is short and starts or ends with a space.
 */
export function isMissing(text: string): boolean {
  switch (text) {
    case "":
    case ".":
    case "-":
    case "NA":
    case "N/A":
    case "n.v.t.":
      return true;
  }
  if (text.length > 10) return false;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if (first !== 32 && last !== 32 && first !== 9 && last !== 9) return false;
  return missingMarkers.has(text.trim());
}

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
  const length = text.length;
  if (length === 0 || length > 15) return undefined;
  let start = 0;
  if (text.charCodeAt(0) === 45) {
    if (length === 1) return undefined;
    start = 1;
  }
  if (text.charCodeAt(start) === 48 && length > start + 1) return undefined; // "0014" is a code
  let value = 0;
  for (let i = start; i < length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return start === 1 ? -value : value;
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

const booleans = new Map([
  ["true", true],
  ["false", false],
  ["ja", true],
  ["nee", false],
  ["yes", true],
  ["no", false],
  ["waar", true],
  ["onwaar", false],
]);

export function parseBoolean(text: string): boolean | undefined {
  return booleans.get(text.trim().toLowerCase());
}

/** ISO dates (2024-03-01, with or without a time) and Dutch dd-mm-yyyy or dd/mm/yyyy; as an ISO date. */
export function parseDate(text: string): string | undefined {
  const value = text.trim();
  let year: number;
  let month: number;
  let day: number;
  let match =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (match) [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else {
    match = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(value);
    if (!match) return undefined;
    [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  return date.toISOString().slice(0, 10);
}

/** A CBS period code: `2024JJ00` a year, `2024KW02` a quarter, `2024MM03` a month, `2024HJ01` a half year. */
export interface Period {
  code: string;
  kind: "year" | "half-year" | "quarter" | "month";
  /** First day of the period, ISO. */
  date: string;
  year: number;
}

export function parsePeriod(text: string): Period | undefined {
  const match = /^(\d{4})(JJ|HJ|KW|MM)(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const n = Number(match[3]);
  const kinds = { JJ: "year", HJ: "half-year", KW: "quarter", MM: "month" } as const;
  const kind = kinds[match[2] as keyof typeof kinds];
  const limits = { year: [0, 0], "half-year": [1, 2], quarter: [1, 4], month: [1, 12] } as const;
  if (n < limits[kind][0] || n > limits[kind][1]) return undefined;
  const month =
    kind === "month" ? n : kind === "quarter" ? (n - 1) * 3 + 1 : kind === "half-year" ? (n - 1) * 6 + 1 : 1;
  return { code: match[0], kind, year, date: `${year}-${String(month).padStart(2, "0")}-01` };
}

/** Levels of CBS region codes and of labels such as "Noord-Nederland (RE)". */
export const regionLevels: Record<string, string> = {
  NL: "country",
  LD: "landsdeel",
  PV: "province",
  RE: "police-region",
  CR: "corop",
  RS: "police-region",
  GM: "municipality",
  WK: "district",
  BU: "neighbourhood",
};

/** Region levels from the whole country down (a table is summed at one level only). */
export const regionLevelOrder: readonly string[] = [
  "country",
  "landsdeel",
  "police-region",
  "province",
  "corop",
  "municipality",
  "district",
  "neighbourhood",
];

/** `"NL01  "` → {code: "NL01", level: "country"}; the padding CBS adds is trimmed. */
export function parseRegion(text: string): { code: string; level: string } | undefined {
  const match = /^(NL|LD|PV|RE|CR|RS|GM|WK|BU)([0-9A-Z]{2,8})$/.exec(text.trim());
  return match ? { code: match[0], level: regionLevels[match[1]] } : undefined;
}

/** `"Groningen (PV)"` → "province"; undefined for labels without a level suffix. */
export function labelLevel(text: string): string | undefined {
  const match = /\((LD|PV|RE|CR|RS|GM|WK|BU)\)\s*$/.exec(text);
  return match ? regionLevels[match[1]] : undefined;
}
