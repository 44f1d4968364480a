import Papa from "papaparse";
import type { Dialect } from "./dialect.ts";

/** The header of a file whose header line holds a quote: where its data begins, and how it was read. */
export interface HeaderLine {
  /** The records up to the header: blank lines (one empty cell each), then the header's cells. */
  records: string[][];
  /** Where the line after the header begins, in the text. */
  end: number;
  /** A quote in the header is never closed (or closes only lines further on, in the wrong place): the
   * header line was read as written, quotes as plain characters, so it swallows no record. */
  literal: boolean;
}

/**
 * Reads the header of a text when its line holds a quote; null when it holds none (the usual case,
 * which the parser reads by lines). A quoted name may span lines; a quote that never closes, or that
 * only "closes" lines further on after a quote out of place, is taken as a plain character instead,
 * so that the header swallows none of the records after it.
 */
export function readHeaderLine(text: string, dialect: Dialect): HeaderLine | null {
  const { delimiter, lineEnding } = dialect;
  const records: string[][] = [];
  let start = 0;
  for (;;) {
    const found = text.indexOf(lineEnding, start);
    const lineEnd = found === -1 ? text.length : found;
    const line = text.slice(start, lineEnd);
    if (line.split(delimiter).some((cell) => cell.trim() !== "")) {
      if (!line.includes('"')) return null;
      const parsed: Papa.ParseResult<string[]> = new Papa.Parser({
        delimiter,
        newline: lineEnding,
        quoteChar: '"',
        preview: 1,
      }).parse(text.slice(start), 0, false);
      const afterLine = found === -1 ? text.length : lineEnd + lineEnding.length;
      const end = start + parsed.meta.cursor;
      const broken = parsed.errors.some(
        (error) => error.code === "MissingQuotes" || (error.type === "Quotes" && end > afterLine),
      );
      const cells = broken ? line.split(delimiter).map(unquoteWhole) : parsed.data[0];
      return { records: [...records, cells ?? [""]], end: broken ? afterLine : end, literal: broken };
    }
    if (found === -1) return null;
    records.push([""]);
    start = lineEnd + lineEnding.length;
  }
}

/** A cell quoted whole (`"naam"`) loses its quotes; any other cell stays as written. */
function unquoteWhole(cell: string): string {
  return /^"(?:[^"]|"")*"$/.test(cell) ? cell.slice(1, -1).replaceAll('""', '"') : cell;
}
