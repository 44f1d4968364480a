/// <reference lib="webworker" />
// The loader in its own module worker: big files are read here so the page keeps answering.
// (PapaParse's own `worker: true` does not survive Vite production builds; this worker runs it.)
// A big file is cut in two at a record boundary: this worker parses the first half while a helper
// worker parses the second, then it joins the halves, types the columns and hands them over.

import type { ColumnType } from "./column-type.ts";
import type { CsvReading, ReadOptions } from "./csv-reading.ts";
import { decodeBytes } from "./decode.ts";
import { sniffNotText } from "./file-kind.ts";
import { finishReading } from "./finish-reading.ts";
import { mergeParts } from "./merge-parts.ts";
import { packReading } from "./pack.ts";
import { type PhaseTimes, phaseClock, sharedNow, splitPhase } from "./phase-clock.ts";
import { rawBuffers } from "./raw-buffers.ts";
import { notTextReading, readDecoded } from "./read-csv.ts";
import { type RawPart, readPart } from "./read-part.ts";
import { planReading, planWithTexts, type ReadPlan } from "./read-plan.ts";
import { splitPoint } from "./split.ts";
import type { HelperTimings, LoadMessage, LoadRequest } from "./worker-protocol.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: LoadMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

type Clock = ReturnType<typeof phaseClock>;

let helperPart:
  | { resolve: (answer: { part: RawPart; timings?: HelperTimings }) => void; reject: (error: Error) => void }
  | undefined;

