/// <reference lib="webworker" />
// The loader in its own module worker: big files are read here so the page keeps answering.
// (PapaParse's own `worker: true` does not survive Vite production builds; this worker runs it.)
// A big file is cut in two at a record boundary: this worker parses the first half while a helper
// worker parses the second, then it joins the halves, types the columns and hands them over.
import { rawBuffers } from "./builders.ts";
import { type Decoded, decodeBytes } from "./decode.ts";
import { packReading } from "./pack.ts";
import {
  finishReading,
  mergeParts,
  planReading,
  planWithTexts,
  type RawPart,
  type ReadPlan,
  readPart,
} from "./read.ts";
import { splitPoint } from "./split.ts";
import type { LoadMessage, LoadRequest } from "./worker-protocol.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: LoadMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

let helperPart: { resolve: (part: RawPart) => void; reject: (error: Error) => void } | undefined;

scope.onmessage = async (event: MessageEvent<LoadRequest>) => {
  const request = event.data;
  if (request.kind === "part") return readHelperPart(request.bytes, request.plan);
  if (request.kind === "part-done") return helperPart?.resolve(request.part);
  if (request.kind === "part-failed") return helperPart?.reject(new Error(request.message));
  const { file, name, types, helper } = request;
  try {
    const totalBytes = file.size;
    post({ kind: "progress", stage: "reading", bytes: 0, totalBytes, rows: 0 });
    const bytes = new Uint8Array(await file.arrayBuffer());
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
    let part: RawPart | undefined;
    let decoded: Decoded | undefined;
    let plan: ReadPlan | undefined;
    /** Whether `decoded` holds only the first half (the second was read by the helper). */
    let halfOnly = false;
    const hasBom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
    const split = helper && !hasBom ? splitPoint(bytes) : -1;
    // The plan comes from the first records, so the helper can start before this half is decoded.
    const prefixEnd = split > 0 ? bytes.lastIndexOf(10, Math.min(split - 1, 1 << 20)) + 1 : 0;
    const prefix = prefixEnd > 0 ? decodeUtf8(bytes.subarray(0, prefixEnd)) : null;
    const firstPlan =
      prefix === null ? null : planReading({ text: prefix, encoding: "utf-8", bom: false }, types);
    if (firstPlan && !firstPlan.shaped) {
      const second = new Promise<RawPart>((resolve, reject) => {
        helperPart = { resolve, reject };
      });
      const rest = bytes.slice(split);
      post({ kind: "delegate", bytes: rest, plan: firstPlan, share: rest.length / totalBytes }, [
        rest.buffer,
      ]);
      // Both halves must be UTF-8 and cut between records; when not, the file is read whole below.
      const firstHalf = decodeUtf8(bytes.subarray(0, split));
      const first =
        firstHalf === null
          ? null
          : readPart(firstHalf, firstPlan, {
              first: true,
              last: false,
              fileChars: totalBytes,
              onProgress: progress(split / totalBytes),
            });
      const secondPart = await second.catch(() => null);
      if (first && secondPart && !first.openQuote) {
        part = mergeParts(first, secondPart);
        plan = firstPlan;
        decoded = { text: firstHalf as string, encoding: "utf-8", bom: false };
        halfOnly = true;
      }
    }
    decoded ??= decodeBytes(bytes);
    plan ??= planReading(decoded, types);
    let { text } = decoded;
    for (;;) {
      part ??= readPart(text, plan, { first: true, last: true, onProgress: progress(1) });
      post({ kind: "progress", stage: "typing", bytes: totalBytes, totalBytes, rows: part.rows, worker: 0 });
      const reading = finishReading(plan, part);
      if (!("retry" in reading)) {
        const { packed, transfer } = packReading(reading);
        post({ kind: "done", packed, name }, transfer);
        return;
      }
      // A column planned as numbers from the first records is not: read again, that column as text.
      plan = planWithTexts(plan, reading.retry);
      part = undefined;
      if (halfOnly) {
        text = decodeBytes(bytes).text; // the whole file this time, not its first half
        halfOnly = false;
      }
    }
  } catch (error) {
    post({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
  }
};

/** The helper's work: parse the second half and hand its raw columns back, buffers transferred. */
function readHelperPart(bytes: Uint8Array, plan: ReadPlan): void {
  try {
    const text = decodeUtf8(bytes);
    if (text === null) throw new Error("not UTF-8");
    const part = readPart(text, plan, {
      first: false,
      last: true,
      onProgress: ({ rows, done, total }) =>
        post({ kind: "progress", stage: "parsing", bytes: done, totalBytes: total, rows, worker: 1 }),
    });
    post({ kind: "part-done", part }, rawBuffers(part.columns));
  } catch (error) {
    post({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
  }
}

/** UTF-8 text, or null when the bytes are not UTF-8. */
function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
