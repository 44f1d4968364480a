import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/data/index.ts";

// Twenty numbers and one 3 MB word in the same column: the word is a problem, quoted in short.
const huge = "x".repeat(3_000_000);
const numbers = Array.from({ length: 20 }, (_, i) => `${i};${i * 10}`);
const hostile = `\u001b[31mjaar\u001b[0m;aantal;\u202egeheim\ufffe\n${numbers.map((line) => `${line};x`).join("\n")}\n21;${huge};x\n`;

describe("problems about huge values", () => {
  it("quote at most 120 characters of the value", () => {
    const reading = readCsv(hostile);
    const problem = reading.problems.find((p) => p.detail?.code === "misfit");
    expect(problem?.row).toBe(22);
    expect(problem?.message.length).toBeLessThan(200);
    expect(problem?.message).toContain("x".repeat(100));
    expect(JSON.stringify(reading.problems).length).toBeLessThan(2000);
  });
});

describe("npm run inspect", () => {
  it("prints a file's control characters escaped, never raw to the terminal", { timeout: 60_000 }, () => {
    const folder = mkdtempSync(join(tmpdir(), "blauw-inspect-"));
    const file = join(folder, "hostile.csv");
    writeFileSync(file, hostile);
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/inspect.ts", file], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain("\u001b");
    expect(run.stdout).toContain("\\u001b[31mjaar\\u001b[0m");
    // Right-to-left overrides and non-characters are escaped too: a name cannot reorder the report.
    expect(run.stdout).toContain("\\u202egeheim\\ufffe");
    expect(run.stdout).not.toContain("\u202e");
    expect(run.stdout.length).toBeLessThan(5000);
  });
});
