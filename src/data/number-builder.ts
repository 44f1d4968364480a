import { grown } from "./grown.ts";
import { isMissing } from "./missing-markers.ts";
import { type NumberFormat, parseNumber, plainIntegerAt } from "./parse-number.ts";
import type { RawColumn } from "./raw-column.ts";
import { unquote } from "./unquote.ts";

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
    this.pushAt(text, 0, text.length);
  }

  /** Pushes the cell `from` up to `to` of `text`: a plain integer is read in place, anything else cut out. */
  pushAt(text: string, from: number, to: number): void {
    if (this.length === this.values.length) this.values = grown(this.values, this.length);
    const fast = plainIntegerAt(text, from, to);
    if (fast !== undefined) {
      this.values[this.length++] = fast;
      if (fast < this.min) this.min = fast;
      if (fast > this.max) this.max = fast;
      return;
    }
    this.pushOther(from === 0 && to === text.length ? text : text.slice(from, to));
  }

  private pushOther(text: string): void {
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
