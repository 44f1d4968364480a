import type { RawColumn } from "./builders.ts";
import { type Cell, type Column, DictionaryColumn, FloatColumn } from "./columns.ts";
import {
  beforePercent,
  type ColumnType,
  isMissing,
  labelLevel,
  type NumberFormat,
  numberFormats,
  parseBoolean,
  parseDate,
  parseNumber,
  parsePercent,
  parsePeriod,
  parseRegion,
} from "./values.ts";

export type { Cell } from "./columns.ts";

/** A column read from text: its type, its typed values, and the cells that did not fit. */
export interface InferredColumn {
  type: ColumnType;
  values: Cell[];
  missing: number;
  format?: NumberFormat;
  /** Cells that do not fit the column's type: their position and text. They become null. */
  misfits: { index: number; text: string }[];
  /** Columns derived from this one: a period's date and kind, a region's level. */
  derived: Record<string, Cell[]>;
}

/**
 * How many values may fail a column's type: a tenth of them. In a column of fewer than ten values none
 * may, so a short column with one word among numbers stays text and nothing is lost.
 */
const allowedMisfits = (total: number) => Math.floor(total * 0.1);

/**
 * A type fits a column when at most a tenth of its values do not fit it and more values fit than not.
 * The values that do not fit are reported, never silently dropped.
 */
const fitsColumn = (fits: number, total: number) =>
  fits > total - fits && total - fits <= allowedMisfits(total);

interface Reader {
  type: ColumnType;
  read: (text: string) => Cell | undefined;
}

function numberReaders(format: NumberFormat): Reader[] {
  return [
    {
      type: "integer",
      read: (text) => {
        const value = parseNumber(text, format);
        return value !== undefined && Number.isInteger(value) && !text.includes(format.decimal)
          ? value
          : undefined;
      },
    },
    { type: "number", read: (text) => parseNumber(text, format) },
    { type: "percent", read: (text) => parsePercent(text, format) },
  ];
}

const plainReaders: Reader[] = [
  { type: "boolean", read: parseBoolean },
  { type: "period", read: (text) => parsePeriod(text)?.code },
  { type: "region", read: (text) => parseRegion(text)?.code },
  { type: "date", read: parseDate },
];

/** Values checked first to rank the candidate types; the chosen type is then checked on every value. */
const sampleSize = 2000;

/**
 * Infers a column's type from all of its values (not a sample) and converts them. Numbers may use a
 * decimal point or comma and thousands separators, as long as the column is consistent; `preferComma`
 * breaks ties (semicolon files are Dutch). A forced `type` is applied as the user asked.
 *
 * The first values rank the candidates cheaply; each candidate that fits them is then read over the
 * whole column, and given up as soon as too many values do not fit, so a text column costs one failed
 * pass at most. An integer column that turns out to hold a decimal later on becomes a number column.
 */
export function inferColumn(
  texts: readonly (string | null)[],
  preferComma = false,
  type?: ColumnType,
): InferredColumn {
  const sample: string[] = [];
  let present = 0;
  for (const text of texts) {
    if (text === null || isMissing(text)) continue;
    present++;
    if (sample.length < sampleSize) sample.push(text);
  }
  const formats = preferComma
    ? [numberFormats[2], numberFormats[3], numberFormats[0], numberFormats[1]]
    : numberFormats;
  const format = bestFormat(sample, formats);
  const readers = [...plainReaders.map(memoised), ...numberReaders(format)];
  const decimalReader = readers.find((reader) => reader.type === "number");
  let result: Converted | null = null;
  let chosen: Reader | undefined;
  if (type) {
    chosen = type === "string" ? undefined : readers.find((reader) => reader.type === type);
    result = chosen ? convert(texts, chosen, Number.POSITIVE_INFINITY) : null;
  } else if (present > 0) {
    for (const reader of readers) {
      const fits = sample.reduce((n, text) => n + (reader.read(text) !== undefined ? 1 : 0), 0);
      if (!fitsColumn(fits, sample.length)) continue;
      const allowed = allowedMisfits(present);
      const widen = reader.type === "integer" ? decimalReader : undefined;
      result = convert(texts, reader, allowed, widen);
      if (result && result.values.length - result.missing - result.misfits.length > result.misfits.length) {
        chosen = reader;
        break;
      }
      result = null;
    }
  }
  const finalType: ColumnType = chosen?.type ?? "string";
  if (!result) {
    let missing = 0;
    const values = texts.map((text) => {
      if (text === null || isMissing(text)) {
        missing++;
        return null;
      }
      return text;
    });
    result = { values, missing, misfits: [] };
  }
  const isNumeric = finalType === "integer" || finalType === "number" || finalType === "percent";
  return {
    type: finalType,
    ...result,
    format: isNumeric ? format : undefined,
    derived: derive(finalType, result.values),
  };
}

