// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import {
  compileDocument,
  compileNotebook,
  instantiateNotebook,
} from "../../src/notebook/compile-notebook.ts";
import { type NotebookRun, runNotebook, type Stdlib } from "../../src/notebook/index.ts";
import { editBlock, parseNotebook, serialize } from "../../src/notebook/parse/index.ts";
import type { Block } from "../../src/notebook/types.ts";

/** Compiles notebook text as the build does, and compiles one more cell for a redefinition. */
function compile(text: string) {
  return instantiateNotebook(compileNotebook(text, "proef"));
}
function cell(source: string, info = ""): Block {
  const block = compile(`\`\`\`js${info ? ` ${info}` : ""}\n${source}\n\`\`\`\n`).blocks[0];
  if (block.kind !== "cell") throw new Error("not a cell");
  return block;
}

const turn = () => new Promise((resolve) => setTimeout(resolve, 1));

/** Waits until the page shows what a test expects next (the assertion after it says what was missed). */
async function until(condition: () => boolean): Promise<void> {
  for (let turns = 0; turns < 3000 && !condition(); turns++) await turn();
}

function start(text: string, stdlib: Stdlib = {}, options = {}) {
  const root = document.createElement("div");
  document.body.append(root);
  const runs: Record<string, number> = {};
  const run = runNotebook(compile(text), root, { runs: () => runs, ...stdlib }, options);
  const byId = (id: string) => run.handles.get(id)?.element as HTMLElement;
  const idOf = (run: NotebookRun, source: string) =>
    [...run.handles].find(
      ([, handle]) => handle.block.kind === "cell" && handle.block.source === source,
    )?.[0] ?? "";
  return { root, runs, run, byId, idOf: (source: string) => idOf(run, source) };
}

const counted = [
  "```js",
  "const a = 1;",
  "```",
  "",
  "```js",
  "runs.b = (runs.b ?? 0) + 1;",
  "const b = a * 2;",
  "```",
  "",
  "```js",
  "runs.c = (runs.c ?? 0) + 1;",
  "const c = 3;",
  "```",
  "",
  "```js id=shown",
  "b + c",
  "```",
  "",
].join("\n");

describe("one handle per block", () => {
  it("keeps every block by its stable id, in the page's order", async () => {
    const { root, run, byId } = start(`# Kop\n\n${counted}`);
    await until(() => byId("chart:shown").textContent === "5");
    const ids = [...run.handles.keys()];
    expect(ids).toContain("chart:shown");
    expect(ids.map((id) => run.handles.get(id)?.element)).toEqual([...root.children]);
  });

  it("re-runs a redefined cell and the cells that read it, and no other", async () => {
    const { runs, run, byId, idOf } = start(counted);
    await until(() => byId("chart:shown").textContent === "5");
    expect(runs).toEqual({ b: 1, c: 1 });
    run.redefine(idOf("const a = 1;"), cell("const a = 10;"));
    await until(() => byId("chart:shown").textContent === "23");
    expect(byId("chart:shown").textContent).toBe("23");
    expect(runs).toEqual({ b: 2, c: 1 });
  });

  it("lets a redefined cell declare other names: readers of a name it dropped fail, in their own cell", async () => {
    const { run, byId, idOf } = start(counted);
    await until(() => byId("chart:shown").textContent === "5");
    const a = idOf("const a = 1;");
    const b = byId(idOf("runs.b = (runs.b ?? 0) + 1;\nconst b = a * 2;"));
    run.redefine(a, cell("const z = 1;"));
    await until(() => /a is not defined/.test(b.textContent ?? ""));
    expect(b.textContent).toMatch(/a is not defined/);
    expect(byId("chart:shown").classList.contains("cell-error")).toBe(true);
    run.redefine(a, cell("const a = 2;\nconst z = 1;"));
    await until(() => byId("chart:shown").textContent === "7");
    expect(byId("chart:shown").textContent).toBe("7");
    expect(b.classList.contains("cell-error")).toBe(false);
  });

  it("defines a new block before another, and deletes one with its element and variables", async () => {
    const { run, byId, idOf } = start(counted);
    await until(() => byId("chart:shown").textContent === "5");
    const extra = { ...cell("c * 100"), blockId: "js:new" };
    run.define(extra, "chart:shown");
    await until(() => byId("js:new").textContent === "300");
    expect(byId("js:new").nextElementSibling).toBe(byId("chart:shown"));
    expect(byId("js:new").textContent).toBe("300");
    const cId = idOf("runs.c = (runs.c ?? 0) + 1;\nconst c = 3;");
    const element = byId(cId);
    run.delete(cId);
    await until(() => /c is not defined/.test(byId("js:new").textContent ?? ""));
    expect(run.handles.has(cId)).toBe(false);
    expect(element.isConnected).toBe(false);
    expect(byId("js:new").textContent).toMatch(/c is not defined/);
  });

  it("never lets a slow earlier run write into a cell that has been redefined since", async () => {
    const gates: ((value: string) => void)[] = [];
    const gate = () => () => new Promise<string>((resolve) => gates.push(resolve));
    const { run, byId } = start("```js id=slow\ndisplay(await gate());\n```\n", { gate });
    await until(() => gates.length === 1);
    // The runtime starts the new run once the old one has ended; the old one must not show its value.
    run.redefine("chart:slow", cell("display(await gate());", "id=slow"));
    gates[0]("old");
    await until(() => gates.length === 2);
    gates[1]("new");
    await until(() => byId("chart:slow").textContent !== "");
    await turn();
    expect(byId("chart:slow").textContent).toBe("new");
    expect(byId("chart:slow").classList.contains("cell-error")).toBe(false);
  });

  it("never lets work an earlier run left behind write into the cell after it ran again", async () => {
    const gates: ((value: string) => void)[] = [];
    const gate = () => () => new Promise<string>((resolve) => gates.push(resolve));
    const source = "gate().then((value) => display(value));";
    const { run, byId } = start(`\`\`\`js id=late\n${source}\n\`\`\`\n`, { gate });
    await until(() => gates.length === 1);
    run.redefine("chart:late", cell(source, "id=late"));
    await until(() => gates.length === 2);
    gates[1]("new");
    await until(() => byId("chart:late").textContent !== "");
    gates[0]("old");
    await turn();
    await turn();
    expect(byId("chart:late").textContent).toBe("new");
  });
});

