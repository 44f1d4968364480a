import type { RawColumn } from "./raw-column.ts";

/** The buffers of raw columns, to transfer between workers rather than copy. */
export function rawBuffers(columns: readonly RawColumn[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const column of columns) {
    if (column.kind === "numbers") buffers.add(column.values.buffer as ArrayBuffer);
    if (column.kind === "codes") buffers.add(column.codes.buffer as ArrayBuffer);
  }
  return [...buffers];
}
