// Column storage for big tables: numbers in a Float64Array (NaN where a cell is empty) and repeated
// values as a dictionary plus a Uint32Array of codes. Both are read by Arquero as they are (it asks a
// column only for `length` and `at(row)`), so a table of a million rows is handed over without a
// copy, and grouping on a dictionary column uses its codes directly (Arquero's `groups` hook).

/** A cell as Blauw reads it. */
export type Cell = string | number | boolean | null;

/** What Arquero and Blauw need of a column. Plain arrays are columns too. */
export interface Column {
  readonly length: number;
  at(row: number): Cell | undefined;
  [Symbol.iterator](): Iterator<Cell | undefined>;
}

/** Numbers; an empty cell is stored as NaN and read as null. */
export class FloatColumn implements Column {
  constructor(readonly values: Float64Array) {}

  get length(): number {
    return this.values.length;
  }

  at(row: number): number | null {
    const value = this.values[row];
    return Number.isNaN(value) ? null : value;
  }

  *[Symbol.iterator](): Iterator<number | null> {
    for (let row = 0; row < this.values.length; row++) yield this.at(row);
  }

  toArray(): (number | null)[] {
    return Array.from(this);
  }
}

/**
 * Values that repeat, stored once each in `dictionary` and referred to per row by `codes`. Several
 * codes may stand for one value (two spellings of a region code, a period's year shared by its
 * months): columns derived from a column share its codes with a dictionary of their own, so they cost
 * no pass over the rows. Grouping, which needs one key per value, merges such codes when first asked.
 */
export class DictionaryColumn implements Column {
  private canonical?: Uint32Array;
  private grouped?: { keys: Uint32Array; values: Cell[] };

  constructor(
    readonly dictionary: readonly Cell[],
    readonly codes: Uint32Array,
  ) {}

  get length(): number {
    return this.codes.length;
  }

  at(row: number): Cell | undefined {
    return this.dictionary[this.codes[row]];
  }

  /** Arquero: a row's key, and the key of a value (-1 when absent), for fast comparisons. */
  key(row: number): number {
    this.canonical ??= canonicalCodes(this.dictionary);
    return this.canonical[this.codes[row]];
  }

  keyFor(value: Cell): number {
    return this.dictionary.indexOf(value);
  }

  /** Arquero: the groups of an unfiltered table grouped by this column alone, from the codes. */
  groups(names: string[]) {
    this.grouped ??= groupCodes(this.dictionary, this.codes);
    const { keys, values } = this.grouped;
    return {
      keys,
      get: [(key: number) => values[key]],
      names,
      rows: Array.from({ length: values.length }, (_, key) => key),
      size: values.length,
    };
  }

  *[Symbol.iterator](): Iterator<Cell | undefined> {
    for (let row = 0; row < this.codes.length; row++) yield this.dictionary[this.codes[row]];
  }

  toArray(): (Cell | undefined)[] {
    return Array.from(this);
  }
}

/** For each code, the first code with the same value. */
export function canonicalCodes(dictionary: readonly Cell[]): Uint32Array {
  const first = new Map<Cell, number>();
  return Uint32Array.from(dictionary, (value, code) => {
    const seen = first.get(value);
    if (seen !== undefined) return seen;
    first.set(value, code);
    return code;
  });
}

/** One key per distinct value that some row holds, numbered in dictionary order. */
function groupCodes(dictionary: readonly Cell[], codes: Uint32Array): { keys: Uint32Array; values: Cell[] } {
  const used = new Uint8Array(dictionary.length);
  for (let row = 0; row < codes.length; row++) used[codes[row]] = 1;
  const index = new Map<Cell, number>();
  const values: Cell[] = [];
  const translate = new Uint32Array(dictionary.length);
  let identity = true;
  dictionary.forEach((value, code) => {
    if (!used[code]) {
      identity = false;
      return;
    }
    let key = index.get(value);
    if (key === undefined) {
      key = values.length;
      values.push(value);
      index.set(value, key);
    }
    translate[code] = key;
    if (key !== code) identity = false;
  });
  if (identity) return { keys: codes, values };
  const keys = new Uint32Array(codes.length);
  for (let row = 0; row < codes.length; row++) keys[row] = translate[codes[row]];
  return { keys, values };
}

/** The distinct values a column holds (all of them, or up to `cap`), without visiting every row twice. */
export function distinctValues(column: Column, cap = Number.POSITIVE_INFINITY): Set<Cell> {
  const seen = new Set<Cell>();
  if (column instanceof DictionaryColumn) {
    for (const value of column.dictionary) if (value !== null) seen.add(value);
    return seen;
  }
  for (const value of column) {
    if (value === null || value === undefined) continue;
    seen.add(value);
    if (seen.size >= cap) break;
  }
  return seen;
}

/** How many rows hold each distinct value. */
export function tally(column: Column): Map<Cell, number> {
  const counts = new Map<Cell, number>();
  if (column instanceof DictionaryColumn) {
    const perCode = new Uint32Array(column.dictionary.length);
    const { codes } = column;
    for (let row = 0; row < codes.length; row++) perCode[codes[row]]++;
    column.dictionary.forEach((value, code) => {
      counts.set(value, (counts.get(value) ?? 0) + perCode[code]);
    });
    return counts;
  }
  for (const value of column) counts.set(value ?? null, (counts.get(value ?? null) ?? 0) + 1);
  return counts;
}

/** The typed-array buffer behind a column (its numbers or its codes); none for a plain array. */
export function columnBuffer(column: unknown): ArrayBufferLike | undefined {
  if (column instanceof FloatColumn) return column.values.buffer;
  if (column instanceof DictionaryColumn) return column.codes.buffer;
  if (ArrayBuffer.isView(column)) return column.buffer;
  return undefined;
}
