import { describe, expect, it } from "vitest";
import {
  cbsTotals,
  implausibleCounts,
  normaliseCbs,
  type Problem,
  problemText,
  readCsv,
} from "../../src/data/index.ts";
import {
  type BrokenKey,
  expectedWithout,
  implausible47008,
  implausible47013,
  leftOutKeys,
  type SyntheticTable,
  synthetic47008,
  writeLong,
  writeOdata,
  writeTable,
} from "../fixtures/cbs-synthetic.ts";

const rowsOf = (table: ReturnType<typeof normaliseCbs>) =>
  Array.from({ length: table.rowCount }, (_, i) =>
    Object.fromEntries(Object.entries(table.data).map(([name, values]) => [name, values.at(i)])),
  );

/** The file line (1 = first) that holds a synthetic fact, found in the text by its labels or codes. */
function lineOf(text: string, shape: string, table: SyntheticTable, item: BrokenKey): number {
  const fact = table.facts.find(
    (f) => f.region.code === item.region && f.period.code === item.period && f.type?.code === item.type,
  );
  if (!fact) throw new Error("no such fact");
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  const wanted =
    shape === "odata"
      ? (line: string) =>
          line.includes(`"${fact.region.code.padEnd(6)}",${fact.period.code},`) &&
          (!fact.type || line.includes(`"${fact.type.code.padEnd(6)}"`))
      : shape === "statline-long"
        ? (line: string) =>
            line.includes(`"${fact.period.label}";"${fact.region.label}";`) &&
            (!fact.type || line.startsWith(`"${fact.type.label}";`))
        : (line: string) => line.startsWith(`"${fact.region.label}";`);
  const found = lines.flatMap((line, i) => (wanted(line) ? [i + 1] : []));
  expect(found).toHaveLength(1);
  return found[0];
}

const topicTitle = (table: SyntheticTable, key: string) =>
  table.topics.find((t) => t.key === key)?.title ?? "";

const shapes = [
  ["odata", writeOdata],
  ["statline-long", writeLong],
  ["statline-table", writeTable],
] as const;

describe.each([
  ["47008NED", implausible47008(), ["Reactietijd0Tot15Minuten_3", "Totaal_2"]],
  ["47013NED", implausible47013(), ["Internetaangiften_3", "Aangiften_2"]],
] as const)("implausibleCounts on a synthetic %s with counts that cannot be right", (tableId, made, keys) => {
  const { table, broken } = made;

  it.each(shapes)("reports each impossible count of the %s shape at its row and column", (shape, write) => {
    const text = write(table);
    const found = implausibleCounts(normaliseCbs(readCsv(text), tableId), tableId).problems;
    expect(found).toHaveLength(broken.length);
    for (const item of broken) {
      const row = lineOf(text, shape, table, item);
      // A table export holds a region's periods in one row, one column per topic and period.
      const period = table.facts.find((f) => f.period.code === item.period)?.period.label ?? "";
      const problem = found.find(
        (p) => p.row === row && (shape !== "statline-table" || p.column.endsWith(` ${period}`)),
      );
      expect(problem, `${item.region} ${item.period}`).toBeDefined();
      const column = (problem as Problem).column;
      if (shape === "odata") expect(column).toBe(item.topic);
      else if (shape === "statline-long") expect(column).toBe(`${topicTitle(table, item.topic)} (aantal)`);
      else {
        const type = table.facts.find((f) => f.type?.code === item.type)?.type?.label;
        expect(column).toBe([topicTitle(table, item.topic), type, period].filter(Boolean).join(" "));
      }
      expect(problem?.detail?.code).toBe(item.why === "negative" ? "negative-count" : "count-exceeds-total");
      if (typeof item.why === "object") {
        const totalRow = lineOf(text, shape, table, { ...item, ...item.why });
        expect(problem?.detail).toMatchObject({ totalRow });
      }
    }
  });

  it.each(shapes)("leaves the keys out of the %s shape's yearly and monthly sums", (_, write) => {
    const normalised = normaliseCbs(readCsv(write(table)), tableId);
    const { leftOut } = implausibleCounts(normalised, tableId);
    const without = leftOutKeys(broken);
    for (const by of ["year", "month"] as const) {
      const result = cbsTotals(rowsOf(normalised), [...keys], by, { leftOut });
      const expected = keys.map((key) => expectedWithout(table, key, without, by));
      expect(result.totals.map((total) => total.key)).toEqual([...expected[0].keys()]);
      for (const total of result.totals)
        keys.forEach((key, i) => {
          expect(total.sums[key]).toBe(expected[i].get(total.key));
        });
      // What is left out is said, with the file rows of the problems.
      const all = cbsTotals(rowsOf(normalised), [...keys], by);
      const missing = all.totals.map((total) => total.key).filter((key) => !expected[0].has(key));
      expect(result.leftOut.map((item) => item.key)).toEqual(missing);
      for (const item of result.leftOut) expect(item.rows.length).toBeGreaterThan(0);
    }
  });
});

