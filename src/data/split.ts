/**
 * Where to cut CSV bytes in two for parsing side by side: the start of the first record after the
 * middle. Quotes are counted from the start, so a line break inside a quoted cell is never taken for
 * the end of a record. Works on UTF-8 bytes, where `"` and a line feed never occur inside a multi-byte
 * character. -1 when there is no such place.
 */
export function splitPoint(bytes: Uint8Array, from = 0): number {
  const middle = from + Math.floor((bytes.length - from) / 2);
  let quotes = 0;
  for (let i = from; i < middle; i++) if (bytes[i] === 34) quotes++;
  let inQuotes = quotes % 2 === 1;
  for (let i = middle; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === 34) inQuotes = !inQuotes;
    else if (byte === 10 && !inQuotes) return i + 1 < bytes.length ? i + 1 : -1;
  }
  return -1;
}