scope.onmessage = async (event: MessageEvent<LoadRequest>) => {
  const request = event.data;
  if (request.kind === "part") return readHelperPart(request.bytes, request.plan);
  if (request.kind === "part-done") return helperPart?.resolve(request);
  if (request.kind === "part-failed") return helperPart?.reject(new Error(request.message));
  const { file, name, types, helper } = request;
  const clock = phaseClock();
  let helperPhases: PhaseTimes | undefined;
  try {
    const totalBytes = file.size;
    post({ kind: "progress", stage: "reading", bytes: 0, totalBytes, rows: 0 });
    if (request.faultForTest === "hang") spinForever();
    if (request.faultForTest === "crash") {
      setTimeout(() => {
        throw new Error("a fault asked for by a test");
      });
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    clock.lap("read the Blob");
    const progress =
      (share: number) =>
      ({ rows, done, total }: { rows: number; done: number; total: number }) =>
        post({
          kind: "progress",
          stage: "parsing",
          bytes: Math.round((done / Math.max(1, total)) * totalBytes * share),
          totalBytes,
          rows,
          worker: 0,
        });
    const notText = sniffNotText(bytes);
    const halves = helper && !notText ? await readInHalves(bytes, types, progress, clock) : null;
    helperPhases = halves?.helperPhases;
    let reading: CsvReading | undefined = notText ? notTextReading(notText) : undefined;
    let plan = halves?.plan;
    if (halves) {
      post({
        kind: "progress",
        stage: "typing",
        bytes: totalBytes,
        totalBytes,
        rows: halves.part.rows,
        worker: 0,
      });
      const typed = finishReading(halves.plan, halves.part);
      clock.lap("type columns");
      // A column planned as numbers that is not: the whole file is read again, that column as text.
      if ("retry" in typed) plan = planWithTexts(halves.plan, typed.retry);
      else reading = typed;
    }
    if (!reading) {
      // One worker, the whole file: small files, other encodings, a preamble, or a cut inside quotes.
      const decoded = decodeBytes(bytes);
      clock.lap("decode");
      const wholePlan = plan ?? planReading(decoded, types);
      clock.lap("plan");
      reading = readDecoded(decoded.text, wholePlan, progress(1));
      clock.lap("parse, build and type columns");
    }
    const { packed, transfer } = packReading(reading);
    clock.lap("pack");
    const timings = { worker: clock.phases, helper: helperPhases, postedAt: sharedNow() };
    post({ kind: "done", packed, name, timings }, transfer);
  } catch (error) {
    post({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
  }
};

/**
 * Reads a big file as two halves, cut just after the first line feed past the middle: the second by the
 * helper worker, the first here, side by side. Null when the file cannot be read so (a byte-order
 * mark, no line feed, a layout with a preamble, text that is not UTF-8, a helper that failed, or a cut
 * inside a quoted cell, which shows as a first half that ends inside quotes).
 */
async function readInHalves(
  bytes: Uint8Array,
  types: Record<string, ColumnType> | undefined,
  progress: (share: number) => NonNullable<ReadOptions["onProgress"]>,
  clock: Clock,
): Promise<{ plan: ReadPlan; part: RawPart; helperPhases?: PhaseTimes } | null> {
  const hasBom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
  const split = hasBom ? -1 : splitPoint(bytes);
  if (split <= 0) return null;
  // The plan comes from the first records, so the helper can start before this half is decoded.
  // The first megabyte's records, or the first record and the one after it when the header alone is longer.
  const withinMegabyte = bytes.lastIndexOf(10, Math.min(split - 1, 1 << 20));
  const firstLine = withinMegabyte >= 0 ? -1 : bytes.indexOf(10);
  const secondLine = firstLine >= 0 ? bytes.indexOf(10, firstLine + 1) : -1;
  const end = withinMegabyte >= 0 ? withinMegabyte : secondLine >= 0 && secondLine < split ? secondLine : -1;
  if (end < 0) return null;
  const prefix = decodeUtf8(bytes.subarray(0, end + 1));
  const plan = prefix === null ? null : planReading({ text: prefix, encoding: "utf-8", bom: false }, types);
  clock.lap("plan");
  if (!plan || plan.shaped) return null;
  const second = new Promise<{ part: RawPart; timings?: HelperTimings }>((resolve, reject) => {
    helperPart = { resolve, reject };
  });
  const rest = bytes.slice(split);
  post({ kind: "delegate", bytes: rest, plan, share: rest.length / bytes.length }, [rest.buffer]);
  clock.lap("hand the second half over");
  const firstHalf = decodeUtf8(bytes.subarray(0, split));
  clock.lap("decode");
  const partTimes: PhaseTimes = {};
  const first =
    firstHalf === null
      ? null
      : readPart(firstHalf, plan, {
          first: true,
          last: false,
          fileChars: bytes.length,
          onProgress: progress(split / bytes.length),
          timings: partTimes,
        });
  clock.lap("read the part");
  splitPhase(clock.phases, "read the part", partTimes, "unquote and finish the part");
  const answer = await second.catch(() => null);
  const arrived = sharedNow();
  clock.lap("wait for the helper");
  if (!first || !answer || first.openQuote) return null;
  const part = mergeParts(first, answer.part);
  clock.lap("merge halves");
  const helperPhases = answer.timings && {
    ...answer.timings.phases,
    "hand the part back": arrived - answer.timings.postedAt,
  };
  return { plan, part, helperPhases };
}

/** The helper's work: parse the second half and hand its raw columns back, buffers transferred. */
function readHelperPart(bytes: Uint8Array, plan: ReadPlan): void {
  try {
    const clock = phaseClock();
    const text = decodeUtf8(bytes);
    clock.lap("decode");
    if (text === null) throw new Error("not UTF-8");
    const partTimes: PhaseTimes = {};
    const part = readPart(text, plan, {
      first: false,
      last: true,
      onProgress: ({ rows, done, total }) =>
        post({ kind: "progress", stage: "parsing", bytes: done, totalBytes: total, rows, worker: 1 }),
      timings: partTimes,
    });
    clock.lap("read the part");
    splitPhase(clock.phases, "read the part", partTimes, "unquote and finish the part");
    post(
      { kind: "part-done", part, timings: { phases: clock.phases, postedAt: sharedNow() } },
      rawBuffers(part.columns),
    );
  } catch (error) {
    post({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
  }
}

/** Keeps this worker busy and silent until the page terminates it (the watchdog's test). */
function spinForever(): never {
  for (;;) performance.now();
}

/** UTF-8 text, or null when the bytes are not UTF-8. */
function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
