import { type ColumnType, type CsvReading, type LoadMessage, unpackReading } from "../data/index.ts";

export type LoadProgress = Extract<LoadMessage, { kind: "progress" }>;

/** A file being read in the loader worker: its result, and a way to stop it. */
export interface FileLoad {
  result: Promise<CsvReading>;
  cancel(): void;
}

/** Reads a dropped or picked file in a module worker; nothing leaves the machine. */
export function loadFile(
  file: Blob,
  name: string,
  onProgress: (progress: LoadProgress) => void,
  types?: Record<string, ColumnType>,
): FileLoad {
  const worker = new Worker(new URL("../data/worker.ts", import.meta.url), { type: "module" });
  let settle: { resolve: (reading: CsvReading) => void; reject: (error: Error) => void } | undefined;
  const result = new Promise<CsvReading>((resolve, reject) => {
    settle = { resolve, reject };
  });
  worker.onmessage = (event: MessageEvent<LoadMessage>) => {
    const message = event.data;
    if (message.kind === "progress") onProgress(message);
    else {
      worker.terminate();
      if (message.kind === "done") {
        // Unpacked in slices with a turn for the page in between, so the page keeps answering.
        unpackReading(message.packed, yieldToPage).then(
          (reading) => settle?.resolve(reading),
          (error: Error) => settle?.reject(error),
        );
      } else settle?.reject(new Error(message.message));
    }
  };
  worker.onerror = (event) => {
    worker.terminate();
    settle?.reject(new Error(event.message || "the loader stopped"));
  };
  worker.postMessage({ file, name, types });
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle?.reject(new DOMException("cancelled", "AbortError"));
    },
  };
}

/** Gives the page a turn without setTimeout's 4 ms clamp: a message to ourselves runs after pending input. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
