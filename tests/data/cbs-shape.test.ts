import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { cbsTotals, normaliseCbs, readCsv } from "../../src/data/index.ts";
import {
  expectedYearly,
  type SyntheticTable,
  synthetic47008,
  synthetic47013,
  writeLong,
  writeOdata,
  writeTable,
} from "../fixtures/cbs-synthetic.ts";

const realFile = new URL("../fixtures/csv/politie_47013NED_soort_provincie_2013_2018.csv", import.meta.url);

/** The real file's records read independently, as PapaParse gives them (header names as in the file). */
const realRecords = () =>
  Papa.parse<Record<string, string>>(readFileSync(realFile, "utf8").replace(/^\uFEFF/, ""), {
    header: true,
    delimiter: ";",
    skipEmptyLines: true,
  }).data;

const rowsOf = (table: ReturnType<typeof normaliseCbs>) =>
  Array.from({ length: table.rowCount }, (_, i) =>
    Object.fromEntries(Object.entries(table.data).map(([name, values]) => [name, values.at(i)])),
  );

describe("normaliseCbs on the real 47013NED export (StatLine long shape)", () => {
  const table = normaliseCbs(readCsv(new Uint8Array(readFileSync(realFile))), "47013NED");

  it("names dimensions and the topic by their keys and turns labels into codes", () => {
    expect(table.shape).toBe("statline-long");
    expect(Object.keys(table.data)).toEqual(
      expect.arrayContaining(["SoortMisdrijf", "Perioden", "RegioS", "GeregistreerdeMisdrijven_1"]),
    );
    expect(table.unmatched).toEqual([]);
    expect(new Set(table.data.RegioS)).toEqual(
      new Set(["NL01", ...Array.from({ length: 12 }, (_, i) => `PV${20 + i}`)]),
    );
    expect(new Set(table.data.Perioden)).toEqual(
      new Set([2013, 2014, 2015, 2016, 2017, 2018].map((y) => `${y}JJ00`)),
    );
    expect([...table.data.SoortMisdrijf]).toContain("0.0.0");
    expect([...table.data.SoortMisdrijf]).toContain("1.2.3");
  });

  it("gives every row of the file, with the same figures", () => {
    // Read independently: every record of the file, as PapaParse gives it.
    const records = realRecords();
    expect(table.rowCount).toBe(records.length);
    const sum = (values: readonly unknown[]) => values.reduce<number>((s, v) => s + Number(v), 0);
    expect(sum([...table.data.GeregistreerdeMisdrijven_1])).toBe(
      sum(records.map((record) => record["Geregisteerde misdrijven (aantal)"])),
    );
  });

  it("sums national totals per year, as the file's own Nederland / Totaal misdrijven rows say", () => {
    const records = realRecords();
    const expected = records
      .filter(
        (record) => record["Regio's"] === "Nederland" && record["Soort misdrijf"] === "Totaal misdrijven",
      )
      .map((record) => ({
        key: Number(record.Perioden),
        sums: { GeregistreerdeMisdrijven_1: Number(record["Geregisteerde misdrijven (aantal)"]) },
      }));
    const result = cbsTotals(rowsOf(table), ["GeregistreerdeMisdrijven_1"], "year");
    expect(result.level).toBe("country");
    expect(result.totals).toEqual(expected);
    // The check value in the provenance of the file.
    expect(result.totals.find((total) => total.key === 2018)?.sums.GeregistreerdeMisdrijven_1).toBe(768099);
  });
});

