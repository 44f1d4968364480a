import type { PackedReading } from "./pack.ts";
import type { ColumnType } from "./values.ts";

/** What the page asks the loader worker: read this file (optionally with forced column types). */
export interface LoadRequest {
  file: Blob;
  name: string;
  types?: Record<string, ColumnType>;
}

/** What the worker answers: progress while it works, then the reading or an error. */
export type LoadMessage =
  | {
      kind: "progress";
      stage: "reading" | "parsing" | "typing";
      bytes: number;
      totalBytes: number;
      rows: number;
    }
  | { kind: "done"; packed: PackedReading; name: string }
  | { kind: "failed"; message: string };
