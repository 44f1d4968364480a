import Papa from "papaparse";
import { record } from "../util/index.ts";
import {
  type Builder,
  builderFor,
  CodeBuilder,
  type ColumnPlan,
  concatRaw,
  NumberBuilder,
  type RawColumn,
  TextBuilder,
  unquoteAll,
} from "./builders.ts";
import { type Cell, type Column, DictionaryColumn, distinctValues, FloatColumn } from "./columns.ts";
import { type Decoded, decodeBytes, stripBom } from "./decode.ts";
import { type Dialect, sniffDialect } from "./dialect.ts";
import { type NotText, sniffNotText } from "./file-kind.ts";
import { fileRow } from "./file-row.ts";
import { readHeaderLine } from "./header-line.ts";
import { inferColumn, type TypedColumn, typeRawColumn } from "./infer.ts";
import { problemAt } from "./problems.ts";
import { isFooter, nonEmpty, type Shape, shapeRecords, type TableMetadata } from "./shape.ts";
import type { Problem } from "./table-schema.ts";
import type { ColumnType } from "./values.ts";

/** What the loader found out about how the file is written. */
export interface FileDialect extends Dialect {
  encoding: Decoded["encoding"];
  bom: boolean;
  shape: Shape;
  /** Lines before the data: preamble and header rows. */
  headerRows: number;
}

/** One column as read: its name, type, and a short summary. */
export interface ColumnSummary {
  name: string;
  type: ColumnType;
  missing: number;
  unit?: string;
  /** Decimal separator of a numeric column. */
  decimal?: "." | ",";
  min?: number | string;
  max?: number | string;
  /** Number of distinct values (for text columns). */
  distinct?: number;
  /** The column this one was derived from (a period's date, a region's level). */
  derivedFrom?: string;
}

export interface CsvReading {
  dialect: FileDialect;
  metadata: TableMetadata;
  columns: ColumnSummary[];
  /** Columns in column order, ready for `aq.table(data)` (typed arrays and dictionaries, no copies). */
  data: Record<string, Column>;
  rowCount: number;
  problems: Problem[];
  /** Where each data row is in the file: pairs (row, line) from which rows follow line by line (see `fileRow`). */
  rowBreaks: number[];
}

export interface ReadProgress {
  /** Records parsed so far. */
  rows: number;
  /** Characters of the text parsed so far, and in all. */
  done: number;
  total: number;
}

export interface ReadOptions {
  /** Force a column's type (the user's override in the scratch notebook). */
  types?: Record<string, ColumnType>;
  /** Called after each chunk of about a megabyte is parsed. */
  onProgress?: (progress: ReadProgress) => void;
}

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
        ? { kind: "numbers", format: { decimal: preferComma ? "," : ".", group: "" } }
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

/** The columns of one part of a file, read but not yet typed; plain data, so it can go between workers. */
export interface RawPart {
  columns: RawColumn[];
  rows: number;
  /** Records the part held (blank ones included), to number the records of the part after it. */
  records: number;
  /** Pairs (row, record): from that row on, rows follow on from that record number. */
  rowBreaks: number[];
  problems: Problem[];
  /** A footer ("Bron: …") that ended the part. */
  source?: string;
  /** Columns planned as numbers that turned out not to be: read the file again with them as texts. */
  retry?: number[];
  /** The text ended inside a quoted cell: as a first part, it was cut in the wrong place. */
  openQuote?: boolean;
  /** Where in the part's text the quote that is never closed opens. */
  openQuoteAt?: number;
}

export interface PartOptions {
  /** Characters of the whole file, when this part is its first half: room is made for all rows, so the
   * second half can be added without copying the first. */
  fileChars?: number;
  /** The first part skips the header; only the last part can end with a footer. */
  first: boolean;
  last: boolean;
  onProgress?: (progress: ReadProgress) => void;
}

/**
 * Reads records into column builders: cells go straight into typed storage. Blank records are
 * skipped (their numbers kept for reporting), short and long rows are padded or cut and reported,
 * and footer lines at the very end become the table's source.
 */
class RecordSink {
  readonly builders: Builder[];
  readonly problems: Problem[] = [];
  readonly rowBreaks: number[] = [];
  rows = 0;
  private nextRecord = -1;
  private pending: { row: number; cells: string[] }[] = [];
  private readonly width: number;
  private readonly fileWidth: number;

  /** A cell whose quotes hide a delimiter, a line break or an escaped quote: fast mode cannot read it. */
  badQuote = false;

