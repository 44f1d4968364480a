import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type ColumnType,
  defaultChoice,
  readCsv,
  scratchDimensions,
  scratchSums,
} from "../../src/data/index.ts";
import { odataCsv, plainRows, statlineCsv, sumBy } from "../charts/cbs-files.ts";

const overlast = "/work/shared/data/real/bernasco_47024NED_NL_overlast_maand_2012_2023.csv";

/** The first chart of a file as the scratch page draws it by default. */
async function firstChart(csv: string, types: Record<string, ColumnType> = {}) {
  const reading = readCsv(csv, { types });
  const dimensions = scratchDimensions(reading);
  const choice = defaultChoice(dimensions);
  return { reading, dimensions, choice, sums: await scratchSums(reading, dimensions, choice) };
}

const points = (sums: Awaited<ReturnType<typeof scratchSums>>) =>
  sums.kind === "time" ? new Map(sums.points.map((p) => [p.key, p.value])) : null;

describe("the scratch page's first chart never counts twice", async () => {
  it("an OData file with 0.0.0 and NL01: the national total per year, not the sum of its parts", async () => {
    const csv = odataCsv();
    const { sums } = await firstChart(csv);
    const expected = sumBy(
      plainRows(csv),
      (row) => row.RegioS === "NL01" && row.SoortMisdrijf === "0.0.0" && /JJ00$/.test(row.Perioden),
      (row) => row.Perioden,
      "GeregistreerdeMisdrijven_1",
    );
    expect(expected.size).toBe(6);
    expect(points(sums)).toEqual(expected);
    expect(sums.kind === "time" && sums.used).toMatchObject({
      region: { value: "NL01" },
      categories: [{ column: "SoortMisdrijf", value: "0.0.0 " }],
      rows: 6,
    });
  });

  it("per month, per province level and for one part, as the reader chooses", async () => {
    const csv = odataCsv();
    const reading = readCsv(csv);
    const dimensions = scratchDimensions(reading);
    expect(dimensions.region?.levels).toEqual(["country", "province", "municipality"]);
    const choice = {
      ...defaultChoice(dimensions),
      measure: "Aangiften_2",
      step: "month",
      region: { level: "province" },
      categories: { SoortMisdrijf: "1.2.1 " },
      from: 2018,
      to: 2019,
    };
    const sums = await scratchSums(reading, dimensions, choice);
    const expected = sumBy(
      plainRows(csv),
      (row) =>
        /^PV/.test(row.RegioS) &&
        row.SoortMisdrijf === "1.2.1" &&
        /MM\d\d$/.test(row.Perioden) &&
        ["2018", "2019"].includes(row.Perioden.slice(0, 4)),
      (row) => row.Perioden,
      "Aangiften_2",
    );
    expect(expected.size).toBe(24);
    expect(points(sums)).toEqual(expected);
    expect(sums.kind === "time" && sums.used.region).toEqual({ level: "province", count: 2 });
  });

  it("a StatLine file with labels: Nederland and Totaal misdrijven, per year", async () => {
    const csv = statlineCsv();
    const { sums } = await firstChart(csv);
    const expected = sumBy(
      plainRows(csv),
      (row) => row["Regio's"] === "Nederland" && row["Soort misdrijf"] === "Totaal misdrijven",
      (row) => row.Perioden,
      "Geregistreerde misdrijven (aantal)",
    );
    expect(expected.size).toBe(12);
    // Keys of a year column are years; compare by year.
    expect(sums.kind).toBe("time");
    if (sums.kind !== "time") return;
    expect(new Map(sums.points.map((p) => [String(p.year), p.value]))).toEqual(expected);
    expect(sums.step).toBe("year");
  });

  it("year rows among months (47024NED bulk): each year's row is left out of its January, and reported", async () => {
    const csv = readFileSync(overlast, "utf8");
    const { sums } = await firstChart(csv);
    const rows = plainRows(csv, ",");
    // PROVENANCE.md: the larger row of each duplicated 1 January is the year's total; drop it.
    const total = rows.filter((row) => row.crime_type_code === "Totaal registraties overlast");
    const byDate = new Map<string, number[]>();
    for (const row of total) byDate.set(row.date, [...(byDate.get(row.date) ?? []), Number(row.frequency)]);
    const expected = new Map([...byDate].map(([date, values]) => [date, Math.min(...values)]));
    expect(expected.size).toBe(144);
    expect(points(sums)).toEqual(expected);
    // PROVENANCE.md's check value: Totaal registraties overlast 2020 = 510172.
    expect(
      sums.kind === "time" && sums.points.filter((p) => p.year === 2020).reduce((s, p) => s + p.value, 0),
    ).toBe(510172);
    // Each of the 12 year rows is a repeated key, reported with both its rows.
    expect(sums.repeated).toHaveLength(12);
    for (const report of sums.repeated) {
      const [a, b] = report.rows;
      expect(total.includes(rows[a]) && total.includes(rows[b])).toBe(true);
      expect(rows[a].date).toBe(rows[b].date);
      expect(report.yearRow?.row).toBe(Number(rows[a].frequency) > Number(rows[b].frequency) ? a : b);
    }
  });

  it("a repeated key that is no year row stops the chart and names its rows", async () => {
    const csv = ["soort,jaar,aantal", "Totaal,2020,10", "Totaal,2021,12", "Totaal,2021,13", "A,2020,4"].join(
      "\n",
    );
    const { sums } = await firstChart(csv);
    expect(sums.kind).toBe("none");
    expect(sums.kind === "none" && sums.reason).toEqual({ code: "repeated-keys", count: 1 });
    expect(sums.repeated.map((r) => r.rows)).toEqual([[1, 2]]);
  });

  it("Perioden changed to text is never added up into one bar; changed to period it says why nothing is drawn", async () => {
    const asText = (await firstChart(odataCsv(), { Perioden: "string" })).sums;
    expect(asText.kind === "none" && asText.reason).toEqual({ code: "period-as-text", column: "Perioden" });
    const asPeriod = (await firstChart(statlineCsv(), { Perioden: "period" })).sums;
    expect(asPeriod.kind === "none" && asPeriod.reason).toEqual({ code: "no-rows", period: "Perioden" });
  });

  it("two values that both look like a total: the rule cannot decide, and says so", async () => {
    const csv = ["soort,jaar,aantal", "Totaal misdrijven,2020,10", "Totaal verkeer,2020,3", "A,2020,7"].join(
      "\n",
    );
    const { sums } = await firstChart(csv);
    expect(sums.kind === "none" && sums.reason).toMatchObject({ code: "undecided", column: "soort" });
  });

  it("without a time axis: bars of the parts, the total left out, other dimensions at their total", async () => {
    const csv = [
      "SoortMisdrijf;RegioS;aantal",
      '"0.0.0 ";"NL01  ";30',
      '"1.1.1 ";"NL01  ";10',
      '"1.2.1 ";"NL01  ";20',
      '"1.1.1 ";"PV20  ";4',
    ].join("\n");
    const { sums } = await firstChart(csv);
    expect(sums.kind).toBe("bars");
    const expected = sumBy(
      plainRows(csv),
      (row) => row.RegioS === "NL01" && row.SoortMisdrijf !== "0.0.0",
      (row) => row.SoortMisdrijf,
      "aantal",
    );
    expect(sums.kind === "bars" && new Map(sums.groups.map((g) => [g.category.trim(), g.value]))).toEqual(
      expected,
    );
  });
});
