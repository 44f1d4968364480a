// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { compileNotebook, instantiateNotebook } from "../../src/notebook/compile-notebook.ts";
import { runNotebook, withoutRunning } from "../../src/notebook/index.ts";

// The text of an inline expression as the notebook holds it (not a template of this file).
const inlineSource = ["$", '{ran.push("inline")}'].join("");

const turn = () => new Promise((resolve) => setTimeout(resolve, 5));

// Every way a notebook's text can run code: a cell, an expression cell, a chart cell, inline prose.
const hostile = [
  "---",
  "title: Proef",
  "---",
  "",
  `Inline: ${inlineSource}.`,
  "",
  "```js",
  "ran.push('cell');",
  "const x = 1;",
  "```",
  "",
  "```js id=chart",
  "(ran.push('expression'), x)",
  "```",
  "",
  "```js",
  "const broken = ;",
  "```",
  "",
].join("\n");

function start(notebook: ReturnType<typeof instantiateNotebook>) {
  const root = document.createElement("div");
  document.body.append(root);
  const ran: string[] = [];
  const run = runNotebook(notebook, root, { ran: () => ran });
  return { root, ran, run };
}

describe("withoutRunning", () => {
  it("runs nothing of the notebook and shows each cell's code and each inline expression's source", async () => {
    const notebook = instantiateNotebook(compileNotebook(hostile, "proef"));
    // The same notebook, run, does run all three: the test can see code that runs.
    const control = start(notebook);
    for (let i = 0; i < 50 && control.ran.length < 3; i++) await turn();
    expect([...control.ran].sort()).toEqual(["cell", "expression", "inline"]);
    control.run.dispose();

    const { root, ran, run } = start(withoutRunning(notebook));
    for (let i = 0; i < 20; i++) await turn();
    expect(ran).toEqual([]);
    const sources = [...root.querySelectorAll("pre.cell-source")].map((pre) => pre.textContent);
    const cells = notebook.blocks.filter((block) => block.kind === "cell");
    expect(sources).toEqual(cells.map((cell) => cell.source));
    expect(root.querySelector(".inline-cell")?.textContent).toBe(inlineSource);
    // A cell that did not compile still says why, as text.
    expect(root.querySelector(".cell-error-message")?.textContent).toMatch(/Unexpected token|SyntaxError/);
    run.dispose();
  });
});
