import type { ColumnType } from "./column-type.ts";
import type { PackedReading } from "./pack.ts";
import type { RawPart } from "./read-part.ts";
import type { ReadPlan } from "./read-plan.ts";

/**
 * What the page asks a loader worker. The main worker reads the whole file; for a big file it hands
 * the second half (cut at a record boundary) to a helper worker through the page, so both cores parse.
 */
export type LoadRequest =
  | {
      kind: "load";
      file: Blob;
      name: string;
      types?: Record<string, ColumnType>;
      helper: boolean;
      /** Tests only: after its first message the worker stops answering, as a hung worker would
       * ("hang"), or fails outside its reading ("crash"). The page sets it only when a test asked for
       * it before the page loaded (`window.__blauwTest`); no file or address can. */
      faultForTest?: "hang" | "crash";
    }
  | { kind: "part"; bytes: Uint8Array; plan: ReadPlan }
  | { kind: "part-done"; part: RawPart }
  | { kind: "part-failed"; message: string };

/** What a worker answers: progress while it works, then the reading or an error. */
export type LoadMessage =
  | {
      kind: "progress";
      stage: "reading" | "parsing" | "typing";
      bytes: number;
      totalBytes: number;
      rows: number;
      /** Which worker: 0 the main one, 1 the helper. */
      worker?: number;
    }
  | { kind: "delegate"; bytes: Uint8Array; plan: ReadPlan; share: number }
  | { kind: "part-done"; part: RawPart }
  | { kind: "done"; packed: PackedReading; name: string }
  | { kind: "failed"; message: string };
