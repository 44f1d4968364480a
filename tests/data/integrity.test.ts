import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FactRow } from "../../src/charts/index.ts";
import { type DataPackage, readCsvWithSchema } from "../../src/data/index.ts";
import { readFactSheets, sameQualifier } from "../util/fact-sheets.ts";

const root = join(import.meta.dirname, "../..");
const pkg = JSON.parse(readFileSync(join(root, "data/datapackage.json"), "utf8")) as DataPackage;
const figures = readFactSheets(root);
const topics = ["reaction-times", "internet-reports", "doxing", "budget-gaps", "police-capacity"];

/** A data row as the notebooks see it: the charts' fact row, with its source kind and note. */
type Row = FactRow & { source_kind: string; note: string | null };

function rowsOf(name: string): Row[] {
  const resource = pkg.resources.find((r) => r.name === name);
  if (!resource) throw new Error(`no resource ${name}`);
  const { columns, rowCount } = readCsvWithSchema(
    readFileSync(join(root, resource.path), "utf8"),
    resource.schema,
  );
  return Array.from({ length: rowCount }, (_, i) =>
    Object.fromEntries(Object.entries(columns).map(([key, values]) => [key, values[i]])),
  ) as unknown as Row[];
}

describe("data package", () => {
  it("describes every CSV in data/ and nothing else", () => {
    const files = readdirSync(join(root, "data")).filter((name) => name.endsWith(".csv"));
    expect(pkg.resources.map((r) => r.path.replace(/^data\//, "")).sort()).toEqual(files.sort());
    expect(pkg.resources.map((r) => r.name).sort()).toEqual([...topics].sort());
  });

  it.each(topics)("%s.csv fits its Table Schema without a single problem", (name) => {
    const resource = pkg.resources.find((r) => r.name === name);
    expect(resource).toBeDefined();
    const reading = readCsvWithSchema(readFileSync(join(root, `data/${name}.csv`), "utf8"), resource!.schema);
    expect(reading.problems).toEqual([]);
    expect(reading.rowCount).toBeGreaterThan(0);
  });
});

describe("every figure keeps its source", () => {
  it.each(topics)(
    "%s: each seed row matches a figure in the fact sheets (value, year, qualifier, place)",
    (name) => {
      for (const row of rowsOf(name).filter((r) => r.source_kind === "seed")) {
        const match = figures.find(
          (f) =>
            f.locator === row.source &&
            f.value === row.value &&
            f.year === row.year &&
            f.measure === row.measure,
        );
        expect(
          match,
          `${name}: ${row.measure} ${row.year ?? ""} = ${row.value} at ${row.source}`,
        ).toBeDefined();
        expect(sameQualifier(match?.qualifier, row.qualifier), `${name}: qualifier of ${match?.id}`).toBe(
          true,
        );
      }
    },
  );

  it("every topic figure in the fact sheets is in data/ with its year (a figure repeated in several places once)", () => {
    const all = topics.flatMap((name) => rowsOf(name).map((row) => ({ ...row, topic: name })));
    const topical = figures.filter((f) => topics.includes(f.topic));
    expect(topical.length).toBeGreaterThanOrEqual(20);
    for (const figure of topical) {
      const found = all.find(
        (row) =>
          row.topic === figure.topic &&
          row.measure === figure.measure &&
          row.value === figure.value &&
          row.year === figure.year,
      );
      expect(
        found,
        `${figure.sheet}#${figure.id}: ${figure.value} (${figure.year ?? "no year"})`,
      ).toBeDefined();
    }
  });

  it("public rows carry a URL and a note on what they measure", () => {
    const publicRows = topics.flatMap(rowsOf).filter((row) => row.source_kind === "public");
    expect(publicRows.length).toBeGreaterThan(0);
    for (const row of publicRows) {
      expect(row.source).toMatch(/^https?:\/\//);
      expect(row.note ?? "").not.toBe("");
    }
  });

  it("keys each figure once: no two rows share measure, year, period and source", () => {
    for (const name of topics) {
      const keys = rowsOf(name).map((r) => [r.measure, r.year, r.period, r.source].join("|"));
      expect(new Set(keys).size, name).toBe(keys.length);
    }
  });

  it("every seed locator points at an anchor that exists in its fact sheet", () => {
    for (const row of topics.flatMap(rowsOf).filter((r) => r.source_kind === "seed")) {
      const [path, anchor] = row.source.split("#");
      const text = readFileSync(join(root, path), "utf8");
      expect(text.includes(`{#${anchor}}`), row.source).toBe(true);
    }
  });
});
