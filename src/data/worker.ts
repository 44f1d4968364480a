/// <reference lib="webworker" />
// The loader in its own module worker: big files are read here so the page keeps answering.
// (PapaParse's own `worker: true` does not survive Vite production builds; this worker runs it.)
// A big file is cut in two at a record boundary: this worker parses the first half while a helper
// worker parses the second, then it joins the halves, types the columns and hands them over.

import type { CsvReading } from "./csv-reading.ts";
import { decodeBytes } from "./decode.ts";
import { sniffNotText } from "./file-kind.ts";
import { finishReading } from "./finish-reading.ts";
import { packReading } from "./pack.ts";
import { type PhaseTimes, phaseClock, sharedNow } from "./phase-clock.ts";
import { rawBuffers } from "./raw-buffers.ts";
import { notTextReading, readDecoded } from "./read-csv.ts";
import { type HelperAnswer, type HelperTask, readHelperHalf } from "./read-helper-half.ts";
import { readInHalves } from "./read-in-halves.ts";
import { planReading, planWithTexts, type ReadPlan } from "./read-plan.ts";
import type { LoadMessage, LoadRequest } from "./worker-protocol.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: LoadMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

let helperPart: { resolve: (answer: HelperAnswer) => void; reject: (error: Error) => void } | undefined;

/** Asks the helper, through the page, to read the second half of the file; its answer comes back here. */
function askHelper(task: HelperTask, share: number): Promise<HelperAnswer> {
  const answer = new Promise<HelperAnswer>((resolve, reject) => {
    helperPart = { resolve, reject };
  });
  post({ kind: "delegate", task, share });
  return answer;
}

scope.onmessage = async (event: MessageEvent<LoadRequest>) => {
  const request = event.data;
  if (request.kind === "part") return helpWith(request.file, request.task);
  if (request.kind === "part-done") {
    const phases = request.timings && {
      ...request.timings.phases,
      "hand the part back": sharedNow() - request.timings.postedAt,
    };
    return helperPart?.resolve({ part: request.part, phases: phases ?? {} });
  }
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
    const halves = helper
      ? await readInHalves(file, {
          types,
          askHelper: (task) => askHelper(task, (task.end - task.start) / totalBytes),
          onProgress: progress,
          clock,
        })
      : null;
    helperPhases = halves?.helperPhases;
    let reading: CsvReading | undefined;
    let plan: ReadPlan | undefined;
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
      const bytes = new Uint8Array(await file.arrayBuffer());
      clock.lap("read the Blob");
      const notText = sniffNotText(bytes);
      if (notText) reading = notTextReading(notText);
      else {
        const decoded = decodeBytes(bytes);
        clock.lap("decode");
        const wholePlan = plan ?? planReading(decoded, types);
        clock.lap("plan");
        reading = readDecoded(decoded.text, wholePlan, progress(1), clock);
      }
    }
    const { packed, transfer } = packReading(reading);
    clock.lap("pack");
    const timings = { worker: clock.phases, helper: helperPhases, postedAt: sharedNow() };
    post({ kind: "done", packed, name, timings }, transfer);
  } catch (error) {
    post({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
  }
};

/** The helper's side: read its range of the file and hand the raw columns back, buffers transferred. */
async function helpWith(file: Blob, task: HelperTask): Promise<void> {
  try {
    const { part, phases } = await readHelperHalf(file, task, ({ rows, done, total }) =>
      post({ kind: "progress", stage: "parsing", bytes: done, totalBytes: total, rows, worker: 1 }),
    );
    post({ kind: "part-done", part, timings: { phases, postedAt: sharedNow() } }, rawBuffers(part.columns));
  } catch (error) {
    post({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
  }
}

/** Keeps this worker busy and silent until the page terminates it (the watchdog's test). */
function spinForever(): never {
  for (;;) performance.now();
}
