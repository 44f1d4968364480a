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
      /** Rows whose text is not a number in `format` (missing markers included), and their texts. */
      exceptionRows: number[];
      exceptionTexts: string[];
    }
  | { kind: "codes"; texts: string[]; codes: Uint32Array; length: number }
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

/** A numeric column as it streams in. */
export class NumberBuilder {
  values: Float64Array;
  length = 0;
  fractional = false;
  exceptionRows: number[] = [];
  exceptionTexts: string[] = [];
  /** Exceptions that are not missing markers. */
  misfits = 0;

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
      if (!Number.isInteger(value) || text.includes(this.format.decimal)) this.fractional = true;
    }
    this.length++;
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
      values: this.values.slice(0, this.length),
      length: this.length,
      fractional: this.fractional,
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
    }
    this.codes[this.length++] = code;
  }

  /** A dictionary pays off while values repeat; past the limit, with most rows distinct, it does not. */
  tooVaried(): boolean {
    return this.texts.length > dictionaryLimit && this.texts.length * 2 > this.length;
  }

  /** Appends a part read elsewhere, translating its codes into this builder's. */
  append(part: { texts: string[]; codes: Uint32Array; length: number }): void {
    const translate = new Uint32Array(part.texts.length);
    part.texts.forEach((text, code) => {
      let mine = this.index.get(text);
      if (mine === undefined) {
        mine = this.texts.length;
        this.texts.push(text);
        this.index.set(text, mine);
      }
      translate[code] = mine;
    });
    if (this.length + part.length > this.codes.length) {
      const bigger = new Uint32Array(this.length + part.length);
      bigger.set(this.codes.subarray(0, this.length));
      this.codes = bigger;
    }
    for (let i = 0; i < part.length; i++) this.codes[this.length + i] = translate[part.codes[i]];
    this.length += part.length;
  }

  allTexts(): string[] {
    const out = new Array<string>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.texts[this.codes[i]];
    return out;
  }

  raw(): RawColumn {
    return { kind: "codes", texts: this.texts, codes: this.codes.slice(0, this.length), length: this.length };
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
    const values = new Float64Array(first.length + second.length);
    values.set(first.values.subarray(0, first.length));
    values.set(second.values.subarray(0, second.length), first.length);
    return {
      kind: "numbers",
      format: first.format,
      values,
      length: first.length + second.length,
      fractional: first.fractional || second.fractional,
      exceptionRows: [...first.exceptionRows, ...second.exceptionRows.map((row) => row + first.length)],
      exceptionTexts: [...first.exceptionTexts, ...second.exceptionTexts],
    };
  }
  if (first.kind === "codes" && second.kind === "codes") {
    const builder = new CodeBuilder(0);
    builder.append(first);
    builder.append(second);
    return builder.tooVaried() ? { kind: "texts", texts: builder.allTexts() } : builder.raw();
  }
  return { kind: "texts", texts: [...rawTexts(first), ...rawTexts(second)] };
}

/** Number of rows in a raw column. */
export function rawLength(column: RawColumn): number {
  return column.kind === "texts" ? column.texts.length : column.length;
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
