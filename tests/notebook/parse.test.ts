import { describe, expect, it } from "vitest";
import { compileNotebook, notebookModule } from "../../src/notebook/compile-notebook.ts";
import { parseInfo, parseNotebook, slugify, splitFrontMatter } from "../../src/notebook/parse/index.ts";

const notebook = `---
title: Proef
summary: Een kleine notebook
sources:
  - seeds/kamerbrief-politie-maart-2026.md#inhoud
order: 2
---

# Kop

Tekst met <script>alert(1)</script> en [een link](javascript:alert(1)).

## Eerste deel {#deel-een}

\`\`\`js
const x = 1;
\`\`\`

## Café & co

\`\`\`js id=mijn-grafiek
x + 1
\`\`\`

\`\`\`csv
a,b
\`\`\`

\`\`\`js id=Fout_Id
x
\`\`\`
`;

describe("front matter", () => {
  it("splits YAML from the body and says on which line the body starts", () => {
    const { data, body, bodyLine } = splitFrontMatter("---\ntitle: A\n---\nhello\n");
    expect(data).toEqual({ title: "A" });
    expect(body).toBe("hello\n");
    expect(bodyLine).toBe(4);
  });

  it("names the file when the YAML is broken", () => {
    expect(() => splitFrontMatter("---\ntitle: [a\n---\n", "x.md")).toThrow(
      /x\.md: front matter is not valid YAML/,
    );
  });
});

describe("info strings", () => {
  it("reads language and attributes", () => {
    expect(parseInfo("js id=share-within-15-minutes echo")).toEqual({
      language: "js",
      attributes: { id: "share-within-15-minutes", echo: "" },
    });
    expect(parseInfo('JS id="a-b"').attributes.id).toBe("a-b");
  });
});

describe("parseNotebook", () => {
  const parsed = parseNotebook(notebook);

  it("renders prose with raw HTML escaped and unsafe links dropped", () => {
    const html = parsed.blocks.flatMap((b) => (b.kind === "prose" ? [b.html] : [])).join("\n");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>");
    expect(html).not.toContain('href="javascript:');
  });

  it("gives headings explicit or slugged anchors", () => {
    expect(parsed.headings).toEqual([
      { level: 1, text: "Kop", anchor: "kop" },
      { level: 2, text: "Eerste deel", anchor: "deel-een" },
      { level: 2, text: "Café & co", anchor: "cafe-co" },
    ]);
    const html = parsed.blocks.flatMap((b) => (b.kind === "prose" ? [b.html] : [])).join("\n");
    expect(html).toContain('<h2 id="deel-een">Eerste deel</h2>');
  });

  it("turns js fences into cells with their file line and chart id; other fences stay prose", () => {
    const cells = parsed.blocks.filter((b) => b.kind === "code");
    expect(cells.map((c) => [c.index, c.id, c.line, c.source])).toEqual([
      [0, undefined, 16, "const x = 1;"],
      [1, "mijn-grafiek", 22, "x + 1"],
      [2, undefined, 30, "x"],
    ]);
    expect(cells[2].problem).toMatch(/kebab-case/);
    expect(parsed.blocks.some((b) => b.kind === "prose" && b.html.includes("language-csv"))).toBe(true);
  });

  it("slugifies Dutch headings without diacritics", () => {
    expect(slugify("Planning financiële opgave politie")).toBe("planning-financiele-opgave-politie");
  });
});

describe("compileNotebook", () => {
  const compiled = compileNotebook(notebook, "proef");

  it("normalises the front matter", () => {
    expect(compiled.meta).toMatchObject({
      slug: "proef",
      title: "Proef",
      order: 2,
      sources: ["seeds/kamerbrief-politie-maart-2026.md#inhoud"],
    });
  });

  it("compiles good cells and keeps a bad id as an error in place", () => {
    const cells = compiled.blocks.filter((b) => b.kind === "cell");
    expect(cells[1]).toMatchObject({ id: "mijn-grafiek", inputs: ["x"], expression: true });
    expect(cells[2]).toMatchObject({ error: expect.stringMatching(/^SyntaxError: chart id "Fout_Id"/) });
  });

  it("emits a module whose cell bodies are functions", async () => {
    const code = notebookModule(compiled);
    const module = await import(`data:text/javascript,${encodeURIComponent(code)}`);
    const cell = module.default.blocks.find((b: { id?: string }) => b.id === "mijn-grafiek");
    expect(cell.body(41)).toBe(42);
  });
});
