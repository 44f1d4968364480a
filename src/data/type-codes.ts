import type { ColumnType } from "./column-type.ts";
import { type Cell, DictionaryColumn } from "./columns.ts";
import { derivedColumns } from "./derived-columns.ts";
import { isMissing } from "./missing-markers.ts";
import type { RawColumn } from "./raw-column.ts";
import { chooseType, columnFormat, fitsColumn, sampleSize } from "./type-rule.ts";
import { misfitListLimit, type TypedColumn } from "./typed-column.ts";
import { candidateReaders, type Reader } from "./value-readers.ts";

/** A dictionary column typed from its distinct texts, each weighted by the rows that hold it. */
export function typeCodes(
  raw: Extract<RawColumn, { kind: "codes" }>,
  preferComma: boolean,
  type?: ColumnType,
): TypedColumn {
  const { texts } = raw;
  const codes = raw.codes.subarray(0, raw.length);
  const { counts } = raw;
  let present = 0;
  const sample: string[] = [];
  texts.forEach((text, code) => {
    if (counts[code] === 0 || isMissing(text)) return;
    present += counts[code];
    if (sample.length < sampleSize) sample.push(text);
  });
  const format = columnFormat(sample, preferComma);
  const weighted = (read: Reader["read"]) => {
    let fits = 0;
    texts.forEach((text, code) => {
      if (counts[code] > 0 && !isMissing(text) && read(text) !== undefined) fits += counts[code];
    });
    return fits;
  };
  const chosen = chooseType(candidateReaders(format), type, present, (reader, widen) => {
    if (!fitsColumn(weighted(reader.read), present)) return false;
    return (
      !widen ||
      !texts.some(
        (text, code) => counts[code] > 0 && reader.read(text) === undefined && widen.read(text) !== undefined,
      )
    );
  });
  const finalType: ColumnType = chosen?.type ?? "string";
  let missing = 0;
  const misfitCodes = new Set<number>();
  const values: Cell[] = texts.map((text, code) => {
    if (isMissing(text)) {
      missing += counts[code];
      return null;
    }
    if (!chosen) return text;
    const value = chosen.read(text);
    if (value !== undefined) return value;
    if (counts[code] > 0) misfitCodes.add(code);
    return null;
  });
  const misfits: TypedColumn["misfits"] = [];
  let misfitRows = 0;
  if (misfitCodes.size > 0) {
    for (let row = 0; row < codes.length; row++) {
      if (!misfitCodes.has(codes[row])) continue;
      if (misfits.length < misfitListLimit) misfits.push({ index: row, text: texts[codes[row]] });
      misfitRows++;
    }
  }
  const column = new DictionaryColumn(values, codes);
  const isNumeric = finalType === "integer" || finalType === "number" || finalType === "percent";
  return {
    type: finalType,
    column,
    missing,
    format: isNumeric ? format : undefined,
    misfits,
    moreMisfits: misfitRows - misfits.length,
    derived: Object.fromEntries(
      Object.entries(derivedColumns(finalType, column.dictionary, (code) => counts[code])).map(
        ([suffix, values]) => [suffix, new DictionaryColumn(values, codes)],
      ),
    ),
  };
}
