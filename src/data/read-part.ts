import Papa from "papaparse";
import type { ReadProgress } from "./csv-reading.ts";
import { mergeParts } from "./merge-parts.ts";
import type { PhaseTimes } from "./phase-clock.ts";
import { type Problem, problemAt } from "./problems.ts";
import type { RawColumn } from "./raw-column.ts";
import type { ReadPlan } from "./read-plan.ts";
import { RecordSink } from "./record-sink.ts";

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
  /** Adds the milliseconds spent in PapaParse ("parse") and in the column builders ("build columns"). */
  timings?: PhaseTimes;
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
  } else if (fast) {
    const lines = splitLines(text, plan, options, sink);
    if (!lines) return null;
    ({ records, retry } = lines);
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
    const timings = options.timings;
    while (offset < text.length && retry.length === 0) {
      const end = Math.min(text.length, offset + size);
      const last = end === text.length;
      const parseStart = timings ? performance.now() : 0;
      const result: Papa.ParseResult<string[]> = parser.parse(text.slice(offset, end), 0, !last);
      const buildStart = timings ? performance.now() : 0;
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
      if (timings) {
        const now = performance.now();
        timings.parse = (timings.parse ?? 0) + (buildStart - parseStart);
        timings["build columns"] = (timings["build columns"] ?? 0) + (now - buildStart);
      }
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

/**
 * Fast mode: the text split at line breaks and each line at delimiters, without looking at quotes, as
 * PapaParse's fast mode splits (`text.split(newline)`, then `line.split(delimiter)`), but cell by cell
 * into the builders where the cells stand, without an array per record or a string per cell (see
 * `RecordSink.pushLine`). Null when a cell shows that its quotes mattered.
 */
function splitLines(
  text: string,
  plan: ReadPlan,
  options: PartOptions,
  sink: RecordSink,
): { records: number; retry: number[] } | null {
  const newline = plan.dialect.lineEnding;
  const delimiter = plan.dialect.delimiter;
  const skip = options.first ? plan.dataStart : 0;
  const headerEnd = options.first ? plan.dataStartAt : undefined;
  let offset = headerEnd ?? 0;
  let records = headerEnd !== undefined ? plan.dataStart : 0;
  let retry: number[] = [];
  const timings = options.timings;
  const started = timings ? performance.now() : 0;
  // Builders are checked and progress is told about as often as PapaParse's chunks would be.
  let checkAt = offset + chunkChars;
  while (offset < text.length) {
    const found = text.indexOf(newline, offset);
    const end = found === -1 ? text.length : found;
    records++;
    if (records > skip) sink.pushLine(records, text, offset, end, delimiter);
    if (sink.badQuote) return null;
    offset = found === -1 ? text.length : found + newline.length;
    if (offset >= checkAt || offset >= text.length) {
      retry = sink.check();
      options.onProgress?.({ rows: sink.rows, done: offset, total: text.length });
      if (retry.length > 0) break;
      checkAt = offset + chunkChars;
    }
  }
  if (timings)
    timings["split and build columns"] =
      (timings["split and build columns"] ?? 0) + performance.now() - started;
  return { records, retry };
}

/** PapaParse's quote errors, said so that a reader knows what to look for in the row. */
function quoteProblem(row: number, error: Papa.ParseError): Problem {
  if (error.code === "MissingQuotes") return problemAt(row, "", { code: "unclosed-quote" });
  if (error.code === "InvalidQuotes") return problemAt(row, "", { code: "stray-quote" });
  return { row, column: "", message: error.message };
}