  /** `quoted`: cells still have the quotes around them (PapaParse's fast mode); the builders take them off at the end. */
  constructor(
    plan: ReadPlan,
    capacity: number,
    private readonly quoted = false,
  ) {
    this.width = plan.header.length;
    this.fileWidth = plan.fileWidth;
    this.builders = plan.columns.map((column) => builderFor(column, capacity));
  }

  push(record: number, cells: string[]): void {
    const width = this.width;
    // A whole record of a file wider than the columns read: the cells past them are left (and said once).
    if (cells.length === this.fileWidth && this.fileWidth > width) cells.length = width;
    if (cells.length !== width || cells[0] === "" || (this.quoted && cells[0] === '""')) {
      if (this.quoted) {
        const unquoted = unquoteAll(cells);
        if (!unquoted) {
          this.badQuote = true;
          return;
        }
        cells = unquoted;
      }
      if (nonEmpty(cells) === 0) return;
      if (isFooter(cells)) {
        this.pending.push({ row: record, cells });
        return;
      }
    }
    if (this.pending.length > 0) this.flush();
    this.write(cells, record);
  }

  private write(cells: string[], record: number): void {
    const width = this.width;
    if (record !== this.nextRecord) this.rowBreaks.push(this.rows, record);
    this.nextRecord = record + 1;
    if (cells.length === width) {
      const builders = this.builders;
      for (let j = 0; j < width; j++) builders[j].push(cells[j]);
    } else {
      const builders = this.builders;
      this.problems.push(problemAt(record, "", { code: "ragged", expected: width, found: cells.length }));
      for (let j = 0; j < width; j++) builders[j].push(j < cells.length ? cells[j] : "");
    }
    this.rows++;
  }

  /** Footer-like lines followed by more data were data after all. */
  flush(): void {
    for (const { row, cells } of this.pending) this.write(cells, row);
    this.pending = [];
  }

  /** The footer that ends the table, if any (its first line). */
  footer(): string | undefined {
    return this.pending[0]?.cells.find((cell) => cell.trim())?.trim();
  }

  /** After each chunk: hardly repeating texts leave their dictionary; numbers that are not, retry. */
  check(): number[] {
    const retry: number[] = [];
    this.builders.forEach((builder, j) => {
      if (builder instanceof CodeBuilder && builder.tooVaried()) {
        this.builders[j] = new TextBuilder(builder.allTexts());
      }
      if (builder instanceof NumberBuilder && builder.tooManyMisfits()) retry.push(j);
    });
    return retry;
  }
}

/** Characters handed to the parser at a time: small enough that its records die young. */
const chunkChars = 1 << 18;

/**
 * Reads the records of `text` (a whole file, or a part of one cut at a record boundary) with
 * PapaParse's parser, fed a chunk at a time by this loop; each chunk ends at the last complete record
 * and the rest is read with the next. (Papa.parse's own chunking recurses once per chunk and keeps
 * every chunk's records reachable until the end, which costs hundreds of megabytes on big files.)
 *
 * First in PapaParse's fast mode, which splits at line breaks and delimiters without looking at
 * quotes; quotes around whole cells are then taken off here. When a cell shows that its quotes
 * mattered (a delimiter, line break or escaped quote inside them), the part is read again in full CSV
 * mode. Official exports quote codes and labels but rarely put delimiters inside them.
 */
export function readPart(input: string, plan: ReadPlan, options: PartOptions): RawPart {
  const text = plan.dialect.mixedLineEndings ? input.replace(/\r\n?/g, "\n") : input;
  const part =
    readRecords(text, plan, options, "fast") ?? (readRecords(text, plan, options, "full") as RawPart);
  return part.openQuoteAt !== undefined && options.last && !plan.shaped
    ? readPastOpenQuote(text, plan, options, part, part.openQuoteAt)
    : part;
}

/**
 * A quote that is never closed (`a,1,=F("x","y")`) would swallow every record after it into one cell.
 * Instead, the file is read as usual up to the line where that quote opened, and from there on line by
 * line with quotes taken as plain characters; the records so read are reported, and none is lost.
 */
function readPastOpenQuote(
  text: string,
  plan: ReadPlan,
  options: PartOptions,
  part: RawPart,
  at: number,
): RawPart {
  const lineStart = Math.max(text.lastIndexOf("\n", at), text.lastIndexOf("\r", at)) + 1;
  const before = readRecords(text.slice(0, lineStart), plan, { ...options, last: false }, "full");
  const after = readRecords(text.slice(lineStart), plan, { ...options, first: false }, "literal");
  // The header itself holds the quote, or the line before the quote cannot be read on its own.
  if (
    !before ||
    !after ||
    before.openQuoteAt !== undefined ||
    before.records < (options.first ? plan.dataStart : 0)
  ) {
    return part;
  }
  const merged = mergeParts(before, after);
  merged.problems.push(problemAt(before.records + 1, "", { code: "unclosed-quote", literal: after.rows }));
  merged.problems.sort((a, b) => a.row - b.row);
  return merged;
}

