/**
 * The benchmark's contenders by short id, in the page's order (their names are the keys of
 * `contenders` in src/bench.ts). Names hold commas and spaces; ids hold neither, so `--only` can
 * name any one of them.
 */
export const benchContenders: readonly { id: string; name: string }[] = [
  { id: "blauw", name: "blauw" },
  { id: "blauw-main", name: "blauw, main thread" },
  { id: "arquero", name: "arquero.fromCSV" },
  { id: "d3", name: "d3.csvParse + aq.from" },
  { id: "papaparse-naive", name: "papaparse naive + aq.from" },
  { id: "papaparse-bare-worker", name: "papaparse bare, worker" },
  { id: "papaparse-bare-main", name: "papaparse bare, main thread" },
  { id: "duckdb", name: "duckdb-wasm read_csv_auto" },
];

/**
 * The contenders an `--only` value chooses among the page's, in the page's order: a comma-separated
 * list of ids, or of names and beginnings of names as before (a whole name chooses that contender
 * alone, `papaparse` every contender whose name begins so). All when the value is empty; an error
 * naming the ids when a part of it chooses nothing.
 */
export function selectContenders(only: string, pageNames: readonly string[]): string[] {
  const parts = only
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return [...pageNames];
  const chosen = new Set<string>();
  for (const part of parts) {
    const byId = benchContenders.find((contender) => contender.id === part)?.name;
    const matches = byId
      ? [byId]
      : pageNames.includes(part)
        ? [part]
        : pageNames.filter((name) => name.startsWith(part));
    const found = matches.filter((name) => pageNames.includes(name));
    if (found.length === 0)
      throw new Error(
        `--only: no contender "${part}"; choose among ${benchContenders.map((c) => c.id).join(", ")}`,
      );
    for (const name of found) chosen.add(name);
  }
  return pageNames.filter((name) => chosen.has(name));
}

/** The benchmark's usage and its contenders' ids, for `--help`. */
export function benchUsage(): string {
  const width = Math.max(...benchContenders.map((contender) => contender.id.length)) + 2;
  return [
    "usage: npm run bench -- [--sizes 64000,400000,1000000,4000000] [--runs 5] [--json FILE] [--only ID,…]",
    "",
    "--only chooses contenders by id (or, as before, by the beginning of their name):",
    ...benchContenders.map(({ id, name }) => `  ${id.padEnd(width)}${name}`),
  ].join("\n");
}
