import { describe, expect, it } from "vitest";
import { DictionaryColumn } from "../../src/data/columns.ts";
import { derivedColumns, derivedType, periodPart, regionCodeLevel } from "../../src/data/derived-columns.ts";
import { inferColumn } from "../../src/data/infer-column.ts";
import { parsePeriod } from "../../src/data/parse-period.ts";
import { parseRegion } from "../../src/data/parse-region.ts";
import { typeRawColumn } from "../../src/data/type-raw-column.ts";
import { codesColumn } from "../util/codes-column.ts";

describe("derivedColumns", () => {
  it("gives a period's date, kind and year as parsePeriod reads them", () => {
    const values = ["2023JJ00", "2023MM02", "2023KW03", null];
    const derived = derivedColumns("period", values, () => 1);
    for (const part of ["date", "kind", "year"] as const) {
      expect(derived[part]).toEqual(
        values.map((value) => (value ? (parsePeriod(value)?.[part] ?? null) : null)),
      );
      expect(derived[part]).toEqual(values.map(periodPart(part)));
    }
  });

  it("gives a region code's level as parseRegion reads it", () => {
    const values = ["GM0363", "NL01", "PV27", "RE01", null];
    expect(derivedColumns("region", values, () => 1).level).toEqual(
      values.map((value) => (value ? (parseRegion(value)?.level ?? null) : null)),
    );
    expect(values.map(regionCodeLevel)).toEqual(derivedColumns("region", values, () => 1).level);
  });

  it("keeps the level of region labels when at least half the rows, by weight, carry one", () => {
    const labels = ["Groningen (PV)", "Totaal"];
    expect(derivedColumns("string", labels, () => 1)).toEqual({ level: ["province", null] });
    expect(derivedColumns("string", labels, (i) => (i === 0 ? 1 : 3))).toEqual({});
    expect(derivedColumns("integer", [1, 2], () => 1)).toEqual({});
  });

  it("types the derived columns by their suffix", () => {
    expect(["date", "kind", "year", "level"].map(derivedType)).toEqual([
      "date",
      "string",
      "integer",
      "string",
    ]);
  });

  it("derives the same rows from a dictionary column as from a plain one", () => {
    const cases = [
      ["2023MM01", "2023MM02", "2023MM01", "2024JJ00", "."],
      ["GM0363", "NL01", "GM0363", "PV27"],
      ["Groningen (PV)", "Nederland", "Groningen (PV)", "Utrecht (PV)", "Nederland"],
    ];
    for (const texts of cases) {
      const plain = inferColumn(texts);
      const coded = typeRawColumn(codesColumn(texts), false);
      if (coded === "retry-as-codes") throw new Error("a dictionary column is never read again");
      expect(coded.type).toBe(plain.type);
      expect(Object.keys(plain.derived).length).toBeGreaterThan(0);
      expect(Object.keys(coded.derived)).toEqual(Object.keys(plain.derived));
      for (const [suffix, column] of Object.entries(coded.derived)) {
        expect(column).toBeInstanceOf(DictionaryColumn);
        expect(Array.from({ length: texts.length }, (_, row) => column.at(row))).toEqual(
          plain.derived[suffix],
        );
      }
    }
  });
});