/** How a part is read: PapaParse's fast mode with quotes checked here, full CSV mode, or quotes as plain characters. */
type Mode = "fast" | "full" | "literal";

function readRecords(text: string, plan: ReadPlan, options: PartOptions, mode: Mode): RawPart | null {
  const fast = mode === "fast";
  // Records grow longer further into a file (row numbers gain digits): a whole file gets more room.
  const chars = Math.max(text.length, options.fileChars ?? 0);
  const headroom = options.fileChars ? 1.15 : 1.05;
  const capacity = plan.shaped ? plan.shaped.length : Math.ceil((chars / plan.recordLength) * headroom) + 16;
  const sink = new RecordSink(plan, capacity, fast);
  let records = 0;
  let retry: number[] = [];
  let trailing = false;
  let openQuoteAt: number | undefined;
  if (plan.shaped) {
    for (const { row, cells } of plan.shaped) sink.push(row, cells);
  } else {
    const skip = options.first ? plan.dataStart : 0;
    const parser = new Papa.Parser({
      delimiter: plan.dialect.delimiter,
      newline: plan.dialect.lineEnding,
      quoteChar: '"',
      header: false,
      skipEmptyLines: false,
      fastMode: mode === "full" ? undefined : true,
    });
    // A header read on its own is skipped by its place in the text: PapaParse's fast mode does not
    // know a quoted name that spans lines, nor a quote in it that never closes.
    const headerEnd = options.first ? plan.dataStartAt : undefined;
    let offset = headerEnd ?? 0;
    if (headerEnd !== undefined) records = plan.dataStart;
    let size = chunkChars;
    while (offset < text.length && retry.length === 0) {
      const end = Math.min(text.length, offset + size);
      const last = end === text.length;
      const result: Papa.ParseResult<string[]> = parser.parse(text.slice(offset, end), 0, !last);
      if (!last && result.meta.cursor === 0) {
        size *= 2; // one record longer than the chunk: try a bigger one
        continue;
      }
      size = chunkChars;
      for (const error of result.errors) {
        if (error.type === "Quotes") sink.problems.push(quoteProblem(records + (error.row ?? 0) + 1, error));
        if (last && error.code === "MissingQuotes") openQuoteAt = offset + (error.index ?? 0);
      }
      const data = result.data;
      for (let i = 0; i < data.length; i++) {
        const record = records + i + 1;
        if (record > skip) sink.push(record, data[i]);
      }
      records += data.length;
      // A text that ends with a line break ends with an empty record that is not in the file.
      const lastRecord = data[data.length - 1];
      trailing = lastRecord !== undefined && lastRecord.length === 1 && lastRecord[0] === "";
      if (sink.badQuote) return null;
      retry = sink.check();
      offset = last ? text.length : offset + result.meta.cursor;
      options.onProgress?.({ rows: sink.rows, done: offset, total: text.length });
    }
  }
  if (!options.last) sink.flush();
  // Fast mode left the quotes on: take them off each distinct text (and each cell that was no number).
  if (fast && (sink.badQuote || !sink.builders.every((builder) => builder.unquote()))) return null;
  if (trailing && /[\r\n]$/.test(text)) records--;
  return {
    columns: sink.builders.map((builder) => builder.raw()),
    rows: sink.rows,
    records,
    rowBreaks: sink.rowBreaks,
    problems: sink.problems,
    source: options.last ? sink.footer() : undefined,
    retry: retry.length > 0 ? retry : undefined,
    openQuote: openQuoteAt !== undefined || undefined,
    openQuoteAt,
  };
}

/** PapaParse's quote errors, said so that a reader knows what to look for in the row. */
function quoteProblem(row: number, error: Papa.ParseError): Problem {
  if (error.code === "MissingQuotes") return problemAt(row, "", { code: "unclosed-quote" });
  if (error.code === "InvalidQuotes") return problemAt(row, "", { code: "stray-quote" });
  return { row, column: "", message: error.message };
}

