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
