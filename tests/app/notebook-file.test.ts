import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isNotebookFile, notebookFileLimit, readNotebookFile } from "../../src/app/notebook-file.ts";

const doxing = readFileSync(new URL("../../notebooks/doxing.md", import.meta.url));
const file = (content: BlobPart, name = "eigen.md", type = "") => new File([content], name, { type });

/** A notebook that reads (front matter and one line of prose), padded with spaces to `size` bytes. */
function notebookOfSize(size: number): string {
  const head = "---\ntitle: Proef\n---\n\nTekst.\n";
  return head + " ".repeat(size - head.length);
}

describe("isNotebookFile", () => {
  it("takes Markdown by its name or its type", () => {
    expect(isNotebookFile(file("", "a.md"))).toBe(true);
    expect(isNotebookFile(file("", "A.MARKDOWN"))).toBe(true);
    expect(isNotebookFile(file("", "notities", "text/markdown"))).toBe(true);
    expect(isNotebookFile(file("", "a.csv", "text/csv"))).toBe(false);
    expect(isNotebookFile(file("", "a.md.csv"))).toBe(false);
  });
});

describe("readNotebookFile", () => {
  it("opens a bundled notebook as it is", async () => {
    expect(await readNotebookFile(file(doxing, "doxing.md"), "nl")).toEqual({
      text: doxing.toString("utf8"),
    });
  });

  it("opens a file of exactly the limit, and says a larger one is too large, in the reader's format", async () => {
    const limit = notebookFileLimit;
    expect(await readNotebookFile(file(notebookOfSize(limit)), "nl")).toHaveProperty("text");
    const large = file(notebookOfSize(limit + 100_000), "groot.md");
    expect(await readNotebookFile(large, "nl")).toEqual({
      problem: "“groot.md” is niet geopend: het is 1,1 MB, een notebook mag hooguit 1 MB zijn.",
    });
    const english = await readNotebookFile(large, "en");
    expect("problem" in english && english.problem).toContain("1.1 MB");
  });

  it("does not open a file that is not Markdown, not UTF-8, or holds NUL", async () => {
    const problem = async (content: BlobPart, name = "eigen.md") => {
      const result = await readNotebookFile(file(content, name), "nl");
      return "problem" in result ? result.problem : "";
    };
    expect(await problem(doxing, "doxing.csv")).toMatch(
      /^“doxing.csv” is niet geopend: een notebook is een Markdown/,
    );
    expect(await problem(new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe]))).toMatch(
      /geen tekst in UTF-8/,
    );
    expect(await problem("---\ntitle: x\n---\n\u0000")).toMatch(/geen tekst in UTF-8/);
  });

  it("names what is wrong with front matter that does not read, without the engine's file name", async () => {
    const result = await readNotebookFile(file("---\ntitle: [niet af\n---\n\nTekst.\n", "kapot.md"), "nl");
    const problem = "problem" in result ? result.problem : "";
    expect(problem).toMatch(
      /^“kapot.md” is niet geopend: het voorwerk \(de YAML tussen de twee regels ---\) klopt niet: ./,
    );
    expect(problem).not.toContain("notebook.md");
  });
});
