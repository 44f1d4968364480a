import { describe, expect, it } from "vitest";
import { chartIdOf, parseNotebook, serialize, setChartId } from "../../src/notebook/parse/index.ts";

const cellOf = (text: string) => parseNotebook(text).document.blocks[0];

describe("chartIdOf", () => {
  it("reads the id= of a cell's info string, quoted or not", () => {
    expect(chartIdOf(cellOf("```js id=mijn-grafiek echo\nx\n```\n"))).toBe("mijn-grafiek");
    expect(chartIdOf(cellOf('```js echo id="b-2"\nx\n```\n'))).toBe("b-2");
    expect(chartIdOf(cellOf("```js\nx\n```\n"))).toBe("");
    expect(chartIdOf({ kind: "prose", text: "id=x\n" })).toBe("");
  });
});

describe("setChartId", () => {
  const withId = (text: string, id: string) => {
    const { document } = parseNotebook(text);
    return serialize(setChartId(document, document.blocks[0].id, id));
  };

  it("adds, replaces and removes the id on the opening line only", () => {
    expect(withId("```js\nconst id=1;\n```\n", "nieuw")).toBe("```js id=nieuw\nconst id=1;\n```\n");
    expect(withId("```js id=oud echo\nx\n```\n", "nieuw")).toBe("```js id=nieuw echo\nx\n```\n");
    expect(withId('```js echo id="oud"\nx\n```\n', "nieuw")).toBe("```js echo id=nieuw\nx\n```\n");
    expect(withId("```js id=oud echo\nx\n```\n", "")).toBe("```js echo\nx\n```\n");
    expect(withId("```js\nx\n```\n", "")).toBe("```js\nx\n```\n");
  });

  it("gives a cell that the parser reads as a chart with that id", () => {
    const text = withId("Tekst.\n", "x");
    expect(text).toBe("Tekst.\n");
    const cell = parseNotebook(withId("```js echo\nPlot.plot({})\n```\n", "grafiek")).blocks[0];
    expect(cell).toMatchObject({ kind: "code", id: "grafiek", attributes: { echo: "" } });
  });
});
