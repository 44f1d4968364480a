import { grown } from "./grown.ts";
import type { RawColumn } from "./raw-column.ts";
import { unquoteInPlace } from "./unquote.ts";

/** Texts that hardly repeat are not worth a dictionary beyond this many distinct values. */
export const dictionaryLimit = 65_536;

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