describe("an edit, end to end", () => {
  it("parses, edits one block, writes the file back, compiles it and redefines only that block", async () => {
    const text = `---\ntitle: Proef\n---\n\n# Kop\n\n${counted}`;
    const { runs, run, byId } = start(text);
    await until(() => byId("chart:shown").textContent === "5");
    const { document } = parseNotebook(text);
    const a = document.blocks.find((block) => block.kind === "code" && block.text.includes("const a = 1;"));
    if (!a) throw new Error("no cell a");
    const changed = editBlock(document, a.id, "const a = 4;");
    // Compiled from the edited document, the block keeps the id the page runs it under.
    const block = instantiateNotebook(compileDocument(changed, "proef")).blocks.find(
      (candidate) => candidate.blockId === a.id,
    );
    expect(block).toBeDefined();
    run.redefine(a.id, block as Block);
    await until(() => byId("chart:shown").textContent === "11");
    expect(byId("chart:shown").textContent).toBe("11");
    expect(runs).toEqual({ b: 2, c: 1 });
    expect(serialize(changed).replace("const a = 4;", "const a = 1;")).toBe(text);
  });
});

describe("what Observable users expect", () => {
  it("shows display(x) once when it is the whole cell", async () => {
    const { byId } = start("```js id=once\ndisplay(41 + 1)\n```\n");
    await until(() => byId("chart:once").textContent !== "");
    await turn();
    expect(byId("chart:once").querySelectorAll(".cell-value")).toHaveLength(1);
    expect(byId("chart:once").textContent).toBe("42");
  });

  it("declares f from a cell holding only `function f() {}`, and K from `class K {}`", async () => {
    const { byId } = start(
      "```js\nfunction f() { return 2; }\n```\n\n```js\nclass K { static n = 3; }\n```\n\n```js id=use\nf() * K.n\n```\n",
    );
    await until(() => byId("chart:use").textContent !== "");
    expect(byId("chart:use").textContent).toBe("6");
  });

  it("shows an import as an error in its cell, and runs the rest", async () => {
    const { byId, run } = start("```js\nimport { csv } from 'd3';\n```\n\n```js id=fine\n1 + 1\n```\n");
    await until(() => byId("chart:fine").textContent !== "");
    const broken = [...run.handles.values()].find((handle) =>
      handle.element.classList.contains("cell-error"),
    );
    expect(broken?.element.textContent).toMatch(/^SyntaxError: import is not allowed in a cell/);
    expect(byId("chart:fine").textContent).toBe("2");
  });

  it("shows a run=false cell's code and does not run it; echo shows the code above the output", async () => {
    const { runs, byId } = start(
      "```js id=never run=false\nruns.never = 1;\n```\n\n```js id=echoed echo\nruns.echoed = 1;\ndisplay('out');\n```\n",
    );
    await until(() => byId("chart:echoed").querySelector(".cell-value") !== null);
    expect(runs).toEqual({ echoed: 1 });
    expect(byId("chart:never").textContent).toBe("runs.never = 1;");
    expect(byId("chart:never").querySelector("pre.cell-source")).not.toBeNull();
    const echoed = byId("chart:echoed");
    expect([...echoed.children].map((child) => [child.className, child.textContent])).toEqual([
      ["cell-source", "runs.echoed = 1;\ndisplay('out');"],
      ["cell-value", "out"],
    ]);
  });

  // The notebook's own `${…}` syntax, written in plain strings on purpose.
  const dollar = "$";
  it(`shows an inline ${dollar}{…} in prose as its live value, as text and never as HTML`, async () => {
    const { root, run, idOf } = start(
      `There are ${dollar}{count + 1} cells; ${dollar}{'<img src=x onerror=alert(1)>'} stays text.\n\n\`\`\`js\nconst count = 2;\n\`\`\`\n`,
    );
    const prose = root.querySelector(".prose") as HTMLElement;
    await until(() => /3/.test(prose.textContent ?? ""));
    expect(prose.textContent).toBe("There are 3 cells; <img src=x onerror=alert(1)> stays text.");
    expect(prose.querySelector("img")).toBeNull();
    run.redefine(idOf("const count = 2;"), cell("const count = 41;"));
    await until(() => /42/.test(prose.textContent ?? ""));
    expect(prose.textContent).toMatch(/^There are 42 cells/);
  });
});

