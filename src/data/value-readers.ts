// The one set of value readers: the loader types its columns with them, and a Table Schema file's
// fields are read with the same ones.
import type { ColumnType } from "./column-type.ts";
import type { Cell } from "./columns.ts";
import { parseBoolean } from "./parse-boolean.ts";
import { parseDate } from "./parse-date.ts";
import { type NumberFormat, parseNumber, parsePercent } from "./parse-number.ts";
import { parsePeriod } from "./parse-period.ts";
import { parseRegion } from "./parse-region.ts";

/** How a column of one type reads a text: its value, or undefined when the text is not of that type. */
export interface Reader {
  type: ColumnType;
  read: (text: string) => Cell | undefined;
}

/** Integers, numbers and percentages written in `format`. */
export function numberReaders(format: NumberFormat): Reader[] {
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

/** Booleans, CBS period and region codes, dates. */
export const plainReaders: Reader[] = [
  { type: "boolean", read: parseBoolean },
  { type: "period", read: (text) => parsePeriod(text)?.code },
  { type: "region", read: (text) => parseRegion(text)?.code },
  { type: "date", read: parseDate },
];

/** Every type's reader, in the order a column's type is looked for (`plain`: the plain readers to use). */
export function candidateReaders(format: NumberFormat, plain: readonly Reader[] = plainReaders): Reader[] {
  return [...plain, ...numberReaders(format)];
}

/** The reader of one type for numbers written in `format`; undefined for text, which is read as written. */
export function readerFor(type: ColumnType, format: NumberFormat): Reader | undefined {
  if (type === "string") return undefined;
  return candidateReaders(format).find((reader) => reader.type === type);
}