describe("the shares of 47008NED from counts that cannot be right", () => {
  const { table, broken } = implausible47008();
  const normalised = normaliseCbs(readCsv(writeOdata(table)), "47008NED");
  const keys = ["Reactietijd0Tot15Minuten_3", "Totaal_2"];
  const share = (sums: Record<string, number>) => (100 * sums.Reactietijd0Tot15Minuten_3) / sums.Totaal_2;

  it("would be out of range if computed (so the test can tell)", () => {
    const naive = cbsTotals(rowsOf(normalised), keys, "year").totals.map((total) => share(total.sums));
    expect(naive.some((value) => value < 0)).toBe(true);
    const monthly = cbsTotals(rowsOf(normalised), keys, "month").totals.map((total) => share(total.sums));
    expect(monthly.some((value) => value > 100)).toBe(true);
  });

  it("are computed only from plausible rows, each between 0 and 100%", () => {
    const { leftOut } = implausibleCounts(normalised, "47008NED");
    const without = leftOutKeys(broken);
    for (const by of ["year", "month"] as const) {
      const result = cbsTotals(rowsOf(normalised), keys, by, { leftOut });
      const within = expectedWithout(table, keys[0], without, by);
      const calls = expectedWithout(table, keys[1], without, by);
      expect(result.totals.map((total) => share(total.sums))).toEqual(
        [...within].map(([key, value]) => (100 * value) / (calls.get(key) as number)),
      );
      for (const total of result.totals) {
        expect(share(total.sums)).toBeGreaterThanOrEqual(0);
        expect(share(total.sums)).toBeLessThanOrEqual(100);
      }
    }
  });
});

describe("implausibleCounts on what is not a count", () => {
  it("reports nothing for a file whose counts are right", () => {
    for (const write of [writeOdata, writeLong, writeTable]) {
      const text = write(synthetic47008());
      expect(implausibleCounts(normaliseCbs(readCsv(text), "47008NED"), "47008NED").problems).toEqual([]);
    }
  });

  it("leaves percentages alone and reports a count that is not whole", () => {
    // Made up for this test: a negative percentage is not looked at; 12.5 calls cannot be.
    const text = [
      "RegioS,Perioden,Reactietijd0Tot15MinutenRelatief_1,Totaal_2,Reactietijd0Tot15Minuten_3",
      '"NL01  ",2023JJ00,-4.5,1000,800',
      '"NL01  ",2024JJ00,80,12.5,10',
    ].join("\n");
    const found = implausibleCounts(normaliseCbs(readCsv(text), "47008NED"), "47008NED");
    expect(found.problems.map((p) => [p.row, p.column, p.detail?.code])).toEqual([
      [3, "Totaal_2", "fractional-count"],
    ]);
    expect(found.leftOut).toEqual([{ cells: { RegioS: "NL01", Perioden: "2024JJ00" }, rows: [3] }]);
  });
});

describe("problemText for counts that cannot be right", () => {
  const text = [
    "RegioS,Perioden,Totaal_2,Reactietijd0Tot15Minuten_3",
    '"NL01  ",2021JJ00,300000,-3000',
    '"NL01  ",2022JJ00,1000,1200',
    '"GM0363",2022JJ00,1500,1000',
  ].join("\n");
  const { problems } = implausibleCounts(normaliseCbs(readCsv(text), "47008NED"), "47008NED");

  it("says what, where and what happens, in Dutch and in English", () => {
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [2, "Reactietijd0Tot15Minuten_3"],
      [3, "Reactietijd0Tot15Minuten_3"],
      [4, "Totaal_2"],
    ]);
    expect(problems.map((p) => problemText(p, "nl"))).toEqual([
      "-3.000 kan niet kloppen: een aantal is nooit negatief; NL01, 2021 blijft buiten de grafieken",
      '1.200 kan niet kloppen: het is meer dan het totaal, 1.000 in kolom "Totaal_2" van dezelfde rij; NL01, 2022 blijft buiten de grafieken',
      "1.500 kan niet kloppen: het is meer dan het totaal, 1.000 in rij 3 (NL01, 2022); beide blijven buiten de grafieken",
    ]);
    expect(problems.map((p) => p.message)).toEqual(problems.map((p) => problemText(p, "en")));
    expect(problems[0].message).toBe(
      "-3,000 cannot be right: a count is never negative; NL01, 2021 is left out of the charts",
    );
  });
});
