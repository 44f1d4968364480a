import { type Cell, type Column, canonicalCodes, DictionaryColumn } from "./columns.ts";

/** Rows that share one key: the same value in every key column. */
export interface RepeatedKey {
  /** The key's value in each key column, in the order the columns were given. */
  values: Cell[];
  /** The rows (0-based, in file order) that hold it. */
  rows: number[];
}

/** Per row a small-integer code of one key column (the same code for the same value), and how many codes. */
function codesOf(
  column: Column,
  rowCount: number,
): { codes: Uint32Array; map: Uint32Array | null; size: number } {
  if (column instanceof DictionaryColumn) {
    return {
      codes: column.codes,
      map: canonicalCodes(column.dictionary),
      size: Math.max(1, column.dictionary.length),
    };
  }
  const index = new Map<Cell | undefined, number>();
  const codes = new Uint32Array(rowCount);
  for (let row = 0; row < rowCount; row++) {
    const value = column.at(row);
    let code = index.get(value);
    if (code === undefined) {
      code = index.size;
      index.set(value, code);
    }
    codes[row] = code;
  }
  return { codes, map: null, size: Math.max(1, index.size) };
}

/** Key spaces up to this size are counted in a byte array; larger ones in a Map. */
const denseLimit = 1 << 25;

/**
 * The keys (combinations of values of `columns`) that more than one kept row holds, in the order of
 * their first row. One pass over the rows; a key is one number built from the columns' dictionary
 * codes, counted in a byte per possible key when there are few enough possible keys, so a table of
 * millions of rows makes no object per row.
 */
export async function repeatedKeys(
  data: Record<string, Column>,
  rowCount: number,
  columns: readonly string[],
  keep: Uint8Array | null,
  /** Awaited after every `chunk` rows, so that millions of rows do not hold up a page. */
  turn: () => Promise<unknown> = async () => {},
  chunk = 1 << 17,
): Promise<RepeatedKey[]> {
  const parts = columns.map((name) => {
    const column = data[name];
    if (!column) throw new Error(`no column "${name}"`);
    return { column, ...codesOf(column, rowCount) };
  });
  let space = 1;
  for (const part of parts) space *= part.size;
  const codes = parts.map((part) => part.codes);
  const maps = parts.map((part) => part.map);
  const sizes = parts.map((part) => part.size);
  const code = (j: number, row: number) => {
    const map = maps[j];
    const raw = codes[j][row];
    return map ? map[raw] : raw;
  };
  const keyOf = (row: number) => {
    let key = 0;
    for (let j = 0; j < codes.length; j++) key = key * sizes[j] + code(j, row);
    return key;
  };
  const repeated = new Map<number, number[]>();
  if (space <= denseLimit) {
    const seen = new Uint8Array(space);
    let any = false;
    for (let row = 0; row < rowCount; row++) {
      if (row > 0 && row % chunk === 0) await turn();
      if (keep && !keep[row]) continue;
      const key = keyOf(row);
      if (seen[key] === 0) seen[key] = 1;
      else any = true;
    }
    if (!any) return [];
    seen.fill(0);
    const first = new Map<number, number>();
    for (let row = 0; row < rowCount; row++) {
      if (row > 0 && row % chunk === 0) await turn();
      if (keep && !keep[row]) continue;
      const key = keyOf(row);
      if (seen[key] === 0) {
        seen[key] = 1;
        first.set(key, row);
        continue;
      }
      const rows = repeated.get(key);
      if (rows) rows.push(row);
      else repeated.set(key, [first.get(key) as number, row]);
    }
  } else {
    const first = new Map<number | string, number>();
    const sparse = new Map<number | string, number[]>();
    const exact = Number.isSafeInteger(space);
    for (let row = 0; row < rowCount; row++) {
      if (row > 0 && row % chunk === 0) await turn();
      if (keep && !keep[row]) continue;
      const key = exact ? keyOf(row) : parts.map((_, j) => code(j, row)).join(",");
      const at = first.get(key);
      if (at === undefined) {
        first.set(key, row);
        continue;
      }
      const rows = sparse.get(key);
      if (rows) rows.push(row);
      else sparse.set(key, [at, row]);
    }
    return [...sparse.values()]
      .map((rows) => ({ values: parts.map((part) => part.column.at(rows[0]) ?? null), rows }))
      .sort((a, b) => a.rows[0] - b.rows[0]);
  }
  return [...repeated.values()]
    .map((rows) => ({ values: parts.map((part) => part.column.at(rows[0]) ?? null), rows }))
    .sort((a, b) => a.rows[0] - b.rows[0]);
}
