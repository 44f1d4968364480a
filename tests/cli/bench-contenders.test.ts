import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { benchContenders, benchUsage, selectContenders } from "../../src/cli/bench-contenders.ts";

/** The contenders' names as the benchmark page defines them (the keys of `contenders` in src/bench.ts). */
function pageNames(): string[] {
  const page = readFileSync(join(import.meta.dirname, "../../src/bench.ts"), "utf8");
  const start = page.indexOf("const contenders:");
  const body = page.slice(start, page.indexOf("\n};", start));
  return [...body.matchAll(/^ {2}(?:"([^"]+)"|(\w+)): async/gm)].map((match) => match[1] ?? match[2]);
}

describe("benchContenders", () => {
  it("gives every contender of the page an id without commas or spaces, each once", () => {
    expect(benchContenders.map((contender) => contender.name)).toEqual(pageNames());
    const ids = benchContenders.map((contender) => contender.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });
});

describe("selectContenders", () => {
  const names = pageNames();
  const nameOf = (id: string) => benchContenders.find((contender) => contender.id === id)?.name;

  it("chooses each ceiling alone by its id, though their names hold commas", () => {
    expect(selectContenders("papaparse-bare-worker", names)).toEqual(["papaparse bare, worker"]);
    expect(selectContenders("papaparse-bare-main", names)).toEqual(["papaparse bare, main thread"]);
  });

  it("chooses any one contender by its id, and several in the page's order", () => {
    for (const { id, name } of benchContenders) expect(selectContenders(id, names)).toEqual([name]);
    expect(selectContenders(" duckdb , blauw-main,blauw ", names)).toEqual([
      nameOf("blauw"),
      nameOf("blauw-main"),
      nameOf("duckdb"),
    ]);
  });

  it("keeps the names and beginnings of names that worked before", () => {
    expect(selectContenders("arquero.fromCSV", names)).toEqual(["arquero.fromCSV"]);
    expect(selectContenders("papaparse", names)).toEqual(
      names.filter((name) => name.startsWith("papaparse")),
    );
    expect(selectContenders("d3", names)).toEqual(["d3.csvParse + aq.from"]);
  });

  it("chooses all without a value, and refuses a part that chooses nothing", () => {
    expect(selectContenders("", names)).toEqual(names);
    // The old way to ask for one ceiling: "worker" alone names no contender.
    expect(() => selectContenders("papaparse bare, worker", names)).toThrow(
      /no contender "worker".*papaparse-bare-worker/,
    );
    expect(() => selectContenders("polars", names)).toThrow(/no contender "polars"/);
  });

  it("lists every id with its contender's name in the usage", () => {
    const usage = benchUsage();
    for (const { id, name } of benchContenders)
      expect(usage).toMatch(new RegExp(`^ {2}${id} +${name.replace(/[.+]/g, "\\$&")}$`, "m"));
  });
});
