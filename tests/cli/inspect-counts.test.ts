import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { implausible47008, implausible47013, writeLong, writeOdata } from "../fixtures/cbs-synthetic.ts";

const inspect = (text: string, ...flags: string[]) => {
  const folder = mkdtempSync(join(tmpdir(), "blauw-inspect-counts-"));
  const file = join(folder, "export.csv");
  writeFileSync(file, text);
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/inspect.ts", file, ...flags], {
    encoding: "utf8",
  });
  expect(run.status).toBe(0);
  return run.stdout;
};

/** The 1-based lines of a text that contain all of the given pieces. */
const linesWith = (text: string, ...pieces: string[]) =>
  text.split("\n").flatMap((line, i) => (pieces.every((piece) => line.includes(piece)) ? [i + 1] : []));

describe("npm run inspect on CBS exports with counts that cannot be right", () => {
  it("lists them as problems with row and column for a 47008NED OData file", { timeout: 60_000 }, () => {
    const text = writeOdata(implausible47008().table);
    const { problems } = JSON.parse(inspect(text, "--json")) as {
      problems: { row: number; column: string; message: string }[];
    };
    const negative = linesWith(text, '"NL01  ",2022JJ00,')[0];
    const over = linesWith(text, '"NL01  ",2024MM02,')[0];
    const region = linesWith(text, '"RE01  ",2024MM01,')[0];
    const country = linesWith(text, '"NL01  ",2024MM01,')[0];
    expect(problems.map((p) => [p.row, p.column])).toEqual(
      [
        [negative, "Reactietijd0Tot15Minuten_3"],
        [region, "Totaal_2"],
        [over, "Reactietijd0Tot15Minuten_3"],
      ].sort((a, b) => Number(a[0]) - Number(b[0])),
    );
    expect(problems.find((p) => p.row === negative)?.message).toMatch(
      /^-\d[\d,]* cannot be right: a count is never negative/,
    );
    expect(problems.find((p) => p.row === region)?.message).toContain(`row ${country} (NL01, 2024-01)`);
  });

  it("says so in its text for a 47013NED long export", { timeout: 60_000 }, () => {
    const text = writeLong(implausible47013().table);
    const out = inspect(text);
    expect(out).toContain("CBS table: 47013NED");
    const row = linesWith(text, '"2023 maart";"Groningen (PV)";')[0];
    expect(out).toContain(`row ${row}, column "Internetaangiften (aantal)": `);
    expect(out).toContain("problems: 2");
  });
});
