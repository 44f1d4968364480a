import { dictionaryLimit } from "./code-builder.ts";
import { type RawColumn, rawTexts } from "./raw-column.ts";

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