/** Joins the parts of one file read side by side, in file order. */
export function mergeParts(first: RawPart, second: RawPart): RawPart {
  const shift = (row: number) => row + first.records;
  const breaks = [...first.rowBreaks];
  for (let i = 0; i < second.rowBreaks.length; i += 2)
    breaks.push(second.rowBreaks[i] + first.rows, shift(second.rowBreaks[i + 1]));
  return {
    columns: first.columns.map((column, j) => concatRaw(column, second.columns[j])),
    rows: first.rows + second.rows,
    records: first.records + second.records,
    rowBreaks: breaks,
    problems: [
      ...first.problems,
      ...second.problems.map((problem) => ({ ...problem, row: shift(problem.row) })),
    ],
    source: second.source,
    retry: first.retry || second.retry ? [...(first.retry ?? []), ...(second.retry ?? [])] : undefined,
  };
}

/** The plan again, with these columns read as texts (numbers planned from the first records that were not). */
export function planWithTexts(plan: ReadPlan, columns: readonly number[]): ReadPlan {
  return {
    ...plan,
    columns: plan.columns.map((column, j) => (columns.includes(j) ? { kind: "codes" } : column)),
  };
}

/**
 * Types every column of a reading and reports what did not fit; `{retry}` when a column planned as
 * numbers must be read again as texts.
 */
export function finishReading(plan: ReadPlan, part: RawPart): CsvReading | { retry: number[] } {
  if (part.retry) return { retry: part.retry };
  const typed = plan.header.map((name, j) =>
    typeRawColumn(
      part.columns[j],
      plan.preferComma,
      plan.types && Object.hasOwn(plan.types, name) ? plan.types[name] : undefined,
    ),
  );
  const retry = typed.flatMap((column, j) => (column === "retry-as-codes" ? [j] : []));
  if (retry.length > 0) return { retry };
  const problems = [...plan.headerProblems, ...part.problems];
  if (plan.header.length === 0) problems.push(problemAt(1, "", { code: "empty-file" }));
  const metadata: TableMetadata = { ...plan.metadata, notes: [...plan.metadata.notes] };
  if (part.source) metadata.source = part.source;
  const data = record<Column>();
  const columns: ColumnSummary[] = [];
  plan.header.forEach((name, j) => {
    const column = typed[j] as TypedColumn;
    for (const misfit of column.misfits) {
      problems.push(
        problemAt(fileRow(part.rowBreaks, misfit.index), name, {
          code: "misfit",
          text: misfit.text,
          type: column.type,
        }),
      );
    }
    if (column.moreMisfits > 0) {
      problems.push(
        problemAt(fileRow(part.rowBreaks, column.misfits[column.misfits.length - 1].index), name, {
          code: "more-misfits",
          count: column.moreMisfits,
          type: column.type,
        }),
      );
    }
    data[name] = column.column;
    columns.push({
      ...summarise(name, column.type, column.column, column.missing, column.range),
      unit: Object.hasOwn(metadata.units, name) ? metadata.units[name] : undefined,
      decimal: column.type === "number" || column.type === "percent" ? column.format?.decimal : undefined,
    });
    for (const [suffix, values] of Object.entries(column.derived)) {
      const derivedName = uniqueName(`${name}_${suffix}`, data);
      data[derivedName] = values;
      const type: ColumnType = suffix === "date" ? "date" : suffix === "year" ? "integer" : "string";
      columns.push({ ...summarise(derivedName, type, values, 0), derivedFrom: name });
    }
    if (column.type === "period") {
      const kinds = [...distinctValues(column.derived.kind ?? [])];
      if (kinds.length > 1) {
        metadata.notes.push(
          `Column "${name}" mixes ${kinds.join(", ")} periods: filter on ${name}_kind before summing.`,
        );
      }
    }
  });
  problems.sort((a, b) => a.row - b.row);
  return {
    dialect: plan.dialect,
    metadata,
    columns,
    data,
    rowCount: part.rows,
    problems,
    rowBreaks: part.rowBreaks,
  };
}

/**
 * Reads a CSV the way Blauw does everywhere (app, `npm run inspect`, tests): decode, sniff the dialect,
 * parse, find the table in official export layouts, infer every column's type from all its rows,
 * and report every problem with its row and column. Rows are never dropped.
 */
export function readCsv(input: Uint8Array | string, options: ReadOptions = {}): CsvReading {
  const notText = typeof input === "string" ? null : sniffNotText(input);
  if (notText) return notTextReading(notText);
  const decoded: Decoded =
    typeof input === "string" ? { ...stripBom(input), encoding: "utf-8" } : decodeBytes(input);
  return readDecoded(decoded.text, planReading(decoded, options.types), options.onProgress);
}

