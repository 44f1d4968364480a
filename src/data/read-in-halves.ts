import type { ColumnType } from "./column-type.ts";
import type { ReadProgress } from "./csv-reading.ts";
import { utf8OrNull } from "./decode.ts";
import { sniffNotText, utf16WithoutBom } from "./file-kind.ts";
import { mergeParts } from "./merge-parts.ts";
import { type PhaseTimes, phaseClock, splitPhase } from "./phase-clock.ts";
import type { HelperAnswer, HelperTask } from "./read-helper-half.ts";
import { type RawPart, readPart } from "./read-part.ts";
import { planReading, type ReadPlan } from "./read-plan.ts";
import { blobSplitPoint } from "./split.ts";

export interface HalvesOptions {
  types?: Record<string, ColumnType>;
  /** Starts the helper on the second half; resolves with its part, rejects when it failed. */
  askHelper: (task: HelperTask) => Promise<HelperAnswer>;
  /** Progress through the first half, which is `share` of the file. */
  onProgress?: (share: number) => (progress: ReadProgress) => void;
  clock?: ReturnType<typeof phaseClock>;
}

/** Bytes from the start of the file whose records plan the reading (a megabyte, and one byte). */
const planBytes = (1 << 20) + 1;

/** Bytes of a UTF-8 byte-order mark at the start (3, or 0 when none), or null for a UTF-16 one. */
function utf8Bom(bytes: Uint8Array): number | null {
  if (bytes[0] === 0xef) return bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : null;
  return bytes[0] === 0xff || bytes[0] === 0xfe ? null : 0;
}

/**
 * Reads a big file as two halves, cut just after the first line feed past the middle (`blobSplitPoint`):
 * the second by a helper, which reads its own range of the Blob, the first here, side by side. Only
 * the first megabyte and a window at the middle are read before the helper starts. A UTF-8 byte-order
 * mark is left out of the first half's text, as `decodeBytes` leaves it out. Null when the file cannot
 * be read so (UTF-16, with a byte-order mark or without, no line feed past the middle, a layout with a
 * preamble, text that is not UTF-8, a helper that failed, or a cut inside a quoted cell, which shows
 * as a first half that ends inside quotes): then the file is to be read whole.
 */
export async function readInHalves(
  file: Blob,
  options: HalvesOptions,
): Promise<{ plan: ReadPlan; part: RawPart; helperPhases: PhaseTimes } | null> {
  const clock = options.clock ?? phaseClock();
  const read = async (start: number, end: number) =>
    new Uint8Array(await file.slice(start, end).arrayBuffer());
  const [start, split] = await Promise.all([read(0, planBytes), blobSplitPoint(file)]);
  clock.lap("read the Blob");
  const bom = utf8Bom(start);
  if (split <= 0 || bom === null || sniffNotText(start) || utf16WithoutBom(start)) return null;
  // The plan comes from the first records, so the helper can start before this half is read.
  // The first megabyte's records, or the first record and the one after it when the header alone is longer.
  let head: Uint8Array = start.subarray(0, Math.min(split, start.length));
  let firstHalf: Uint8Array | undefined;
  const withinMegabyte = head.lastIndexOf(10, Math.min(split - 1, planBytes - 1));
  if (withinMegabyte < 0) {
    firstHalf = await read(0, split);
    head = firstHalf;
    clock.lap("read the Blob");
  }
  const firstLine = withinMegabyte >= 0 ? -1 : head.indexOf(10);
  const secondLine = firstLine >= 0 ? head.indexOf(10, firstLine + 1) : -1;
  const end = withinMegabyte >= 0 ? withinMegabyte : secondLine >= 0 && secondLine < split ? secondLine : -1;
  if (end < 0) return null;
  const prefix = utf8OrNull(head.subarray(bom, end + 1));
  const plan =
    prefix === null ? null : planReading({ text: prefix, encoding: "utf-8", bom: bom > 0 }, options.types);
  clock.lap("plan");
  if (!plan || plan.shaped) return null;
  // Caught at once: a helper that fails while this half is read is no unhandled rejection.
  const second = options.askHelper({ start: split, end: file.size, plan }).catch(() => null);
  clock.lap("hand the second half over");
  firstHalf ??= await read(0, split);
  clock.lap("read the Blob");
  const text = utf8OrNull(firstHalf.subarray(bom));
  clock.lap("decode");
  const partTimes: PhaseTimes = {};
  const first =
    text === null
      ? null
      : readPart(text, plan, {
          first: true,
          last: false,
          fileChars: file.size,
          onProgress: options.onProgress?.(split / file.size),
          timings: partTimes,
        });
  clock.lap("read the part");
  splitPhase(clock.phases, "read the part", partTimes, "unquote and finish the part");
  const answer = await second;
  clock.lap("wait for the helper");
  if (!first || !answer || first.openQuote) return null;
  const part = mergeParts(first, answer.part);
  clock.lap("merge halves");
  return { plan, part, helperPhases: answer.phases };
}
