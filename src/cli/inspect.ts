/**
 * Reads a CSV file exactly as the app does and reports what it found.
 *
 *   npm run inspect -- FILE [--json]
 *
 * Without --json: dialect, columns with types, row count, and problems (row, column, message).
 * With --json: {dialect, columns: [{name, type, …}], rowCount, problems, metadata, rows}.
 */
import { readFileSync } from "node:fs";
import {
  type CsvReading,
  implausibleCounts,
  normaliseCbs,
  quoted,
  readCsv,
  rowObjects,
  whichCbsTable,
} from "../data/index.ts";

/** Columns listed in the text report; `--json` has them all. */
const listedColumns = 200;

/** The report's lines, written to the terminal at once (a wide file has thousands). */
const lines: string[] = [];

/** A line for the terminal: control characters (a file's own ESC, CR, NUL …) shown escaped, never sent raw. */
function say(line: string): void {
  let safe = "";
  for (const char of line) {
    const code = char.charCodeAt(0);
    // C0 and C1 controls, the marks that turn text right to left, non-characters and lone surrogates.
    const control =
      code < 0x20 ||
      (code >= 0x7f && code <= 0x9f) ||
      code === 0x200e ||
      code === 0x200f ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2066 && code <= 0x2069) ||
      code === 0xfffe ||
      code === 0xffff ||
      (char.length === 1 && code >= 0xd800 && code <= 0xdfff);
    safe += control ? `\\u${code.toString(16).padStart(4, "0")}` : char;
  }
  lines.push(safe);
}

function describeDelimiter(delimiter: string): string {
  return delimiter === "\t" ? "tab" : `"${delimiter}"`;
}

/** A reading with, for an export of a CBS table Blauw knows, the counts that cannot be right as problems. */
function withCountProblems(reading: CsvReading): { reading: CsvReading; table?: string } {
  const table = whichCbsTable(reading);
  if (!table) return { reading };
  const { problems } = implausibleCounts(normaliseCbs(reading, table), table);
  const all = [...reading.problems, ...problems].sort((a, b) => a.row - b.row);
  return { reading: { ...reading, problems: all }, table };
}

function printText(file: string, reading: CsvReading, table?: string): void {
  const { dialect, metadata, columns, rowCount, problems } = reading;
  say(file);
  say(
    `  dialect: ${describeDelimiter(dialect.delimiter)}-separated, ${dialect.encoding}${dialect.bom ? " with BOM" : ""}, ` +
      `${dialect.lineEnding === "\r\n" ? "CRLF" : dialect.lineEnding === "\r" ? "CR" : "LF"} line ends, shape ${dialect.shape}, ` +
      `${dialect.headerRows} header line(s)`,
  );
  if (metadata.title) say(`  title: ${metadata.title}`);
  for (const filter of metadata.filters) say(`  filter: ${filter}`);
  if (metadata.source) say(`  source: ${metadata.source}`);
  say(`  rows: ${rowCount}`);
  if (table)
    say(`  CBS table: ${table} (its counts checked: never negative, whole, not more than their total)`);
  say("  columns:");
  for (const column of columns.slice(0, listedColumns)) {
    const details = [
      column.type,
      column.unit ? `unit ${column.unit}` : "",
      column.decimal ? `decimal "${column.decimal}"` : "",
      column.missing ? `${column.missing} empty` : "",
      column.min !== undefined ? `${column.min} … ${column.max}` : "",
      column.distinct !== undefined ? `${column.distinct} distinct` : "",
      column.derivedFrom ? `from ${column.derivedFrom}` : "",
    ].filter(Boolean);
    say(`    ${quoted(column.name)}: ${details.join(", ")}`);
  }
  if (columns.length > listedColumns) {
    say(`    … and ${columns.length - listedColumns} more columns (use --json for all)`);
  }
  for (const note of metadata.notes) say(`  note: ${note}`);
  say(`  problems: ${problems.length}`);
  for (const problem of problems.slice(0, 50)) {
    say(
      `    row ${problem.row}${problem.column ? `, column "${quoted(problem.column)}"` : ""}: ${problem.message}`,
    );
  }
  if (problems.length > 50) say(`    … and ${problems.length - 50} more (use --json for all)`);
}

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const file = args.find((arg) => !arg.startsWith("--"));
  if (!file) {
    console.error("usage: npm run inspect -- FILE [--json]");
    process.exit(2);
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    console.error(`Cannot read ${file}: ${error instanceof Error ? error.message : error}`);
    process.exit(2);
  }
  const { reading, table } = withCountProblems(readCsv(bytes));
  if (json) {
    const { dialect, metadata, columns, rowCount, problems } = reading;
    process.stdout.write(
      `${JSON.stringify({ dialect, columns, rowCount, problems, metadata, rows: rowObjects(reading) })}\n`,
    );
  } else {
    printText(file, reading, table);
    process.stdout.write(`${lines.join("\n")}\n`);
  }
}

main();