interface Converted {
  values: Cell[];
  missing: number;
  misfits: InferredColumn["misfits"];
}

/**
 * Reads every value with `reader`; null when more than `allowed` values do not fit, or when a value
 * that does not fit is read by `widen` (an integer column holding a decimal is a number column).
 */
function convert(
  texts: readonly (string | null)[],
  reader: Reader,
  allowed: number,
  widen?: Reader,
): Converted | null {
  const values: Cell[] = new Array(texts.length);
  const misfits: InferredColumn["misfits"] = [];
  let missing = 0;
  for (let index = 0; index < texts.length; index++) {
    const text = texts[index];
    // Read first: no missing marker reads as a value of any type, and most cells are values.
    const value = text === null ? undefined : reader.read(text);
    if (value !== undefined) {
      values[index] = value;
      continue;
    }
    if (text === null || isMissing(text)) {
      missing++;
      values[index] = null;
      continue;
    }
    if (widen?.read(text) !== undefined || misfits.length >= allowed) return null;
    misfits.push({ index, text });
    values[index] = null;
  }
  return { values, missing, misfits };
}

/** Codes, periods and dates repeat: each distinct text is read once. */
function memoised(reader: Reader): Reader {
  const cache = new Map<string, Cell | undefined>();
  return {
    type: reader.type,
    read: (text) => {
      if (cache.has(text)) return cache.get(text);
      const value = reader.read(text);
      if (cache.size < 100_000) cache.set(text, value);
      return value;
    },
  };
}

/** The number format that reads the most values; earlier formats win ties. */
function bestFormat(texts: readonly string[], formats: readonly NumberFormat[]): NumberFormat {
  let best = formats[0];
  let bestFits = -1;
  for (const format of formats) {
    let fits = 0;
    for (const text of texts) if (parseNumber(beforePercent(text).number, format) !== undefined) fits++;
    if (fits > bestFits) {
      best = format;
      bestFits = fits;
    }
  }
  return best;
}

function derive(type: ColumnType, values: readonly Cell[]): Record<string, Cell[]> {
  if (type === "period") {
    const cache = new Map<string, ReturnType<typeof parsePeriod>>();
    const periodOf = (code: string) => {
      if (!cache.has(code)) cache.set(code, parsePeriod(code));
      return cache.get(code);
    };
    const periods = values.map((value) => (typeof value === "string" ? periodOf(value) : undefined));
    return {
      date: periods.map((period) => period?.date ?? null),
      kind: periods.map((period) => period?.kind ?? null),
      year: periods.map((period) => period?.year ?? null),
    };
  }
  if (type === "region") {
    const cache = new Map<string, string | null>();
    const levelOf = (code: string) => {
      let level = cache.get(code);
      if (level === undefined) {
        level = parseRegion(code)?.level ?? null;
        cache.set(code, level);
      }
      return level;
    };
    return { level: values.map((value) => (typeof value === "string" ? levelOf(value) : null)) };
  }
  if (type === "string") {
    const levels = values.map((value) => (typeof value === "string" ? (labelLevel(value) ?? null) : null));
    const labelled = levels.filter((level) => level !== null).length;
    const present = values.filter((value) => value !== null).length;
    // A column of region labels ("Groningen (PV)", "Nederland") keeps the level its labels carry.
    if (labelled > 0 && labelled >= present / 2) return { level: levels };
  }
  return {};
}

