import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { odataCsv, plainRows } from "../charts/cbs-files.ts";
import { type Fact, synthetic47013, writeLong, writeOdata } from "../fixtures/cbs-synthetic.ts";

// `npm run inspect -- FILE --json` on synthetic CBS-shaped files (made up, not real figures), checked
// against what the files were written from: the facts, or the file read as plain text.

interface Report {
  dialect: Record<string, unknown>;
  columns: {
    name: string;
    type: string;
    missing: number;
    min?: unknown;
    max?: unknown;
    distinct?: number;
    derivedFrom?: string;
  }[];
  rowCount: number;
  problems: { row: number; column?: string; message: string }[];
  metadata: { filters: string[]; units: Record<string, string>; notes: string[] };
  rows: Record<string, unknown>[];
}

function inspectJson(text: string): Report {
  const folder = mkdtempSync(join(tmpdir(), "blauw-inspect-json-"));
  const file = join(folder, "export.csv");
  writeFileSync(file, text);
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/inspect.ts", file, "--json"], {
    encoding: "utf8",
  });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as Report;
}

const periodKinds: Record<string, string> = { JJ: "year", HJ: "half-year", KW: "quarter", MM: "month" };
const regionLevels: Record<string, string> = { NL: "country", PV: "province", GM: "municipality" };
const column = (report: Report, name: string) => report.columns.find((c) => c.name === name);

/** What the report must say of a period code, worked out from the code's own letters. */
function periodOf(code: string) {
  const year = Number(code.slice(0, 4));
  const kind = periodKinds[code.slice(4, 6)];
  const n = Number(code.slice(6));
  const month = kind === "month" ? n : kind === "quarter" ? 3 * n - 2 : kind === "half-year" ? 6 * n - 5 : 1;
  return { kind, year, date: `${year}-${String(month).padStart(2, "0")}-01` };
}

function expectShape(report: Report): void {
  expect(Object.keys(report)).toEqual(["dialect", "columns", "rowCount", "problems", "metadata", "rows"]);
  expect(report.rows).toHaveLength(report.rowCount);
  const names = report.columns.map((c) => c.name);
  for (const row of report.rows) expect(Object.keys(row)).toEqual(names);
  for (const c of report.columns) expect(typeof c.type).toBe("string");
  // A column read from the file counts its empty cells. (A derived column says 0 even where it is empty,
  // such as the level of "Nederland", a label without one: left to the loader's owners, not asserted.)
  for (const c of report.columns.filter((c) => !c.derivedFrom))
    expect(c.missing).toBe(report.rows.filter((row) => row[c.name] === null).length);
}

/** The smallest and largest of the facts' values for a topic: the independent computation of a column's range. */
const range = (facts: Fact[], key: string) => {
  const values = facts.map((fact) => fact.values[key]);
  return { min: Math.min(...values), max: Math.max(...values) };
};

describe("npm run inspect -- --json", () => {
  const table = synthetic47013();

  it("reports an OData export row for row as the facts it was written from", { timeout: 60_000 }, () => {
    const report = inspectJson(writeOdata(table));
    expectShape(report);
    expect(report.dialect).toMatchObject({ delimiter: ",", shape: "odata", headerRows: 1, bom: false });
    expect(report.rowCount).toBe(table.facts.length);
    report.rows.forEach((row, i) => {
      const fact = table.facts[i];
      const period = periodOf(fact.period.code);
      expect(row.ID).toBe(i);
      expect(String(row.SoortMisdrijf).trim()).toBe(fact.type?.code);
      expect(row.RegioS).toBe(fact.region.code);
      expect(row.RegioS_level).toBe(regionLevels[fact.region.code.slice(0, 2)]);
      expect(row.Perioden).toBe(fact.period.code);
      expect([row.Perioden_kind, row.Perioden_year, row.Perioden_date]).toEqual([
        period.kind,
        period.year,
        period.date,
      ]);
      // A total (0.0.0, NL01, a year among its months) keeps its own figure: never its parts added to it.
      for (const topic of table.topics) expect(row[topic.key]).toBe(fact.values[topic.key]);
    });
    for (const topic of table.topics)
      expect(column(report, topic.key)).toMatchObject({
        type: "integer",
        missing: 0,
        ...range(table.facts, topic.key),
      });
    expect(column(report, "Perioden")).toMatchObject({ type: "period", min: "2022JJ00", max: "2024MM02" });
    expect(column(report, "RegioS")).toMatchObject({ type: "region", distinct: 3 });
    expect(report.problems).toEqual([]);
    expect(report.metadata.notes.join(" ")).toContain("Perioden_kind");
  });

  it("reports a StatLine long export by its labels, with each topic's unit", { timeout: 60_000 }, () => {
    const report = inspectJson(writeLong(table));
    expectShape(report);
    expect(report.dialect).toMatchObject({ delimiter: ";", shape: "statline-long", bom: true });
    expect(report.rowCount).toBe(table.facts.length);
    const header = (topic: (typeof table.topics)[number]) => `${topic.title} (${topic.unit})`;
    report.rows.forEach((row, i) => {
      const fact = table.facts[i];
      expect([row["Soort misdrijf"], row.Perioden, row["Regio's"]]).toEqual([
        fact.type?.label,
        fact.period.label,
        fact.region.label,
      ]);
      for (const topic of table.topics) expect(row[header(topic)]).toBe(fact.values[topic.key]);
    });
    for (const topic of table.topics) {
      expect(column(report, header(topic))).toMatchObject({
        type: "integer",
        ...range(table.facts, topic.key),
      });
      expect(report.metadata.units[header(topic)]).toBe(topic.unit);
    }
    expect(report.problems).toEqual([]);
  });

  it("keeps years, quarters and months apart, each year's figure the sum of its months", {
    timeout: 60_000,
  }, () => {
    const text = odataCsv();
    const plain = plainRows(text);
    const report = inspectJson(text);
    expectShape(report);
    expect(report.rowCount).toBe(plain.length);
    const measures = ["GeregistreerdeMisdrijven_1", "Aangiften_2"];
    // The fixture rounds Aangiften_2 per row; its registered crimes add up exactly.
    const additive = "GeregistreerdeMisdrijven_1";
    report.rows.forEach((row, i) => {
      expect(row.Perioden_kind).toBe(periodOf(plain[i].Perioden).kind);
      expect(row.RegioS).toBe(plain[i].RegioS);
      for (const measure of measures) expect(row[measure]).toBe(Number(plain[i][measure]));
    });
    // Summed per crime type, region and year from the report's own rows, by kind of period.
    const sums = new Map<string, Record<string, number>>();
    for (const row of report.rows) {
      const key = `${String(row.SoortMisdrijf).trim()}|${row.RegioS}|${row.Perioden_year}`;
      const entry = sums.get(key) ?? {};
      entry[String(row.Perioden_kind)] = (entry[String(row.Perioden_kind)] ?? 0) + Number(row[additive]);
      sums.set(key, entry);
    }
    expect(sums.size).toBe(4 * 6 * 6);
    for (const entry of sums.values()) {
      expect(Object.keys(entry).sort()).toEqual(["month", "quarter", "year"]);
      expect(entry.month).toBe(entry.year);
      expect(entry.quarter).toBe(entry.year);
    }
    for (const measure of measures) {
      const values = plain.map((row) => Number(row[measure]));
      expect(column(report, measure)).toMatchObject({ min: Math.min(...values), max: Math.max(...values) });
    }
    expect(report.problems).toEqual([]);
  });
});
