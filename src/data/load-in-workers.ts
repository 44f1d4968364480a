// The page's half of the loader's worker protocol (the workers' half is worker.ts).
import type { ColumnType } from "./column-type.ts";
import type { CsvReading } from "./csv-reading.ts";
import { unpackReading } from "./pack.ts";
import { type PhaseTimes, phaseClock, sharedNow } from "./phase-clock.ts";
import { rawBuffers } from "./raw-buffers.ts";
import type { LoadMessage, LoadRequest } from "./worker-protocol.ts";

export type LoadProgress = Extract<LoadMessage, { kind: "progress" }>;

/** Where a finished load spent its time (for the benchmark): in the workers, between them and the page, on the page. */
export interface FileLoadTimings {
  /** The main worker's phases, one after another. */
  worker: PhaseTimes;
  /** The helper worker's phases, side by side with the main worker's first half. */
  helper?: PhaseTimes;
  /** From the main worker's answer to the page's reading of it, and the page's unpacking. */
  page: PhaseTimes;
}

/** A file being read in the loader workers: its result, and a way to stop it. */
export interface FileLoad {
  result: Promise<CsvReading>;
  cancel(): void;
  /** Set once the result is in, when the workers sent their timings. */
  timings?: FileLoadTimings;
}

/** Why a load is not getting anywhere: no word from the workers for a while, or a worker that failed. */
export type LoadStall = { kind: "silent"; seconds: number } | { kind: "crashed"; message: string };

/** Seconds without any message from the workers (they report every chunk) before the page says so. */
export const stallSeconds = 15;

/** What a browser test may ask of the loader, in `window.__blauwTest` before the page loads. */
interface LoaderTestHooks {
  /** Seconds of silence before the watchdog speaks, instead of `stallSeconds`. */
  stallSeconds?: number;
  /** This many loads from now hang in their worker. */
  hangLoads?: number;
  /** This many loads from now (after those that hang) fail in their worker. */
  crashLoads?: number;
}

/** The fault a test asked the next load's worker to show, counted down. */
function faultForTest(hooks: LoaderTestHooks | undefined): "hang" | "crash" | undefined {
  if (!hooks) return undefined;
  if ((hooks.hangLoads ?? 0) > 0) {
    hooks.hangLoads = (hooks.hangLoads ?? 0) - 1;
    return "hang";
  }
  if ((hooks.crashLoads ?? 0) > 0) {
    hooks.crashLoads = (hooks.crashLoads ?? 0) - 1;
    return "crash";
  }
  return undefined;
}

const testHooks = (): LoaderTestHooks | undefined =>
  (globalThis as { __blauwTest?: LoaderTestHooks }).__blauwTest;

/** Files from this size on are parsed by two workers when the machine has two cores. */
const helperBytes = 4_000_000;

const newWorker = () => new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });

/** Idle loader workers, kept for the next file: starting a module worker takes tens of milliseconds. */
const idle: Worker[] = [];
const takeWorker = () => idle.pop() ?? newWorker();

function giveBack(worker: Worker): void {
  worker.onmessage = null;
  worker.onerror = null;
  worker.onmessageerror = null;
  if (idle.length < 2) idle.push(worker);
  else worker.terminate();
}

/** Starts the loader workers ahead of time (when the page is idle), so the first file is read sooner. */
export function warmLoaders(): void {
  while (idle.length < 2) idle.push(newWorker());
}

/**
 * Reads a dropped or picked file in module workers; nothing leaves the machine. The main worker may
 * ask a helper worker to read the second half of a big file: the page passes the file and the task
 * to it, the helper's raw columns (transferred buffers) back, and adds up their progress. With `onStall`, a watchdog says when
 * the workers have been silent for `stallSeconds`, or when one failed (its workers are then ended and
 * the load waits to be cancelled or started again); a message after a silence means it goes on.
 */
