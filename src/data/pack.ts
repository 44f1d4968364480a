import type { Cell } from "./infer.ts";
import type { CsvReading } from "./read.ts";

/**
 * A reading packed for the trip from the loader worker to the page: numbers as Float64Array (with a
 * byte per row marking empty cells), repeated texts as a dictionary plus Uint32Array codes, so most
 * of the data moves as transferred buffers instead of being cloned value by value.
 */
export type PackedColumn =
  | { kind: "float"; values: Float64Array; empty: Uint8Array }
  | { kind: "dictionary"; dictionary: Cell[]; codes: Uint32Array }
  | { kind: "array"; values: Cell[] };

export interface PackedReading {
  reading: Omit<CsvReading, "data">;
  columns: Record<string, PackedColumn>;
}

function packColumn(values: readonly Cell[]): PackedColumn {
  const n = values.length;
  if (values.every((value) => value === null || typeof value === "number")) {
    const floats = new Float64Array(n);
    const empty = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const value = values[i];
      if (value === null) empty[i] = 1;
      else floats[i] = value as number;
    }
    return { kind: "float", values: floats, empty };
  }
  const index = new Map<Cell, number>();
  const dictionary: Cell[] = [];
  const codes = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const value = values[i];
    let code = index.get(value);
    if (code === undefined) {
      code = dictionary.length;
      dictionary.push(value);
      index.set(value, code);
      // Mostly distinct texts gain nothing from a dictionary.
      if (dictionary.length > 1024 && dictionary.length > n / 2)
        return { kind: "array", values: [...values] };
    }
    codes[i] = code;
  }
  return { kind: "dictionary", dictionary, codes };
}

/** Packs a reading; `transfer` lists the buffers to hand over with postMessage. */
export function packReading(reading: CsvReading): { packed: PackedReading; transfer: ArrayBuffer[] } {
  const { data, ...rest } = reading;
  const columns: Record<string, PackedColumn> = {};
  const transfer: ArrayBuffer[] = [];
  for (const [name, values] of Object.entries(data)) {
    const column = packColumn(values);
    columns[name] = column;
    if (column.kind === "float")
      transfer.push(column.values.buffer as ArrayBuffer, column.empty.buffer as ArrayBuffer);
    if (column.kind === "dictionary") transfer.push(column.codes.buffer as ArrayBuffer);
  }
  return { packed: { reading: rest, columns }, transfer };
}

/** Rows unpacked per slice; between slices the page gets a turn, so no task runs long. */
const sliceRows = 50_000;

/**
 * Unpacks on the page, slice by slice, yielding between slices (`pause`) so that a million rows never
 * block the page for long.
 */
export async function unpackReading(packed: PackedReading, pause: () => Promise<void>): Promise<CsvReading> {
  const data: Record<string, Cell[]> = {};
  for (const [name, column] of Object.entries(packed.columns)) {
    if (column.kind === "array") {
      data[name] = column.values;
      continue;
    }
    const n = column.kind === "float" ? column.values.length : column.codes.length;
    const out: Cell[] = new Array(n);
    for (let start = 0; start < n; start += sliceRows) {
      const end = Math.min(n, start + sliceRows);
      if (column.kind === "float") {
        const { values, empty } = column;
        for (let i = start; i < end; i++) out[i] = empty[i] ? null : values[i];
      } else {
        const { dictionary, codes } = column;
        for (let i = start; i < end; i++) out[i] = dictionary[codes[i]];
      }
      await pause();
    }
    data[name] = out;
  }
  return { ...packed.reading, data };
}
