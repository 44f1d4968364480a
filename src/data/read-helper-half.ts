import type { ReadProgress } from "./csv-reading.ts";
import { utf8OrNull } from "./decode.ts";
import { type PhaseTimes, phaseClock, splitPhase } from "./phase-clock.ts";
import { type RawPart, readPart } from "./read-part.ts";
import type { ReadPlan } from "./read-plan.ts";

/** The second half of a file, for the helper worker: bytes `start` to `end` of the file, read by `plan`. */
export interface HelperTask {
  start: number;
  end: number;
  plan: ReadPlan;
}

/** The helper's raw columns of its half, and where its time went. */
export interface HelperAnswer {
  part: RawPart;
  phases: PhaseTimes;
}

/**
 * The helper's work: it reads its own range of the dropped file (a slice of a Blob is a view, not a
 * copy, so the file's bytes are never copied from one worker to the other), decodes and parses it.
 * Throws when the range is not UTF-8; the main worker then reads the whole file itself.
 */
export async function readHelperHalf(
  file: Blob,
  task: HelperTask,
  onProgress?: (progress: ReadProgress) => void,
): Promise<HelperAnswer> {
  const clock = phaseClock();
  const bytes = new Uint8Array(await file.slice(task.start, task.end).arrayBuffer());
  clock.lap("read the Blob");
  const text = utf8OrNull(bytes);
  clock.lap("decode");
  if (text === null) throw new Error("not UTF-8");
  const partTimes: PhaseTimes = {};
  const part = readPart(text, task.plan, { first: false, last: true, onProgress, timings: partTimes });
  clock.lap("read the part");
  splitPhase(clock.phases, "read the part", partTimes, "unquote and finish the part");
  return { part, phases: clock.phases };
}