describe("inputs in links", () => {
  const notebook =
    "```js\nconst bronnen = view(field('a'));\n```\n\n```js\nconst [kale] = [view(field('x'))];\n```\n\n```js id=out\nbronnen + kale\n```\n";
  const field = () => (value: string) => {
    const input = document.createElement("input");
    input.value = value;
    return input;
  };

  it("keys an input by the name it is declared as, and one without a name by its cell's position", async () => {
    const { run, byId } = start(notebook, { field });
    await until(() => byId("chart:out").textContent !== "");
    expect(run.state()).toEqual({ bronnen: "a", c1: "x" });
  });

  it("starts from a linked value by name, or from an old link's position key", async () => {
    const named = start(notebook, { field }, { state: { bronnen: "b", c0: "old" } });
    await until(() => named.byId("chart:out").textContent !== "");
    expect(named.run.state()).toEqual({ bronnen: "b", c1: "x" });
    const old = start(notebook, { field }, { state: { c0: "old", c1: "y" } });
    await until(() => old.byId("chart:out").textContent !== "");
    expect(old.run.state()).toEqual({ bronnen: "old", c1: "y" });
    expect(old.byId("chart:out").textContent).toBe("oldy");
  });

  it("gives a linked value to an input only as a value: a link cannot put code into a cell", async () => {
    const code = "<img src=x onerror=alert(1)>";
    const { root, run, byId } = start(
      notebook,
      { field },
      // `kale` is no view name (position keys it) and `out`/`bronnen + 1` are no inputs at all.
      { state: { bronnen: code, kale: "alert(1)", out: "1", "chart:out": "2" } },
    );
    await until(() => byId("chart:out").textContent !== "");
    expect(run.state()).toEqual({ bronnen: code, c1: "x" });
    expect(byId("chart:out").textContent).toBe(`${code}x`);
    expect(root.querySelector("img")).toBeNull();
    for (const handle of run.handles.values())
      if (handle.block.kind === "cell") expect(handle.block.source).not.toContain("alert");
  });

  it("keeps the value the reader chose when the input's cell is redefined", async () => {
    const { root, run, idOf, byId } = start(notebook, { field });
    await until(() => byId("chart:out").textContent === "ax");
    const input = root.querySelector("input") as HTMLInputElement;
    input.value = "chosen";
    input.dispatchEvent(new Event("input"));
    await until(() => byId("chart:out").textContent === "chosenx");
    const id = idOf("const bronnen = view(field('a'));");
    run.redefine(id, cell("const bronnen = view(field('other default'));"));
    await until(() => run.handles.get(id)?.element.querySelector("input") !== input);
    expect(run.handles.get(id)?.element.querySelector("input")).not.toBe(input);
    expect(run.state().bronnen).toBe("chosen");
    expect(byId("chart:out").textContent).toBe("chosenx");
  });
});
