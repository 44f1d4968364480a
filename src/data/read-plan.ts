import Papa from "papaparse";
import type { ColumnPlan } from "./column-builder.ts";
import type { ColumnType } from "./column-type.ts";
import type { FileDialect } from "./csv-reading.ts";
import type { Decoded } from "./decode.ts";
import { sniffDialect } from "./dialect.ts";
import { readHeaderLine } from "./header-line.ts";
import { uniqueHeader } from "./header-names.ts";
import { inferColumn } from "./infer-column.ts";
import { type NumberFormat, numberFormats } from "./parse-number.ts";
import { type Problem, problemAt } from "./problems.ts";
import { shapeRecords, type TableMetadata } from "./shape-records.ts";

/** How a file will be read, decided from its first records: dialect, header, and a plan per column. */
export interface ReadPlan {
  dialect: FileDialect;
  metadata: TableMetadata;
  header: string[];
  /** Cells of a whole record in the file: more than `header` has when columns past `maxColumns` are left out. */
  fileWidth: number;
  headerProblems: Problem[];
  /** Records before the first data record (header, preamble, blank lines). */
  dataStart: number;
  /** Where in the text the first data record begins, when the header holds a quote. */
  dataStartAt?: number;
  columns: ColumnPlan[];
  preferComma: boolean;
  types?: Record<string, ColumnType>;
  /** Layouts with a preamble and a multi-row header are small: their records, already shaped. */
  shaped?: { row: number; cells: string[] }[];
  /** Characters per record in the first records, to size the column arrays. */
  recordLength: number;
}

/** Records looked at to plan the reading, and the most text they are looked for in. */
const previewRecords = 2000;
const previewChars = 1 << 20;
/** The format without grouping, with a decimal comma or point: the one `numberFormats` holds. */
function plainFormat(comma: boolean): NumberFormat {
  return numberFormats.find(
    (format) => format.decimal === (comma ? "," : ".") && !format.group,
  ) as NumberFormat;
}

const planSample = 500;
/** Columns read at most: each costs work and memory whatever the number of rows, and no statistics
 * export comes near this; the rest of a wider file is named in a problem, not read. */
export const maxColumns = 20_000;

/** Looks at the first records: dialect, the layout of the export, the header, each column's plan. */
export function planReading(decoded: Decoded, types?: Record<string, ColumnType>): ReadPlan {
  const sniffed = sniffDialect(decoded.text);
  // The first records only: a megabyte of text holds thousands of them, and the rest is not looked at.
  // Lines that end in more than one way are made to end in "\n" (as `readPart` does).
  const source = sniffed.mixedLineEndings ? decoded.text.replace(/\r\n?/g, "\n") : decoded.text;
  // A header line with a quote: read on its own, so a quote it never closes swallows no record.
  const headerLine = readHeaderLine(source, sniffed);
  const literal = headerLine?.literal ? headerLine : undefined;
  const body = literal ? source.slice(literal.end) : source;
  // A first line longer than the preview (a very wide header, a file of one line) makes the preview
  // grow until it holds the header and a record after it, or the whole text.
  const wanted = literal ? 1 : 2;
  let prefix = body.slice(0, previewChars);
  let complete = prefix.length === body.length;
  let parsed = previewOf(prefix, sniffed, complete);
  while (!complete && parsed.data.length < wanted) {
    prefix = body.slice(0, prefix.length * 4);
    complete = prefix.length === body.length;
    parsed = previewOf(prefix, sniffed, complete);
  }
  const preview = literal ? { ...parsed, data: [...literal.records, ...parsed.data] } : parsed;
  const whole = complete && parsed.meta.cursor >= body.length;
  let shaped = shapeRecords(preview.data);
  let rows: { row: number; cells: string[] }[] | undefined;
  if (shaped.shape === "statline-table") {
    // Preamble, multi-row header and footer: read all records, then find the table in them.
    const all = whole
      ? preview.data
      : literal
        ? [...literal.records, ...parseAll(body, sniffed.delimiter)]
        : parseAll(source, sniffed.delimiter);
    shaped = shapeRecords(all);
    rows = shaped.records;
  }
  const headerProblems: Problem[] = [];
  if (literal)
    headerProblems.push(problemAt(literal.records.length, "", { code: "unclosed-quote", header: true }));
  const fileWidth = shaped.header.length;
  if (fileWidth > maxColumns) {
    headerProblems.push(
      problemAt(shaped.headerRows, "", { code: "too-many-columns", found: fileWidth, kept: maxColumns }),
    );
  }
  const header = uniqueHeader(shaped.header.slice(0, maxColumns), shaped.headerRows, headerProblems);
  const preferComma = sniffed.delimiter === ";";
  // Enough to tell numbers from texts; a column planned wrongly is read again (see `planWithTexts`).
  const sample = shaped.records.slice(0, planSample);
  const columns = header.map((name, j): ColumnPlan => {
    const texts = sample.map(({ cells }) => (j < cells.length ? cells[j] : null));
    const forced = types && Object.hasOwn(types, name) ? types[name] : undefined;
    const inferred = inferColumn(texts, preferComma, forced);
    const numeric = forced
      ? forced === "integer" || forced === "number"
      : inferred.type === "integer" || inferred.type === "number";
    return numeric && inferred.format
      ? { kind: "numbers", format: inferred.format }
      : numeric
        ? // One of `numberFormats` itself: `parseNumber` finds a format's pattern by the object.
          { kind: "numbers", format: plainFormat(preferComma) }
        : { kind: "codes" };
  });
  const firstHeader = preview.data.findIndex((cells) => cells.some((cell) => cell.trim() !== ""));
  const recordLength = ((literal?.end ?? 0) + parsed.meta.cursor) / Math.max(1, preview.data.length);
  const dataStart = rows ? 0 : Math.max(0, firstHeader) + 1;
  return {
    dialect: {
      ...sniffed,
      encoding: decoded.encoding,
      bom: decoded.bom,
      shape: shaped.shape,
      headerRows: shaped.headerRows,
    },
    // The footer is looked for at the end of the reading, not in the first records.
    metadata: { ...shaped.metadata, source: rows ? shaped.metadata.source : undefined },
    header,
    fileWidth,
    headerProblems,
    dataStart,
    // Where the data begins, when the header was read on its own (the parser would count its lines wrongly).
    dataStartAt: !rows && headerLine && headerLine.records.length === dataStart ? headerLine.end : undefined,
    columns,
    preferComma,
    types,
    shaped: rows,
    recordLength,
  };
}

function previewOf(
  prefix: string,
  sniffed: { delimiter: string; lineEnding: "\r\n" | "\n" | "\r" },
  complete: boolean,
): Papa.ParseResult<string[]> {
  return new Papa.Parser({
    delimiter: sniffed.delimiter,
    newline: sniffed.lineEnding,
    quoteChar: '"',
    preview: previewRecords,
  }).parse(prefix, 0, !complete);
}

function parseAll(text: string, delimiter: string): string[][] {
  return Papa.parse<string[]>(text, { delimiter, quoteChar: '"' }).data;
}

/** The plan again, with these columns read as texts (numbers planned from the first records that were not). */
export function planWithTexts(plan: ReadPlan, columns: readonly number[]): ReadPlan {
  return {
    ...plan,
    columns: plan.columns.map((column, j) => (columns.includes(j) ? { kind: "codes" } : column)),
  };
}
