import { describe, expect, it } from "vitest";
import { inferColumn } from "../../src/data/infer-column.ts";
import { numberFormats } from "../../src/data/parse-number.ts";
import { typeRawColumn } from "../../src/data/type-raw-column.ts";
import { allowedMisfits, chooseType, columnFormat, fitsColumn } from "../../src/data/type-rule.ts";
import { candidateReaders } from "../../src/data/value-readers.ts";
import { codesColumn } from "../util/codes-column.ts";

describe("fitsColumn", () => {
  it("lets a tenth of the values misfit, and none in a column of fewer than ten", () => {
    expect(allowedMisfits(9)).toBe(0);
    expect(fitsColumn(9, 10)).toBe(true);
    expect(fitsColumn(8, 10)).toBe(false);
    expect(fitsColumn(8, 9)).toBe(false);
  });
});

describe("columnFormat", () => {
  it("takes the format that reads the most texts; a semicolon file's ties go to the decimal comma", () => {
    expect(columnFormat(["1.234,5", "12,25"], false)).toBe(numberFormats[3]);
    expect(columnFormat(["1,234,567", "2,000.5"], false)).toBe(numberFormats[1]);
    expect(columnFormat(["12", "3"], false)).toBe(numberFormats[0]);
    expect(columnFormat(["12", "3"], true)).toBe(numberFormats[2]);
  });
});

describe("chooseType", () => {
  const readers = candidateReaders(numberFormats[0]);
  const types = readers.map((reader) => reader.type);

  it("tries the candidates in order and takes the first that fits", () => {
    const tried: string[] = [];
    const chosen = chooseType(readers, undefined, 3, (reader) => {
      tried.push(reader.type);
      return reader.type === "integer" || reader.type === "number";
    });
    expect(chosen?.type).toBe("integer");
    expect(tried).toEqual(types.slice(0, types.indexOf("integer") + 1));
  });

  it("gives an integer candidate the number reader to widen to, and no other candidate", () => {
    const widened = new Map<string, string | undefined>();
    chooseType(readers, undefined, 1, (reader, widen) => {
      widened.set(reader.type, widen?.type);
      return false;
    });
    expect([...widened].filter(([, widen]) => widen !== undefined)).toEqual([["integer", "number"]]);
  });

  it("takes a forced type as it is, reads text as written, and leaves an empty column text", () => {
    const never = () => {
      throw new Error("a forced type is not looked for");
    };
    expect(chooseType(readers, "date", 5, never)?.type).toBe("date");
    expect(chooseType(readers, "string", 5, never)).toBeUndefined();
    expect(chooseType(readers, undefined, 0, never)).toBeUndefined();
  });
});

describe("the loader's two engines", () => {
  // Each column read as its texts (inferColumn) and as a dictionary weighted by rows (typeCodes).
  const columns: [string, string[]][] = [
    ["integers", ["1", "2", "3", "2", "1"]],
    ["an integer column holding a decimal", ["1", "2", "2.5", "3", "1", "2", "3", "4", "5", "6"]],
    ["numbers with a decimal comma", ["1,5", "2,25", "3"]],
    ["percentages", ["83,7%", "90%", "83,7%"]],
    ["booleans", ["ja", "nee", "ja"]],
    ["dates", ["2024-03-01", "01-03-2024", "2024-03-01"]],
    ["periods", ["2023JJ00", "2023MM01", "2023JJ00"]],
    ["regions", ["GM0363", "NL01", "GM0363"]],
    ["codes with leading zeros", ["0014", "0363", "0014"]],
    ["text", ["a", "b", "a"]],
    ["one word among many numbers", [...Array.from({ length: 30 }, (_, i) => String(i)), "geen"]],
    ["missing markers only", [".", "-", ""]],
  ];

  it.each(columns)("give %s the same type", (_, texts) => {
    const coded = typeRawColumn(codesColumn(texts), true);
    if (coded === "retry-as-codes") throw new Error("a dictionary column is never read again");
    expect(coded.type).toBe(inferColumn(texts, true).type);
  });
});