export function loadFile(
  file: Blob,
  name: string,
  onProgress: (progress: LoadProgress) => void,
  types?: Record<string, ColumnType>,
  onStall?: (stall: LoadStall) => void,
): FileLoad {
  const hooks = testHooks();
  const seconds = hooks?.stallSeconds ?? stallSeconds;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  let over = false;
  /** Any message from a worker: the load is alive; the watchdog starts counting again. */
  const heard = () => {
    clearTimeout(watchdog);
    if (over || !onStall) return;
    watchdog = setTimeout(() => onStall({ kind: "silent", seconds }), seconds * 1000);
  };
  const finish = () => {
    over = true;
    clearTimeout(watchdog);
  };
  const worker = takeWorker();
  const cores = navigator.hardwareConcurrency ?? 1;
  // Taken now, so that its modules are loaded by the time a big file is handed to it.
  let helper: Worker | undefined = cores > 1 && file.size >= helperBytes ? takeWorker() : undefined;
  let settle: { resolve: (reading: CsvReading) => void; reject: (error: Error) => void } | undefined;
  const result = new Promise<CsvReading>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // A worker that was stopped is never given back to the idle pool: it may be the one that hung.
  const stop = () => {
    finish();
    worker.terminate();
    helper?.terminate();
  };
  /** A worker failed outside the reading's own error handling: said as a stall, or an error. */
  const crashed = (message: string) => {
    stop();
    if (onStall) onStall({ kind: "crashed", message });
    else settle?.reject(new Error(message || "the loader stopped"));
  };
  // Rows and bytes parsed by each worker, added up for one progress bar.
  const parsed = [
    { rows: 0, bytes: 0 },
    { rows: 0, bytes: 0 },
  ];
  let helperShare = 0;
  const report = (message: LoadProgress) => {
    if (message.stage !== "parsing" || message.worker === undefined) return onProgress(message);
    // The helper counts within its own part; its bytes are weighed by the part's share of the file.
    parsed[message.worker] = {
      rows: message.rows,
      bytes:
        message.worker === 1
          ? (message.bytes / Math.max(1, message.totalBytes)) * file.size * helperShare
          : message.bytes,
    };
    onProgress({
      ...message,
      rows: parsed[0].rows + parsed[1].rows,
      bytes: Math.min(file.size, Math.round(parsed[0].bytes + parsed[1].bytes)),
      totalBytes: file.size,
    });
  };
  worker.onmessage = (event: MessageEvent<LoadMessage>) => {
    const message = event.data;
    heard();
    if (message.kind === "progress") report(message);
    else if (message.kind === "delegate") {
      helper ??= takeWorker();
      helperShare = message.share;
      const helping = helper;
      helping.onmessage = (helperEvent: MessageEvent<LoadMessage>) => {
        const answer = helperEvent.data;
        heard();
        if (answer.kind === "progress") report(answer);
        else if (answer.kind === "part-done") {
          worker.postMessage(
            { kind: "part-done", part: answer.part, timings: answer.timings } satisfies LoadRequest,
            rawBuffers(answer.part.columns),
          );
        } else if (answer.kind === "failed") {
          worker.postMessage({ kind: "part-failed", message: answer.message } satisfies LoadRequest);
        }
      };
      // The main worker then reads the whole file itself.
      helping.onerror = (helperError) => {
        worker.postMessage({
          kind: "part-failed",
          message: helperError.message || "the helper stopped",
        } satisfies LoadRequest);
      };
      helping.onmessageerror = () => {
        worker.postMessage({
          kind: "part-failed",
          message: "the helper's answer was lost",
        } satisfies LoadRequest);
      };
      // A Blob goes to the helper as a handle on the same bytes, not a copy; it reads its range itself.
      helping.postMessage({ kind: "part", file, task: message.task } satisfies LoadRequest);
    } else if (message.kind === "done") {
      const arrived = sharedNow();
      finish();
      // Both workers are idle again: keep them for the next file.
      giveBack(worker);
      if (helper) giveBack(helper);
      const clock = phaseClock();
      const reading = unpackReading(message.packed);
      clock.lap("unpack");
      if (message.timings) {
        const { worker: phases, helper: helperPhases, postedAt } = message.timings;
        load.timings = {
          worker: phases,
          helper: helperPhases,
          page: { "hand over to the page": arrived - postedAt, ...clock.phases },
        };
      }
      settle?.resolve(reading);
    } else if (message.kind === "failed") {
      stop();
      settle?.reject(new Error(message.message));
    }
  };
  worker.onerror = (event) => crashed(event.message);
  worker.onmessageerror = () => crashed("");
  worker.postMessage({
    kind: "load",
    file,
    name,
    types,
    helper: helper !== undefined,
    faultForTest: faultForTest(hooks),
  } satisfies LoadRequest);
  heard();
  const load: FileLoad = {
    result,
    cancel: () => {
      stop();
      settle?.reject(new DOMException("cancelled", "AbortError"));
    },
  };
  return load;
}
