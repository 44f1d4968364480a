/**
 * Splits an address into lines no wider than `width` as `measure` measures them, breaking only after
 * a run of `/`, `?`, `&`, `#` or `-`; the lines joined give the address back. A stretch without
 * such a character that is wider than `width` stands on a line of its own.
 */
export function wrapUrl(url: string, width: number, measure: (line: string) => number): string[] {
  const pieces = url.match(/[^/?&#-]*(?:[/?&#-]+|$)/g)?.filter(Boolean) ?? [url];
  const lines: string[] = [];
  let line = "";
  for (const piece of pieces) {
    if (line && measure(line + piece) > width) {
      lines.push(line);
      line = piece;
    } else line += piece;
  }
  if (line) lines.push(line);
  return lines;
}
