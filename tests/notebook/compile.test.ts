import { describe, expect, it } from "vitest";
import { CellSyntaxError, cellFunction, compileCell } from "../../src/notebook/compile/index.ts";

describe("compileCell", () => {
  it("reads an expression cell as one expression whose value is shown", () => {
    const cell = compileCell("Plot.plot({ marks: [Plot.dot(rows, { x: 'a' })] })");
    expect(cell.expression).toBe(true);
    expect(cell.inputs).toEqual(["Plot", "rows"]);
    expect(cell.outputs).toEqual([]);
    expect(cellFunction(cell)({ plot: (o: unknown) => o, dot: () => "dot" }, [])).toEqual({ marks: ["dot"] });
  });

  it("reads braces alone as an object literal, and `expr;` as a program", () => {
    expect(compileCell("{a: 1}").expression).toBe(true);
    expect(cellFunction(compileCell("{a: 1}"))()).toEqual({ a: 1 });
    const statement = compileCell("1 + 2;");
    expect(statement.expression).toBe(false);
    expect(cellFunction(statement)()).toBeUndefined();
  });

  it("lists top-level declarations of every kind, including destructuring", () => {
    const cell = compileCell(
      "const {a, b: [c, ...d]} = obj;\nlet e = 1, f;\nvar g;\nfunction h() {}\nclass K {}",
    );
    expect(cell.outputs).toEqual(["a", "c", "d", "e", "f", "g", "h", "K"]);
    expect(cell.inputs).toEqual(["obj"]);
    const values = cellFunction(cell)({ a: 1, b: [2, 3, 4] }) as Record<string, unknown>;
    expect(values.a).toBe(1);
    expect(values.c).toBe(2);
    expect(values.d).toEqual([3, 4]);
  });

  it("does not count names bound inside functions, blocks, loops or catch clauses as inputs", () => {
    const cell = compileCell(
      [
        "function total(list, start = base) { let sum = start; for (const x of list) sum += x; return sum; }",
        "const arrow = (p) => p * factor;",
        "try { risky(); } catch (error) { console.log(error); }",
        "{ const inner = 1; use(inner); }",
        "const o = { shorthand, key: value }; o.member.deep;",
      ].join("\n"),
    );
    expect(cell.inputs).toEqual(["base", "factor", "risky", "use", "shorthand", "value"]);
  });

  it("keeps the language's own globals out of the inputs", () => {
    expect(compileCell("Math.max(...values.map(Number)) + JSON.stringify(x)").inputs).toEqual([
      "values",
      "x",
    ]);
  });

  it("sees top-level await, but not await inside an async function", () => {
    expect(compileCell("const t = await data('x');").async).toBe(true);
    expect(compileCell("for await (const chunk of stream) {}").async).toBe(true);
    expect(compileCell("const load = async () => await fetch(u);").async).toBe(false);
  });

  it("runs an async cell and returns its declarations", async () => {
    const cell = compileCell("const table = await load();\nconst n = table.length;");
    expect(cell.inputs).toEqual(["load"]);
    await expect(cellFunction(cell)(async () => [1, 2, 3])).resolves.toEqual({ table: [1, 2, 3], n: 3 });
  });

  it("rejects assignment to another cell's variable", () => {
    expect(() => compileCell("count = 2")).toThrow(/Assignment to external variable 'count'/);
    expect(() => compileCell("count++")).toThrow(/Assignment to external variable 'count'/);
    expect(compileCell("let count = 0; count++;").outputs).toEqual(["count"]);
  });

  it("reports a syntax error at its line and column in the notebook file", () => {
    let error: unknown;
    try {
      compileCell("const a = 1;\nconst broken = (1 +;", { line: 40 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CellSyntaxError);
    expect((error as CellSyntaxError).line).toBe(41);
    expect((error as CellSyntaxError).column).toBe(20);
    expect((error as Error).message).toMatch(/^Unexpected token \(41:20\)$/);
  });
});
