/**
 * Where to cut CSV bytes in two for parsing side by side: just after the first line feed past the
 * middle, or -1 when there is none. The cut is a guess: a line feed inside a quoted cell is not the end
 * of a record. Whoever parses the first half checks the guess: that half then ends inside quotes
 * (`RawPart.openQuote`), and the file must be read whole. In UTF-8 a line feed byte is always a line
 * feed character, never part of another.
 */
export function splitPoint(bytes: Uint8Array): number {
  const at = bytes.indexOf(10, Math.floor(bytes.length / 2));
  return at === -1 || at + 1 >= bytes.length ? -1 : at + 1;
}

/**
 * The same cut as `splitPoint`, found in a Blob by reading only from its middle on, a window at a time
 * (so that neither worker needs the other's half of the file to know where its own begins).
 */
export async function blobSplitPoint(blob: Blob, windowBytes = 1 << 16): Promise<number> {
  for (let from = Math.floor(blob.size / 2); from < blob.size; from += windowBytes) {
    const window = new Uint8Array(await blob.slice(from, from + windowBytes).arrayBuffer());
    const at = window.indexOf(10);
    if (at >= 0) return from + at + 1 >= blob.size ? -1 : from + at + 1;
  }
  return -1;
}
