/**
 * A cell as PapaParse's fast mode leaves it, with the quotes around it taken off: `"GM0363"` → GM0363.
 * Null when the quotes hid more than a plain cell (an escaped quote, or a cell cut at a delimiter or
 * line break inside its quotes): then the text must be parsed in full CSV mode.
 */
export function unquote(cell: string): string | null {
  if (cell.charCodeAt(0) !== 34) return cell;
  const end = cell.length - 1;
  return end >= 1 && cell.charCodeAt(end) === 34 && cell.indexOf('"', 1) === end ? cell.slice(1, end) : null;
}

/** Takes the quotes off every text of a list, in place; false (and stops) when one cannot be. */
export function unquoteInPlace(texts: string[]): boolean {
  for (let i = 0; i < texts.length; i++) {
    const text = unquote(texts[i]);
    if (text === null) return false;
    texts[i] = text;
  }
  return true;
}

/** Every cell of a record unquoted; null when one of them cannot be. */
export function unquoteAll(cells: readonly string[]): string[] | null {
  const out = new Array<string>(cells.length);
  for (let j = 0; j < cells.length; j++) {
    const cell = unquote(cells[j]);
    if (cell === null) return null;
    out[j] = cell;
  }
  return out;
}
