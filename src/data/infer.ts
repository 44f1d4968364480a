import {
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

export type Cell = string | number | boolean | null;

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
 * A type fits a column when at most 10% of its values do not fit it (or one value, in a short column)
 * and more values fit than not. The values that do not fit are reported, never silently dropped.
 */
const fitsColumn = (fits: number, total: number) =>
  fits > total - fits && total - fits <= Math.max(1, total * 0.1);

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

/**
 * Infers a column's type from all of its values (not a sample) and converts them. Numbers may use a
 * decimal point or comma and thousands separators, as long as the column is consistent; `preferComma`
 * breaks ties (semicolon files are Dutch). A forced `type` is applied as the user asked.
 */
export function inferColumn(
  texts: readonly (string | null)[],
  preferComma = false,
  type?: ColumnType,
): InferredColumn {
  const present = texts.filter((text): text is string => text !== null && !isMissing(text));
  const formats = preferComma
    ? [numberFormats[2], numberFormats[3], numberFormats[0], numberFormats[1]]
    : numberFormats;
  const format = bestFormat(present, formats);
  const readers = [...plainReaders, ...numberReaders(format)];
  let chosen = type ? readers.find((reader) => reader.type === type) : undefined;
  if (!chosen && !type && present.length > 0) {
    for (const reader of readers) {
      const fits = present.reduce((n, text) => n + (reader.read(text) !== undefined ? 1 : 0), 0);
      if (fitsColumn(fits, present.length)) {
        chosen = reader;
        break;
      }
    }
  }
  const finalType: ColumnType = chosen?.type ?? "string";
  const values: Cell[] = [];
  const misfits: InferredColumn["misfits"] = [];
  let missing = 0;
  texts.forEach((text, index) => {
    if (text === null || isMissing(text)) {
      missing++;
      values.push(null);
      return;
    }
    if (!chosen) {
      values.push(text);
      return;
    }
    const value = chosen.read(text);
    if (value === undefined) {
      misfits.push({ index, text });
      values.push(null);
    } else values.push(value);
  });
  const isNumeric = finalType === "integer" || finalType === "number" || finalType === "percent";
  return {
    type: finalType,
    values,
    missing,
    format: isNumeric ? format : undefined,
    misfits,
    derived: derive(finalType, values),
  };
}

/** The number format that reads the most values; earlier formats win ties. */
function bestFormat(texts: readonly string[], formats: readonly NumberFormat[]): NumberFormat {
  let best = formats[0];
  let bestFits = -1;
  for (const format of formats) {
    let fits = 0;
    for (const text of texts) if (parseNumber(text.replace(/\s*%$/, ""), format) !== undefined) fits++;
    if (fits > bestFits) {
      best = format;
      bestFits = fits;
    }
  }
  return best;
}

function derive(type: ColumnType, values: readonly Cell[]): Record<string, Cell[]> {
  if (type === "period") {
    const periods = values.map((value) => (typeof value === "string" ? parsePeriod(value) : undefined));
    return {
      date: periods.map((period) => period?.date ?? null),
      kind: periods.map((period) => period?.kind ?? null),
    };
  }
  if (type === "region") {
    return {
      level: values.map((value) => (typeof value === "string" ? (parseRegion(value)?.level ?? null) : null)),
    };
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
