import type { RawColumn } from "../../src/data/raw-column.ts";

/** A raw dictionary column of `texts`, as the code builder leaves it (codes in order of first use). */
export function codesColumn(texts: readonly string[]): Extract<RawColumn, { kind: "codes" }> {
  const distinct = [...new Set(texts)];
  const index = new Map(distinct.map((text, code) => [text, code]));
  const codes = Uint32Array.from(texts, (text) => index.get(text) ?? 0);
  const counts = new Uint32Array(distinct.length);
  for (const code of codes) counts[code]++;
  return { kind: "codes", texts: distinct, codes, length: texts.length, counts };
}
