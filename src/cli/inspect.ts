/**
 * Reads a CSV file exactly as the app does and reports what it found.
 *
 *   npm run inspect -- FILE [--json]
 *
 * Without --json: dialect, columns with types, row count, and problems (row, column, message).
 * With --json: {dialect, columns: [{name, type, …}], rowCount, problems, metadata, rows}.
 */
import { readFileSync } from "node:fs";
import { type CsvReading, readCsv, rowObjects } from "../data/index.ts";

function describeDelimiter(delimiter: string): string {
  return delimiter === "\t" ? "tab" : `"${delimiter}"`;
}

function printText(file: string, reading: CsvReading): void {
  const { dialect, metadata, columns, rowCount, problems } = reading;
  console.log(file);
  console.log(
    `  dialect: ${describeDelimiter(dialect.delimiter)}-separated, ${dialect.encoding}${dialect.bom ? " with BOM" : ""}, ` +
      `${dialect.lineEnding === "\r\n" ? "CRLF" : dialect.lineEnding === "\r" ? "CR" : "LF"} line ends, shape ${dialect.shape}, ` +
      `${dialect.headerRows} header line(s)`,
  );
  if (metadata.title) console.log(`  title: ${metadata.title}`);
  for (const filter of metadata.filters) console.log(`  filter: ${filter}`);
  if (metadata.source) console.log(`  source: ${metadata.source}`);
  console.log(`  rows: ${rowCount}`);
  console.log("  columns:");
  for (const column of columns) {
    const details = [
      column.type,
      column.unit ? `unit ${column.unit}` : "",
      column.decimal ? `decimal "${column.decimal}"` : "",
      column.missing ? `${column.missing} empty` : "",
      column.min !== undefined ? `${column.min} … ${column.max}` : "",
      column.distinct !== undefined ? `${column.distinct} distinct` : "",
      column.derivedFrom ? `from ${column.derivedFrom}` : "",
    ].filter(Boolean);
    console.log(`    ${column.name}: ${details.join(", ")}`);
  }
  for (const note of metadata.notes) console.log(`  note: ${note}`);
  console.log(`  problems: ${problems.length}`);
  for (const problem of problems.slice(0, 50)) {
    console.log(
      `    row ${problem.row}${problem.column ? `, column "${problem.column}"` : ""}: ${problem.message}`,
    );
  }
  if (problems.length > 50) console.log(`    … and ${problems.length - 50} more (use --json for all)`);
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
  const reading = readCsv(bytes);
  if (json) {
    const { dialect, metadata, columns, rowCount, problems } = reading;
    process.stdout.write(
      `${JSON.stringify({ dialect, columns, rowCount, problems, metadata, rows: rowObjects(reading) })}\n`,
    );
  } else printText(file, reading);
}

main();
