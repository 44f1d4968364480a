import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { describe, expect, it } from "vitest";
import { compileCell } from "../../src/notebook/compile/index.ts";
import { compileNotebook } from "../../src/notebook/compile-notebook.ts";

// Golden compiler tests, as Observable Framework has them: each file in input/ (a cell's source, `.js`,
// or a notebook, `.md`) is compiled and compared with output/<name>.json. On a mismatch the actual
// output is written beside it as <name>-changed.json, to diff and, when the change is right, to copy over.
// Files named guarded-* are compiled as the browser compiles an edited notebook: with loop guards.
const input = "tests/notebook/golden/input";
const output = "tests/notebook/golden/output";

function compiled(file: string): unknown {
  const text = readFileSync(`${input}/${file}`, "utf8");
  const options = { loopGuards: file.startsWith("guarded-") };
  if (extname(file) === ".md") return compileNotebook(text, basename(file, ".md"), undefined, options);
  try {
    return compileCell(text.replace(/\n$/, ""), undefined, options);
  } catch (error) {
    return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

describe("golden compiler output", () => {
  const files = readdirSync(input).filter((file) => /\.(js|md)$/.test(file));

  it("has cases of both kinds", () => {
    expect(files.some((file) => file.endsWith(".js")) && files.some((file) => file.endsWith(".md"))).toBe(
      true,
    );
  });

  for (const file of files) {
    it(file, () => {
      const name = basename(file, extname(file));
      const actual = `${JSON.stringify(compiled(file), null, 2)}\n`;
      const expectedFile = `${output}/${name}.json`;
      const changedFile = `${output}/${name}-changed.json`;
      const expected = existsSync(expectedFile) ? readFileSync(expectedFile, "utf8") : null;
      if (actual === expected) {
        rmSync(changedFile, { force: true });
        return;
      }
      writeFileSync(changedFile, actual);
      expect.fail(`${file}: compiled output differs from ${expectedFile}; see ${changedFile}`);
    });
  }
});
