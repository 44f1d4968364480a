import Papa from "papaparse";
import type { SchemaField, TableSchema } from "./datapackage.ts";
import { numberFormats } from "./parse-number.ts";
import type { Problem } from "./problems.ts";
import { type Reader, readerFor } from "./value-readers.ts";

export type CellValue = string | number | boolean | null;

export interface SchemaReading {
  /** Column arrays in schema order, ready for `aq.table(columns)`. */
  columns: Record<string, CellValue[]>;
  rowCount: number;
  problems: Problem[];
}

/**
 * Reads a CSV that follows a Table Schema: checks the header against the fields, converts every cell to
 * its field's type and checks the constraints. A cell that does not fit becomes null and is reported;
 * its row is kept.
 */
export function readCsvWithSchema(text: string, schema: TableSchema): SchemaReading {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    header: false,
    skipEmptyLines: "greedy",
  });
  const problems: Problem[] = parsed.errors.map((error) => ({
    row: (error.row ?? 0) + 1,
    column: "",
    message: error.message,
  }));
  const [header = [], ...rows] = parsed.data;
  const missing = new Set(schema.missingValues ?? [""]);
  const columns: Record<string, CellValue[]> = {};
  const positions = schema.fields.map((field) => {
    columns[field.name] = [];
    const at = header.indexOf(field.name);
    if (at < 0)
      problems.push({
        row: 1,
        column: field.name,
        message: `column "${field.name}" is missing from the header`,
      });
    return at;
  });
  for (const name of header) {
    if (!schema.fields.some((field) => field.name === name)) {
      problems.push({ row: 1, column: name, message: `column "${name}" is not in the schema` });
    }
  }
  rows.forEach((cells, index) => {
    const row = index + 2;
    if (cells.length !== header.length) {
      problems.push({ row, column: "", message: `expected ${header.length} cells, found ${cells.length}` });
    }
    schema.fields.forEach((field, f) => {
      const raw = positions[f] < 0 ? "" : (cells[positions[f]] ?? "");
      const { value, problem } = readCell(raw, field, missing);
      if (problem) problems.push({ row, column: field.name, message: problem });
      columns[field.name].push(value);
    });
  });
  return { columns, rowCount: rows.length, problems };
}

function readCell(
  raw: string,
  field: SchemaField,
  missing: Set<string>,
): { value: CellValue; problem?: string } {
  const constraints = field.constraints ?? {};
  if (missing.has(raw)) {
    return constraints.required ? { value: null, problem: "a value is required" } : { value: null };
  }
  const value = convert(raw, field.type);
  if (value === undefined) return { value: null, problem: `"${raw}" is not a valid ${field.type}` };
  if (constraints.enum && !constraints.enum.includes(value as string | number)) {
    return { value, problem: `"${raw}" is not one of ${constraints.enum.join(", ")}` };
  }
  if (typeof value === "number") {
    if (constraints.minimum !== undefined && value < constraints.minimum) {
      return { value, problem: `${raw} is below the minimum ${constraints.minimum}` };
    }
    if (constraints.maximum !== undefined && value > constraints.maximum) {
      return { value, problem: `${raw} is above the maximum ${constraints.maximum}` };
    }
  }
  if (constraints.pattern && !new RegExp(`^(?:${constraints.pattern})$`).test(raw)) {
    return { value, problem: `"${raw}" does not match the pattern ${constraints.pattern}` };
  }
  return { value };
}

/** Table Schema's numbers have a decimal point and no group separator (its defaults): the first format. */
const schemaFormat = numberFormats[0];

/** Each field type read by the loader's reader of that type; a year is an integer. */
const fieldReaders: Record<SchemaField["type"], Reader | undefined> = {
  string: undefined,
  integer: readerFor("integer", schemaFormat),
  year: readerFor("integer", schemaFormat),
  number: readerFor("number", schemaFormat),
  boolean: readerFor("boolean", schemaFormat),
  date: readerFor("date", schemaFormat),
};

/** Converts a cell to its type, or undefined when it cannot be read as one. */
function convert(raw: string, type: SchemaField["type"]): CellValue | undefined {
  const reader = fieldReaders[type];
  return reader ? reader.read(raw) : raw;
}