/** A raw column (see builders.ts) with its type decided and its values converted. */
export interface TypedColumn {
  type: ColumnType;
  column: Column;
  missing: number;
  format?: NumberFormat;
  /** Cells that do not fit the type (they read as empty), up to `misfitListLimit` of them… */
  misfits: { index: number; text: string }[];
  /** …and how many more there are. */
  moreMisfits: number;
  /** A numeric column's smallest and largest value, when known without another pass. */
  range?: { min: number; max: number };
  derived: Record<string, Column>;
}

/** Misfits listed per column; a column with more says how many more. */
export const misfitListLimit = 1000;

/**
 * Types a column built while streaming. A numeric column is checked (too many cells that are not
 * numbers and it must be read again as texts: `"retry-as-codes"`); a dictionary column's type is
 * inferred from its distinct texts, each weighted by how many rows hold it, so the whole column
 * counts but each distinct text is read once.
 */
export function typeRawColumn(
  raw: RawColumn,
  preferComma: boolean,
  type?: ColumnType,
): TypedColumn | "retry-as-codes" {
  if (raw.kind === "numbers") return typeNumbers(raw, type);
  if (raw.kind === "texts") {
    const inferred = inferColumn(raw.texts, preferComma, type);
    return {
      type: inferred.type,
      column: inferred.values,
      missing: inferred.missing,
      format: inferred.format,
      misfits: inferred.misfits.slice(0, misfitListLimit),
      moreMisfits: Math.max(0, inferred.misfits.length - misfitListLimit),
      derived: inferred.derived,
    };
  }
  return typeCodes(raw, preferComma, type);
}

function typeNumbers(raw: Extract<RawColumn, { kind: "numbers" }>, type?: ColumnType) {
  const values = raw.values.subarray(0, raw.length);
  const misfitRows: number[] = [];
  const misfitTexts: string[] = [];
  let missing = 0;
  raw.exceptionTexts.forEach((text, i) => {
    if (isMissing(text)) missing++;
    else {
      misfitRows.push(raw.exceptionRows[i]);
      misfitTexts.push(text);
    }
  });
  const present = raw.length - missing;
  if (!type && (misfitRows.length > allowedMisfits(present) || misfitRows.length * 2 >= present))
    return "retry-as-codes" as const;
  const finalType: ColumnType = type ?? (raw.fractional ? "number" : "integer");
  if (finalType === "integer" && raw.fractional) {
    for (let row = 0; row < values.length; row++) {
      const value = values[row];
      if (!Number.isNaN(value) && !Number.isInteger(value)) {
        values[row] = Number.NaN;
        misfitRows.push(row);
        misfitTexts.push(String(value));
      }
    }
  }
  const misfits = misfitRows
    .map((index, i) => ({ index, text: misfitTexts[i] }))
    .sort((a, b) => a.index - b.index);
  // Integers forced on a column with fractions lost some values: then the range is computed again.
  const range =
    raw.min <= raw.max && !(finalType === "integer" && raw.fractional)
      ? { min: raw.min, max: raw.max }
      : undefined;
  return {
    type: finalType,
    column: new FloatColumn(values),
    missing,
    format: raw.format,
    misfits: misfits.slice(0, misfitListLimit),
    moreMisfits: Math.max(0, misfits.length - misfitListLimit),
    derived: {},
    range,
  };
}

