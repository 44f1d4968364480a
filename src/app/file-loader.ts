import {
  type ColumnType,
  type CsvReading,
  type LoadMessage,
  type LoadRequest,
  rawBuffers,
  unpackReading,
} from "../data/index.ts";

export type LoadProgress = Extract<LoadMessage, { kind: "progress" }>;

/** A file being read in the loader workers: its result, and a way to stop it. */
export interface FileLoad {
  result: Promise<CsvReading>;
  cancel(): void;
}

/** Files from this size on are parsed by two workers when the machine has two cores. */
const helperBytes = 4_000_000;

const newWorker = () => new Worker(new URL("../data/worker.ts", import.meta.url), { type: "module" });

/** Idle loader workers, kept for the next file: starting a module worker takes tens of milliseconds. */
const idle: Worker[] = [];
const takeWorker = () => idle.pop() ?? newWorker();

function giveBack(worker: Worker): void {
  worker.onmessage = null;
  worker.onerror = null;
  if (idle.length < 2) idle.push(worker);
  else worker.terminate();
}

/** Starts the loader workers ahead of time (when the page is idle), so the first file is read sooner. */
export function warmLoaders(): void {
  while (idle.length < 2) idle.push(newWorker());
}

/**
 * Reads a dropped or picked file in module workers; nothing leaves the machine. The main worker may
 * hand the second half of a big file to a helper worker: the page passes the messages between them
 * (texts and transferred buffers) and adds up their progress.
 */
export function loadFile(
  file: Blob,
  name: string,
  onProgress: (progress: LoadProgress) => void,
  types?: Record<string, ColumnType>,
): FileLoad {
  const worker = takeWorker();
  const cores = navigator.hardwareConcurrency ?? 1;
  // Taken now, so that its modules are loaded by the time a big file is handed to it.
  let helper: Worker | undefined = cores > 1 && file.size >= helperBytes ? takeWorker() : undefined;
  let settle: { resolve: (reading: CsvReading) => void; reject: (error: Error) => void } | undefined;
  const result = new Promise<CsvReading>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const stop = () => {
    worker.terminate();
    helper?.terminate();
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
    if (message.kind === "progress") report(message);
    else if (message.kind === "delegate") {
      helper ??= takeWorker();
      helperShare = message.share;
      const helping = helper;
      helping.onmessage = (helperEvent: MessageEvent<LoadMessage>) => {
        const answer = helperEvent.data;
        if (answer.kind === "progress") report(answer);
        else if (answer.kind === "part-done") {
          worker.postMessage(
            { kind: "part-done", part: answer.part } satisfies LoadRequest,
            rawBuffers(answer.part.columns),
          );
        } else if (answer.kind === "failed") {
          worker.postMessage({ kind: "part-failed", message: answer.message } satisfies LoadRequest);
        }
      };
      helping.onerror = (helperError) => {
        worker.postMessage({
          kind: "part-failed",
          message: helperError.message || "the helper stopped",
        } satisfies LoadRequest);
      };
      helping.postMessage({ kind: "part", bytes: message.bytes, plan: message.plan } satisfies LoadRequest, [
        message.bytes.buffer as ArrayBuffer,
      ]);
    } else if (message.kind === "done") {
      // Both workers are idle again: keep them for the next file.
      giveBack(worker);
      if (helper) giveBack(helper);
      settle?.resolve(unpackReading(message.packed));
    } else if (message.kind === "failed") {
      stop();
      settle?.reject(new Error(message.message));
    }
  };
  worker.onerror = (event) => {
    stop();
    settle?.reject(new Error(event.message || "the loader stopped"));
  };
  worker.postMessage({ kind: "load", file, name, types, helper: helper !== undefined } satisfies LoadRequest);
  return {
    result,
    cancel: () => {
      stop();
      settle?.reject(new DOMException("cancelled", "AbortError"));
    },
  };
}
