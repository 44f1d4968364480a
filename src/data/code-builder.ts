import { grown } from "./grown.ts";
import type { RawColumn } from "./raw-column.ts";
import { unquoteInPlace } from "./unquote.ts";

/** Texts that hardly repeat are not worth a dictionary beyond this many distinct values. */
export const dictionaryLimit = 65_536;

/** The hash of the characters `from` up to `to` of `text` (FNV-1a over UTF-16 code units). */
function hashAt(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

/**
 * A column of repeated texts as it streams in: each distinct text once, a code per row. A cell is
 * looked up where it stands in the parsed text (hashed and compared in place, in a table of its own),
 * so a repeated text costs no new string.
 */
export class CodeBuilder {
  codes: Uint32Array;
  length = 0;
  texts: string[] = [];
  /** Rows per code. */
  counts = new Uint32Array(256);
  /** Open addressing: code + 1 per slot, 0 for an empty slot; kept at most half full. */
  private slots = new Int32Array(1024);
  private hashes = new Int32Array(256);

  constructor(capacity: number) {
    this.codes = new Uint32Array(capacity);
  }

  push(text: string): void {
    this.pushAt(text, 0, text.length);
  }

  /** Pushes the cell `from` up to `to` of `text`. */
  pushAt(text: string, from: number, to: number): void {
    if (this.length === this.codes.length) this.codes = grown(this.codes, this.length);
    const hash = hashAt(text, from, to);
    const { slots, texts } = this;
    const mask = slots.length - 1;
    const size = to - from;
    let slot = hash & mask;
    let code = -1;
    for (;;) {
      const entry = slots[slot];
      if (entry === 0) break;
      const known = texts[entry - 1];
      if (known.length === size && text.startsWith(known, from)) {
        code = entry - 1;
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (code < 0) {
      code = texts.length;
      texts.push(from === 0 && to === text.length ? text : text.slice(from, to));
      if (code === this.counts.length) {
        this.counts = grown(this.counts, code);
        this.hashes = grown(this.hashes, code);
      }
      this.hashes[code] = hash;
      slots[slot] = code + 1;
      if (texts.length * 2 > slots.length) this.rehash();
    }
    this.codes[this.length++] = code;
    this.counts[code]++;
  }

  /** Twice the slots, every known text placed again by its hash. */
  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let code = 0; code < this.texts.length; code++) {
      let slot = this.hashes[code] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = code + 1;
    }
    this.slots = slots;
  }

  /** Takes the quotes off each distinct text (two texts may then be one: they stay two codes). Ends the
   * pushing: the lookup table knows the texts as they were. */
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
