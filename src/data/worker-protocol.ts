import type { ColumnType } from "./column-type.ts";
import type { PackedReading } from "./pack.ts";
import type { PhaseTimes } from "./phase-clock.ts";
import type { HelperTask } from "./read-helper-half.ts";
import type { RawPart } from "./read-part.ts";

/**
 * What the page asks a loader worker. The main worker reads the file; for a big file it asks, through
 * the page, a helper worker to read the second half (from a record boundary on) of the same Blob, so
 * both cores parse; the helper reads its range itself, and no file bytes go between the workers.
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
  | { kind: "part"; file: Blob; task: HelperTask }
  | { kind: "part-done"; part: RawPart; timings?: HelperTimings }
  | { kind: "part-failed"; message: string };

/** Where a load spent its time, for the benchmark: a few clock readings per load, never per row. */
export interface LoadTimings {
  /** The main worker's phases, one after another (their sum is its time from request to answer). */
  worker: PhaseTimes;
  /** The helper worker's phases, side by side with the main worker's reading of the first half. */
  helper?: PhaseTimes;
  /** When the main worker posted its answer (see `sharedNow`), to time the trip to the page. */
  postedAt: number;
}

/** The helper's phases, and when it posted its part (to time the trip to the main worker). */
export interface HelperTimings {
  phases: PhaseTimes;
  postedAt: number;
}

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
  /** The main worker asks for a helper: the page passes the task on, with the file it holds. */
  | { kind: "delegate"; task: HelperTask; share: number }
  | { kind: "part-done"; part: RawPart; timings?: HelperTimings }
  | { kind: "done"; packed: PackedReading; name: string; timings?: LoadTimings }
  | { kind: "failed"; message: string };
