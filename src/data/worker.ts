/// <reference lib="webworker" />
// The loader in its own module worker: big files are read here so the page keeps answering.
// (PapaParse's own `worker: true` does not survive Vite production builds; this worker runs it.)
import { packReading } from "./pack.ts";
import { readCsv } from "./read.ts";
import type { LoadMessage, LoadRequest } from "./worker-protocol.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: LoadMessage) => scope.postMessage(message);

scope.onmessage = async (event: MessageEvent<LoadRequest>) => {
  const { file, name, types } = event.data;
  try {
    const totalBytes = file.size;
    const bytes = new Uint8Array(totalBytes);
    let offset = 0;
    const reader = file.stream().getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes.set(value, offset);
      offset += value.length;
      post({ kind: "progress", stage: "reading", bytes: offset, totalBytes, rows: 0 });
    }
    const reading = readCsv(bytes, {
      types,
      onProgress: ({ rows, done, total }) =>
        post({
          kind: "progress",
          stage: "parsing",
          bytes: Math.round((done / total) * totalBytes),
          totalBytes,
          rows,
        }),
    });
    const { packed, transfer } = packReading(reading);
    scope.postMessage({ kind: "done", packed, name } satisfies LoadMessage, transfer);
  } catch (error) {
    post({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
  }
};
