import { record } from "../util/index.ts";
import { type Cell, type Column, columnBuffer, DictionaryColumn, FloatColumn } from "./columns.ts";
import type { CsvReading } from "./csv-reading.ts";

/**
 * A reading packed for the trip from the loader worker to the page. Number and dictionary columns are
 * typed arrays already, so they travel as transferred buffers (no copy); only dictionaries and the
 * few columns of texts that hardly repeat are cloned.
 */
export type PackedColumn =
  | { kind: "float"; values: Float64Array }
  | { kind: "dictionary"; dictionary: readonly Cell[]; codes: Uint32Array }
  | { kind: "array"; values: (Cell | undefined)[] };

export interface PackedReading {
  reading: Omit<CsvReading, "data">;
  columns: Record<string, PackedColumn>;
}

function packColumn(column: Column): PackedColumn {
  if (column instanceof FloatColumn) return { kind: "float", values: column.values };
  if (column instanceof DictionaryColumn)
    return { kind: "dictionary", dictionary: column.dictionary, codes: column.codes };
  return { kind: "array", values: Array.from(column) };
}

/** Packs a reading; `transfer` lists the buffers to hand over with postMessage (each once). */
export function packReading(reading: CsvReading): { packed: PackedReading; transfer: ArrayBuffer[] } {
  const { data, ...rest } = reading;
  const columns = record<PackedColumn>();
  const transfer = new Set<ArrayBuffer>();
  for (const [name, column] of Object.entries(data)) {
    const packed = packColumn(column);
    columns[name] = packed;
    const buffer = columnBuffer(column);
    if (buffer) transfer.add(buffer as ArrayBuffer);
  }
  return { packed: { reading: rest, columns }, transfer: [...transfer] };
}

/** Unpacks on the page: wraps the arrays as columns, without a pass over the rows. */
export function unpackReading(packed: PackedReading): CsvReading {
  const data = record<Column>();
  for (const [name, column] of Object.entries(packed.columns)) {
    data[name] =
      column.kind === "float"
        ? new FloatColumn(column.values)
        : column.kind === "dictionary"
          ? new DictionaryColumn(column.dictionary, column.codes)
          : column.values;
  }
  // A message arrives with plain objects; units are looked up by column name, so no prototype again.
  const { metadata } = packed.reading;
  return {
    ...packed.reading,
    metadata: { ...metadata, units: Object.assign(record<string>(), metadata.units) },
    data,
  };
}