/** What is said of a file that is not text (an image, a workbook, an archive): no rows, one problem. */
export function notTextReading(kind: NotText): CsvReading {
  return {
    dialect: {
      delimiter: ",",
      quote: '"',
      lineEnding: "\n",
      encoding: "utf-8",
      bom: false,
      shape: "plain",
      headerRows: 0,
    },
    metadata: { filters: [], units: record<string>(), notes: [] },
    columns: [],
    data: record<Column>(),
    rowCount: 0,
    problems: [problemAt(1, "", { code: "not-text", kind })],
    rowBreaks: [],
  };
}

/**
 * Reads a whole decoded text by a plan; a column planned as numbers from the first records that turns
 * out not to be is read again as text.
 */
export function readDecoded(
  text: string,
  plan: ReadPlan,
  onProgress?: ReadOptions["onProgress"],
): CsvReading {
  for (;;) {
    const reading = finishReading(plan, readPart(text, plan, { first: true, last: true, onProgress }));
    if (!("retry" in reading)) return reading;
    plan = planWithTexts(plan, reading.retry);
  }
}

/** Empty and repeated header names get a usable name, and a problem that says so. */
function uniqueHeader(names: readonly string[], headerRow: number, problems: Problem[]): string[] {
  const seen = record<true>();
  const nextSuffix = new Map<string, number>();
  return names.map((raw, j) => {
    let name = raw.trim();
    if (!name) {
      name = `column ${j + 1}`;
      problems.push(problemAt(headerRow, name, { code: "unnamed-column", position: j + 1, name }));
    }
    if (seen[name]) {
      const unique = uniqueName(name, seen, nextSuffix);
      problems.push(problemAt(headerRow, unique, { code: "duplicate-column", name, renamed: unique }));
      name = unique;
    }
    seen[name] = true;
    return name;
  });
}

/** `name_2`, `name_3`, …: the first suffix not taken, counted on from the last one given for that name
 * (counting from 2 each time made 10,000 copies of a name quadratic). */
function uniqueName(
  name: string,
  taken: Record<string, unknown>,
  next: Map<string, number> = new Map(),
): string {
  if (!(name in taken)) return name;
  let n = next.get(name) ?? 2;
  while (`${name}_${n}` in taken) n++;
  next.set(name, n + 1);
  return `${name}_${n}`;
}

/** Distinct values are counted up to this many; a column with more says "at least". */
const distinctCap = 10_000;

function summarise(
  name: string,
  type: ColumnType,
  values: Column,
  missing: number,
  range?: { min: number; max: number },
): ColumnSummary {
  const summary: ColumnSummary = { name, type, missing };
  if (range) return { ...summary, min: range.min, max: range.max };
  if (type === "string" || type === "boolean" || type === "region") {
    summary.distinct = distinctValues(values, distinctCap).size;
    return summary;
  }
  if (values instanceof FloatColumn) {
    // NaN (an empty cell) fails every comparison, so it is skipped without a test of its own.
    let low = Number.POSITIVE_INFINITY;
    let high = Number.NEGATIVE_INFINITY;
    const numbers = values.values;
    for (let i = 0; i < numbers.length; i++) {
      const value = numbers[i];
      if (value < low) low = value;
      if (value > high) high = value;
    }
    if (low <= high) {
      summary.min = low;
      summary.max = high;
    }
    return summary;
  }
  let min: number | string | undefined;
  let max: number | string | undefined;
  // Repeated values (dictionaries, dates, period codes) are compared once each.
  const candidates: Iterable<Cell | undefined> =
    values instanceof DictionaryColumn || type === "date" || type === "period"
      ? distinctValues(values)
      : values;
  for (const value of candidates) {
    if (value === null || value === undefined || typeof value === "boolean" || Number.isNaN(value)) continue;
    if (min === undefined || value < min) min = value;
    if (max === undefined || value > max) max = value;
  }
  if (min !== undefined) {
    summary.min = min;
    summary.max = max;
  }
  return summary;
}

/** The rows as objects (for `inspect --json` and table views). */
export function rowObjects(reading: CsvReading, limit = Number.POSITIVE_INFINITY): Record<string, Cell>[] {
  const names = Object.keys(reading.data);
  const count = Math.min(reading.rowCount, limit);
  const rows: Record<string, Cell>[] = [];
  for (let i = 0; i < count; i++) {
    const row = record<Cell>();
    for (const name of names) row[name] = reading.data[name].at(i) ?? null;
    rows.push(row);
  }
  return rows;
}