describe.each([
  ["47013NED", synthetic47013(), ["Internetaangiften_3", "GeregistreerdeMisdrijven_1"]],
  ["47008NED", synthetic47008(), ["Totaal_2", "Reactietijd0Tot15Minuten_3"]],
] as [string, SyntheticTable, string[]][])(
  "normaliseCbs on a synthetic %s in each shape",
  (table, synthetic, keys) => {
    const shapes = [
      ["odata", writeOdata(synthetic)],
      ["statline-long", writeLong(synthetic)],
      ["statline-table", writeTable(synthetic)],
    ] as const;

    it.each(shapes)("reads the %s shape into the keys and codes of the OData shape", (shape, text) => {
      const normalised = normaliseCbs(readCsv(text), table);
      expect(normalised.shape).toBe(shape);
      expect(normalised.unmatched).toEqual([]);
      expect(normalised.rowCount).toBe(synthetic.facts.length);
      for (const key of keys) expect(Object.keys(normalised.data)).toContain(key);
      const rows = rowsOf(normalised);
      for (const fact of synthetic.facts) {
        const row = rows.find(
          (candidate) =>
            candidate.RegioS === fact.region.code &&
            candidate.Perioden === fact.period.code &&
            (!fact.type || candidate.SoortMisdrijf === fact.type.code),
        );
        expect(row, `${fact.region.code} ${fact.period.code}`).toBeDefined();
        for (const key of keys) expect(row?.[key]).toBe(fact.values[key]);
      }
    });

    it.each(shapes)("sums the %s shape per year without adding totals to their parts", (_, text) => {
      const result = cbsTotals(rowsOf(normaliseCbs(readCsv(text), table)), [keys[0]], "year");
      const expected = expectedYearly(synthetic, keys[0]);
      expect(result.totals).toEqual([...expected].map(([key, sum]) => ({ key, sums: { [keys[0]]: sum } })));
      // The naive sum of everything in a year is not the answer (the test would not tell otherwise).
      const naive = synthetic.facts
        .filter((fact) => fact.period.code.startsWith("2023"))
        .reduce((sum, fact) => sum + fact.values[keys[0]], 0);
      expect(naive).not.toBe(expected.get(2023));
    });
  },
);

describe("normaliseCbs on what the code lists do not hold", () => {
  // Made up for this test: a long export with a region label that is in no code list.
  const text = [
    '"Soort misdrijf";"Perioden";"Regio\'s";"Internetaangiften (aantal)"',
    '"Totaal misdrijven";"2023";"Nederland";300',
    '"Totaal misdrijven";"2023";"Atlantis (PV)";7',
    '"Totaal misdrijven";"2023";"Groningen (PV)";10',
  ].join("\n");

  it("keeps an unknown label as it is, says so, and leaves it out of the national sums", () => {
    const table = normaliseCbs(readCsv(text), "47013NED");
    expect(table.unmatched).toEqual([{ column: "RegioS", labels: ["Atlantis (PV)"] }]);
    expect([...table.data.RegioS]).toEqual(["NL01", "Atlantis (PV)", "PV20"]);
    const result = cbsTotals(rowsOf(table), ["Internetaangiften_3"], "year");
    expect(result.totals).toEqual([{ key: 2023, sums: { Internetaangiften_3: 300 } }]);
  });

  it("takes the topic of a one-topic table export from its preamble", () => {
    const oneTopic = [
      '"Synthetisch testbestand, geen echte cijfers"',
      '"Onderwerp: Internetaangiften"',
      '""',
      '"Perioden";"2022";"2023"',
      '"Regio\'s";"aantal";"aantal"',
      '"Nederland";"350";"400"',
      '"Groningen (PV)";"20";"25"',
    ].join("\n");
    const table = normaliseCbs(readCsv(oneTopic), "47013NED");
    expect(table.shape).toBe("statline-table");
    const result = cbsTotals(rowsOf(table), ["Internetaangiften_3"], "year");
    expect(result.totals).toEqual([
      { key: 2022, sums: { Internetaangiften_3: 350 } },
      { key: 2023, sums: { Internetaangiften_3: 400 } },
    ]);
  });
});

describe("normaliseCbs on names that are also names of object properties", () => {
  it("keeps topics called __proto__ and constructor in a table export as ordinary columns", () => {
    // Made up for this test.
    const text = [
      '"Synthetisch testbestand, geen echte cijfers"',
      '""',
      '"Onderwerp";"__proto__";"constructor"',
      '"Perioden";"2023";"2023"',
      '"Regio\'s";"aantal";"aantal"',
      '"Nederland";"1";"2"',
    ].join("\n");
    const table = normaliseCbs(readCsv(text), "47013NED");
    expect(Object.hasOwn(table.data, "__proto__")).toBe(true);
    const values = (name: string) => [...table.data[name]];
    expect(values("__proto__")).toEqual([1]);
    expect(values("constructor")).toEqual([2]);
  });
});
