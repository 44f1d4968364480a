// Column builders: cells go from the parser straight into typed storage, one column at a time, with
// no object per row. A column the first records show to be numeric is read into a Float64Array as it
// streams; any other column is dictionary-encoded (each distinct text once, a code per row), and its
// type is inferred afterwards from its distinct texts weighted by how often each occurs. A column
// whose texts hardly repeat (names, free text) falls back to a plain array of texts.
//
// The raw columns are plain data (typed arrays and arrays of strings), so a part read in one worker
// can be transferred to another and merged.

import { isMissing, type NumberFormat, parseNumber, plainInteger } from "./values.ts";

export type RawColumn =
  | {
      kind: "numbers";
      format: NumberFormat;
      values: Float64Array;
      length: number;
      /** Whether any value was written with a decimal separator or as a non-integer. */
      fractional: boolean;
      /** Smallest and largest value read (Infinity and -Infinity when none). */
      min: number;
      max: number;
      /** Rows whose text is not a number in `format` (missing markers included), and their texts. */
      exceptionRows: number[];
      exceptionTexts: string[];
    }
  | { kind: "codes"; texts: string[]; codes: Uint32Array; length: number; counts: Uint32Array }
  | { kind: "texts"; texts: string[] };

/** How the first records say a column should be built. */
export type ColumnPlan = { kind: "numbers"; format: NumberFormat } | { kind: "codes" };

/** Texts that hardly repeat are not worth a dictionary beyond this many distinct values. */
const dictionaryLimit = 65_536;

