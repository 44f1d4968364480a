import type { RawColumn } from "./raw-column.ts";
import { unquoteInPlace } from "./unquote.ts";

/** Texts kept as they are, for columns whose values hardly repeat. */
export class TextBuilder {
  constructor(readonly texts: string[]) {}

  get length(): number {
    return this.texts.length;
  }

  push(text: string): void {
    this.texts.push(text);
  }

  pushAt(text: string, from: number, to: number): void {
    this.texts.push(text.slice(from, to));
  }

  unquote(): boolean {
    return unquoteInPlace(this.texts);
  }

  raw(): RawColumn {
    return { kind: "texts", texts: this.texts };
  }
}