function typeCodes(
  raw: Extract<RawColumn, { kind: "codes" }>,
  preferComma: boolean,
  type?: ColumnType,
): TypedColumn {
  const { texts } = raw;
  const codes = raw.codes.subarray(0, raw.length);
  const { counts } = raw;
  let present = 0;
  const sample: string[] = [];
  texts.forEach((text, code) => {
    if (counts[code] === 0 || isMissing(text)) return;
    present += counts[code];
    if (sample.length < sampleSize) sample.push(text);
  });
  const formats = preferComma
    ? [numberFormats[2], numberFormats[3], numberFormats[0], numberFormats[1]]
    : numberFormats;
  const format = bestFormat(sample, formats);
  const readers = [...plainReaders, ...numberReaders(format)];
  const weighted = (read: Reader["read"]) => {
    let fits = 0;
    texts.forEach((text, code) => {
      if (counts[code] > 0 && !isMissing(text) && read(text) !== undefined) fits += counts[code];
    });
    return fits;
  };
  let chosen: Reader | undefined;
  if (type) chosen = type === "string" ? undefined : readers.find((reader) => reader.type === type);
  else if (present > 0) {
    const decimal = readers.find((reader) => reader.type === "number");
    chosen = readers.find((reader) => {
      if (!fitsColumn(weighted(reader.read), present)) return false;
      // An integer column holding a decimal is a number column.
      if (reader.type !== "integer" || !decimal) return true;
      return !texts.some(
        (text, code) =>
          counts[code] > 0 && reader.read(text) === undefined && decimal.read(text) !== undefined,
      );
    });
  }
  const finalType: ColumnType = chosen?.type ?? "string";
  let missing = 0;
  const misfitCodes = new Set<number>();
  const values: Cell[] = texts.map((text, code) => {
    if (isMissing(text)) {
      missing += counts[code];
      return null;
    }
    if (!chosen) return text;
    const value = chosen.read(text);
    if (value !== undefined) return value;
    if (counts[code] > 0) misfitCodes.add(code);
    return null;
  });
  const misfits: TypedColumn["misfits"] = [];
  let misfitRows = 0;
  if (misfitCodes.size > 0) {
    for (let row = 0; row < codes.length; row++) {
      if (!misfitCodes.has(codes[row])) continue;
      if (misfits.length < misfitListLimit) misfits.push({ index: row, text: texts[codes[row]] });
      misfitRows++;
    }
  }
  const column = new DictionaryColumn(values, codes);
  const isNumeric = finalType === "integer" || finalType === "number" || finalType === "percent";
  return {
    type: finalType,
    column,
    missing,
    format: isNumeric ? format : undefined,
    misfits,
    moreMisfits: misfitRows - misfits.length,
    derived: deriveFromDictionary(finalType, column, counts),
  };
}

/** A period's date, kind and year, a region's level: new dictionaries over the same codes. */
function deriveFromDictionary(
  type: ColumnType,
  column: DictionaryColumn,
  counts: Uint32Array,
): Record<string, Column> {
  const over = (map: (value: Cell) => Cell) => new DictionaryColumn(column.dictionary.map(map), column.codes);
  if (type === "period") {
    const periods = column.dictionary.map((value) =>
      typeof value === "string" ? parsePeriod(value) : undefined,
    );
    const pick = (key: "date" | "kind" | "year") =>
      new DictionaryColumn(
        periods.map((period) => period?.[key] ?? null),
        column.codes,
      );
    return { date: pick("date"), kind: pick("kind"), year: pick("year") };
  }
  if (type === "region")
    return {
      level: over((value) => (typeof value === "string" ? (parseRegion(value)?.level ?? null) : null)),
    };
  if (type === "string") {
    let labelled = 0;
    let present = 0;
    const levels = column.dictionary.map((value, code) => {
      if (value === null) return null;
      present += counts[code];
      const level = typeof value === "string" ? (labelLevel(value) ?? null) : null;
      if (level !== null) labelled += counts[code];
      return level;
    });
    if (labelled > 0 && labelled >= present / 2) return { level: new DictionaryColumn(levels, column.codes) };
  }
  return {};
}