function grown<T extends Float64Array | Uint32Array>(array: T, length: number): T {
  const bigger = new (array.constructor as { new (n: number): T })(Math.max(1024, length * 2));
  bigger.set(array);
  return bigger;
}

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
function unquoteInPlace(texts: string[]): boolean {
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

/** A numeric column as it streams in. */
export class NumberBuilder {
  values: Float64Array;
  length = 0;
  fractional = false;
  exceptionRows: number[] = [];
  exceptionTexts: string[] = [];
  /** Exceptions that are not missing markers. */
  misfits = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;

  constructor(
    readonly format: NumberFormat,
    capacity: number,
  ) {
    this.values = new Float64Array(capacity);
  }

  push(text: string): void {
    if (this.length === this.values.length) this.values = grown(this.values, this.length);
    const fast = plainInteger(text);
    if (fast !== undefined) {
      this.values[this.length++] = fast;
      if (fast < this.min) this.min = fast;
      if (fast > this.max) this.max = fast;
      return;
    }
    const value = parseNumber(text, this.format);
    if (value === undefined) {
      this.values[this.length] = Number.NaN;
      this.exceptionRows.push(this.length);
      this.exceptionTexts.push(text);
      if (!isMissing(text)) this.misfits++;
    } else {
      this.values[this.length] = value;
      this.note(value, text);
    }
    this.length++;
  }

  /** Takes quotes off the cells that were not read as numbers, and reads them again; false if one cannot be. */
  unquote(): boolean {
    const rows: number[] = [];
    const texts: string[] = [];
    let misfits = 0;
    for (let i = 0; i < this.exceptionRows.length; i++) {
      const text = unquote(this.exceptionTexts[i]);
      if (text === null) return false;
      const row = this.exceptionRows[i];
      const value = text === this.exceptionTexts[i] ? undefined : parseNumber(text, this.format);
      if (value !== undefined) {
        this.values[row] = value;
        this.note(value, text);
        continue;
      }
      rows.push(row);
      texts.push(text);
      if (!isMissing(text)) misfits++;
    }
    this.exceptionRows = rows;
    this.exceptionTexts = texts;
    this.misfits = misfits;
    return true;
  }

  private note(value: number, text: string): void {
    if (!Number.isInteger(value) || text.includes(this.format.decimal)) this.fractional = true;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }

  /** Past a thousand, more than a tenth of the values are not numbers: the column is not numeric. */
  tooManyMisfits(): boolean {
    const present = this.length - (this.exceptionRows.length - this.misfits);
    return this.misfits > 1000 && this.misfits > present * 0.1;
  }

  raw(): RawColumn {
    return {
      kind: "numbers",
      format: this.format,
      values: this.values.subarray(0, this.length),
      length: this.length,
      fractional: this.fractional,
      min: this.min,
      max: this.max,
      exceptionRows: this.exceptionRows,
      exceptionTexts: this.exceptionTexts,
    };
  }
}

/** A column of repeated texts as it streams in: each distinct text once, a code per row. */
export class CodeBuilder {
  codes: Uint32Array;
  length = 0;
  texts: string[] = [];
  /** Rows per code. */
  counts = new Uint32Array(256);
  private index = new Map<string, number>();

  constructor(capacity: number) {
    this.codes = new Uint32Array(capacity);
  }

  push(text: string): void {
    if (this.length === this.codes.length) this.codes = grown(this.codes, this.length);
    let code = this.index.get(text);
    if (code === undefined) {
      code = this.texts.length;
      this.texts.push(text);
      this.index.set(text, code);
      if (code === this.counts.length) this.counts = grown(this.counts, code);
    }
    this.codes[this.length++] = code;
    this.counts[code]++;
  }

  /** Takes the quotes off each distinct text (two texts may then be one: they stay two codes). */
  unquote(): boolean {
    return unquoteInPlace(this.texts);
  }

  /** A dictionary pays off while values repeat; past the limit, with most rows distinct, it does not. */
  tooVaried(): boolean {
    return this.texts.length > dictionaryLimit && this.texts.length * 2 > this.length;
  }

  allTexts(): string[] {
    const out = new Array<string>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.texts[this.codes[i]];
    return out;
  }

  raw(): RawColumn {
    return {
      kind: "codes",
      texts: this.texts,
      codes: this.codes.subarray(0, this.length),
      length: this.length,
      counts: this.counts.slice(0, this.texts.length),
    };
  }
}

/** Texts kept as they are, for columns whose values hardly repeat. */
export class TextBuilder {
  constructor(readonly texts: string[]) {}

  get length(): number {
    return this.texts.length;
  }

  push(text: string): void {
    this.texts.push(text);
  }

  unquote(): boolean {
    return unquoteInPlace(this.texts);
  }

  raw(): RawColumn {
    return { kind: "texts", texts: this.texts };
  }
}

export type Builder = NumberBuilder | CodeBuilder | TextBuilder;

export function builderFor(plan: ColumnPlan, capacity: number): Builder {
  return plan.kind === "numbers" ? new NumberBuilder(plan.format, capacity) : new CodeBuilder(capacity);
}

/** The texts of a raw column, row by row (numbers as they would be written plainly). */
export function rawTexts(column: RawColumn): string[] {
  if (column.kind === "texts") return column.texts;
  if (column.kind === "codes")
    return Array.from(column.codes.subarray(0, column.length), (c) => column.texts[c]);
  const out = Array.from(column.values.subarray(0, column.length), (value) => String(value));
  column.exceptionRows.forEach((row, i) => {
    out[row] = column.exceptionTexts[i];
  });
  return out;
}

/** Joins two raw columns read from consecutive parts of one file. */
export function concatRaw(first: RawColumn, second: RawColumn): RawColumn {
  if (first.kind === "numbers" && second.kind === "numbers") {
    const values = extended(first.values, first.length, first.length + second.length);
    values.set(second.values.subarray(0, second.length), first.length);
    return {
      kind: "numbers",
      format: first.format,
      values,
      length: first.length + second.length,
      fractional: first.fractional || second.fractional,
      min: Math.min(first.min, second.min),
      max: Math.max(first.max, second.max),
      exceptionRows: [...first.exceptionRows, ...second.exceptionRows.map((row) => row + first.length)],
      exceptionTexts: [...first.exceptionTexts, ...second.exceptionTexts],
    };
  }
  if (first.kind === "codes" && second.kind === "codes") {
    const joined = concatCodes(first, second);
    return joined.texts.length > dictionaryLimit && joined.texts.length * 2 > joined.length
      ? { kind: "texts", texts: rawTexts(joined) }
      : joined;
  }
  return { kind: "texts", texts: [...rawTexts(first), ...rawTexts(second)] };
}

/**
 * The first `used` values of `array` in an array of `length`: the same memory when its buffer has room
 * (the first half of a file is read with room for the whole), else a copy.
 */
function extended<T extends Float64Array | Uint32Array>(array: T, used: number, length: number): T {
  const Type = array.constructor as {
    new (buffer: ArrayBufferLike, offset: number, length: number): T;
    new (length: number): T;
    BYTES_PER_ELEMENT: number;
  };
  const room = (array.buffer.byteLength - array.byteOffset) / Type.BYTES_PER_ELEMENT;
  if (room >= length) return new Type(array.buffer, array.byteOffset, length);
  const copy = new Type(length);
  copy.set(array.subarray(0, used));
  return copy;
}

/** The first part's codes are kept as they are; the second's are translated into the first's. */
function concatCodes(
  first: Extract<RawColumn, { kind: "codes" }>,
  second: Extract<RawColumn, { kind: "codes" }>,
): Extract<RawColumn, { kind: "codes" }> {
  const texts = [...first.texts];
  const index = new Map(texts.map((text, code) => [text, code]));
  const translate = Uint32Array.from(second.texts, (text) => {
    let code = index.get(text);
    if (code === undefined) {
      code = texts.length;
      texts.push(text);
      index.set(text, code);
    }
    return code;
  });
  const length = first.length + second.length;
  const codes = extended(first.codes, first.length, length);
  const theirs = second.codes;
  for (let i = 0, at = first.length; i < second.length; i++, at++) codes[at] = translate[theirs[i]];
  const counts = new Uint32Array(texts.length);
  counts.set(first.counts);
  second.counts.forEach((count, code) => {
    counts[translate[code]] += count;
  });
  return { kind: "codes", texts, codes, length, counts };
}

/** The buffers of raw columns, to transfer between workers rather than copy. */
export function rawBuffers(columns: readonly RawColumn[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const column of columns) {
    if (column.kind === "numbers") buffers.add(column.values.buffer as ArrayBuffer);
    if (column.kind === "codes") buffers.add(column.codes.buffer as ArrayBuffer);
  }
  return [...buffers];
}
