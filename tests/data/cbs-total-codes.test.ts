import { describe, expect, it } from "vitest";
import {
  cbsTotals,
  findTotal,
  isTotalCode,
  readCsv,
  repeatedKeys,
  rowObjects,
} from "../../src/data/index.ts";

describe("CBS total codes", () => {
  it("recognises total keys and labels on every dimension, padded or not", () => {
    for (const total of [
      "0.0.0 ",
      "0.0.0",
      "T001038",
      "T001081  ",
      "NL01  ",
      "NL00",
      "Nederland",
      "Totaal misdrijven",
      "Total crimes",
      "0.0.0 Totaal misdrijven",
    ])
      expect(isTotalCode(total), total).toBe(true);
    for (const part of [
      "1.1.1 ",
      "PV20  ",
      "GM0363",
      "Groningen (PV)",
      "Totale kosten",
      "2019JJ00",
      "T1",
      "Mannen",
      null,
      3,
    ])
      expect(isTotalCode(part as string), String(part)).toBe(false);
  });

  it("finds the one total of a dimension; a code before a label; two of a kind cannot be decided", () => {
    expect(findTotal(["1.1.1 ", "0.0.0 ", "1.2.1 "]).total).toBe("0.0.0 ");
    expect(findTotal(["Groningen (PV)", "Nederland", "Totaal regio's"]).total).toBe("Nederland");
    expect(findTotal(["Totaal misdrijven", "Totaal verkeer"])).toEqual({
      candidates: ["Totaal misdrijven", "Totaal verkeer"],
    });
    expect(findTotal(["a", "b"])).toEqual({ candidates: [] });
  });

  it("cbsTotals takes the T001-style total of a dimension, not the sum of its parts", () => {
    // Made-up figures in the CBS layout; Geslacht's total key T001038 next to men and women.
    const rows = rowObjects(
      readCsv(
        [
          "Geslacht;RegioS;Perioden;Verdachten_1",
          '"T001038";"NL01  ";2023JJ00;90',
          '"3000   ";"NL01  ";2023JJ00;60',
          '"4000   ";"NL01  ";2023JJ00;30',
        ].join("\n"),
      ),
    );
    const result = cbsTotals(rows, ["Verdachten_1"], "year");
    const expected = rows
      .filter((row) => String(row.Geslacht).trim() === "T001038")
      .reduce((s, row) => s + Number(row.Verdachten_1), 0);
    expect(result.totals).toEqual([{ key: 2023, sums: { Verdachten_1: expected } }]);
  });
});

describe("repeatedKeys", () => {
  it("finds every key held by more than one kept row, as a plain search does", async () => {
    const lines = ["a,b,c,x"];
    let state = 3;
    const next = (n: number) => {
      state = (state * 48271) % 2147483647;
      return state % n;
    };
    for (let i = 0; i < 3000; i++) lines.push(`k${next(20)},${next(15)},${2000 + next(10)},${i}`);
    const reading = readCsv(lines.join("\n"));
    const keep = Uint8Array.from({ length: reading.rowCount }, (_, row) => (row % 3 === 0 ? 0 : 1));
    // Small chunks, so that the turns between them are crossed too.
    let turns = 0;
    const found = await repeatedKeys(
      reading.data,
      reading.rowCount,
      ["a", "b", "c"],
      keep,
      async () => turns++,
      256,
    );
    expect(turns).toBeGreaterThan(10);
    const plain = new Map<string, number[]>();
    lines.slice(1).forEach((line, row) => {
      if (!keep[row]) return;
      const key = line.split(",").slice(0, 3).join(",");
      plain.set(key, [...(plain.get(key) ?? []), row]);
    });
    const expected = [...plain.values()].filter((rows) => rows.length > 1);
    expect(expected.length).toBeGreaterThan(10);
    expect(found.map((key) => key.rows)).toEqual(expected);
    expect(found[0].values.join(",")).toBe(lines[found[0].rows[0] + 1].split(",").slice(0, 3).join(","));
  });
});
