import { describe, expect, it } from "vitest";
import { cellFunction, compileCell } from "../../src/notebook/compile/index.ts";
import { unguardedColumn } from "../../src/notebook/guarded-column.ts";
import { LoopStopped, loopGuard, loopTurn, type TurnClock } from "../../src/notebook/loop-guard.ts";

// Every clock here is a fake one: time moves only when the test says so, never with the wall clock.

/** A clock that moves `step` ms each time the guard looks at it; turns end only when `endTurn()` is called. */
function steppingClock(step: number) {
  const state = { time: 0, looks: 0, ends: [] as (() => void)[] };
  const clock: TurnClock = {
    now: () => {
      state.looks++;
      state.time += step;
      return state.time;
    },
    afterTurn: (end) => state.ends.push(end),
  };
  const endTurn = () => {
    for (const end of state.ends.splice(0)) end();
  };
  return { state, clock, endTurn };
}

const text = (seconds: number, line: number) => `stopped after ${seconds} s at line ${line}`;

function guarded(source: string) {
  return compileCell(source, undefined, { loopGuards: true });
}

function stopOf(run: () => unknown): LoopStopped {
  try {
    run();
  } catch (error) {
    if (error instanceof LoopStopped) return error;
    throw error;
  }
  throw new Error("the loop was not stopped");
}

describe("a guarded loop", () => {
  it("is stopped once its turn has run past the limit, with the loop's line in the cell", () => {
    const { state, clock } = steppingClock(1);
    const guard = loopGuard({ turn: loopTurn(clock), limitSeconds: 3, text });
    const cell = guarded("let n = 0;\nwhile (true) {}");
    const stop = stopOf(() => cellFunction(cell, guard)());
    expect(stop.line).toBe(2);
    expect(stop.seconds).toBe(3);
    expect(stop.message).toBe(text(3, 2));
    // The first look starts the turn; the loop is stopped at the first look past 3,000 ms after it.
    const elapsed = state.time - 1;
    expect(elapsed).toBeGreaterThan(3000);
    expect(elapsed).toBeLessThanOrEqual(3000 + 1);
  });

  it("looks at the clock once every few thousand iterations of a tight loop", () => {
    let iterations = 0;
    // A fast loop: ten million iterations a second, as the clock sees it.
    const clock: TurnClock = { now: () => iterations / 10_000, afterTurn: () => {} };
    let looks = 0;
    const counted: TurnClock = {
      ...clock,
      now: () => {
        looks++;
        return clock.now();
      },
    };
    const guard = loopGuard({ turn: loopTurn(counted), limitSeconds: 0.1, text });
    const tick = () => {
      iterations++;
    };
    const cell = guarded("for (;;) tick();");
    expect(cell.inputs).toEqual(["tick"]);
    stopOf(() => cellFunction(cell, guard)(tick));
    expect(iterations).toBeGreaterThanOrEqual(0.1 * 10_000_000);
    expect(iterations / looks).toBeGreaterThan(1000);
  });

  it("stops a loop with slow iterations within one iteration of the limit", () => {
    let time = 0;
    const guard = loopGuard({
      turn: loopTurn({ now: () => time, afterTurn: () => {} }),
      limitSeconds: 3,
      text,
    });
    const slow = () => {
      time += 400;
    };
    const stop = stopOf(() => cellFunction(guarded("let i = 0;\ndo slow(); while (++i)"), guard)(slow));
    expect(stop.line).toBe(2);
    expect(time).toBeGreaterThan(3000);
    expect(time).toBeLessThanOrEqual(3000 + 2 * 400);
  });

  it("is stopped again by the loop around it when the cell catches the stop", () => {
    const { clock } = steppingClock(1);
    const guard = loopGuard({ turn: loopTurn(clock), limitSeconds: 3, text });
    const cell = guarded("while (true) {\n  try {\n    while (true) {}\n  } catch {}\n}");
    expect(stopOf(() => cellFunction(cell, guard)()).line).toBe(1);
  });

  it("in a function the cell declares is guarded too, when called later from elsewhere", () => {
    const { clock, endTurn } = steppingClock(1);
    const guard = loopGuard({ turn: loopTurn(clock), limitSeconds: 3, text });
    const cell = guarded("function spin() {\n  let i = 0;\n  while (true) i++;\n}");
    const { spin } = cellFunction(cell, guard)() as { spin: () => void };
    endTurn();
    const stop = stopOf(spin);
    expect(stop.line).toBe(3);
  });

  it("starts counting afresh in every turn, so short loops in many turns are never stopped", () => {
    const { state, clock, endTurn } = steppingClock(100);
    const guard = loopGuard({ turn: loopTurn(clock), limitSeconds: 3, text });
    const count = cellFunction(guarded("let n = 0;\nfor (let i = 0; i < 10; i++) n++;"), guard);
    for (let turn = 0; turn < 100; turn++) {
      count();
      endTurn();
    }
    // Ten looks a turn at 100 ms each: far past the limit in all, never in one turn.
    expect(state.time).toBeGreaterThan(10 * 3000);
  });
});

describe("a generator cell that loops forever", () => {
  const source =
    "(async function* () {\n  let i = 0;\n  while (true) {\n    yield i++;\n    await pause();\n  }\n})()";

  it("runs on past the limit when each value waits for the page (a new turn)", async () => {
    const clock = { time: 0 };
    // As on the page: a turn ends when a task of its own can run (here a timer, there a message).
    const turn = loopTurn({ now: () => clock.time, afterTurn: (end) => setTimeout(end, 0) });
    const guard = loopGuard({ turn, limitSeconds: 3, text });
    // A second goes by between two values, as with `await Promises.delay(1000)`.
    const pause = () =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          clock.time += 1000;
          resolve();
        }, 0),
      );
    const generator = cellFunction(guarded(source), guard)(pause) as AsyncGenerator<number>;
    const values: number[] = [];
    for (let i = 0; i < 10; i++) values.push((await generator.next()).value);
    expect(values).toEqual([...Array(10).keys()]);
    // A second between two values: nine seconds in all, three times the limit.
    expect(clock.time).toBe((values.length - 1) * 1000);
    expect(clock.time).toBeGreaterThanOrEqual(3 * 3000);
    await generator.return(undefined);
  });

  it("is stopped when it never gives the page back (awaiting only promises already resolved)", async () => {
    const clock = { time: 0 };
    const turn = loopTurn({ now: () => clock.time, afterTurn: (end) => setTimeout(end, 0) });
    const guard = loopGuard({ turn, limitSeconds: 3, text });
    const pause = () => {
      clock.time += 1000;
      return Promise.resolve();
    };
    const generator = cellFunction(guarded(source), guard)(pause) as AsyncGenerator<number>;
    const values: number[] = [];
    const stopped = await (async () => {
      for (let i = 0; i < 10; i++) values.push((await generator.next()).value);
    })().catch((error: unknown) => error);
    expect(stopped).toBeInstanceOf(LoopStopped);
    expect((stopped as LoopStopped).line).toBe(3);
    // A value a second in one turn: the fourth second is past the limit.
    expect(values.length).toBeLessThan(10);
    expect(clock.time).toBeGreaterThan(3000);
  });
});

describe("positions in a guarded cell", () => {
  it("keeps every line where it was, and maps a column after a guard back to the cell's own", () => {
    const source = [
      "let s = 0;",
      "for (const x of xs) { s += x; first(); } second();",
      "while (s < 3) s++; third();",
      "do { s--; } while (s > 0); fourth();",
    ].join("\n");
    const cell = guarded(source);
    const guards = cell.loopGuard;
    if (!guards) throw new Error("no loop guards");
    const compiled = cell.body.split("\n");
    const lines = source.split("\n");
    expect(compiled.length).toBe(lines.length + 1);
    for (const [line, name] of [
      [2, "first"],
      [2, "second"],
      [3, "third"],
      [4, "fourth"],
    ] as const) {
      const compiledColumn = compiled[line - 1].indexOf(`${name}(`) + 1;
      const sourceColumn = lines[line - 1].indexOf(`${name}(`) + 1;
      expect(compiledColumn).toBeGreaterThan(sourceColumn);
      expect(unguardedColumn(guards.inserted, line, compiledColumn)).toBe(sourceColumn);
    }
    // Before the first guard on a line nothing moves; on a line without a loop, nothing either.
    expect(unguardedColumn(guards.inserted, 2, 1)).toBe(1);
    expect(unguardedColumn(guards.inserted, 1, 5)).toBe(5);
  });
});

describe("loop guards are asked for", () => {
  it("and not given to cells compiled without them (as the build compiles bundled notebooks)", () => {
    const cell = compileCell("while (x) {}");
    expect(cell.body).toBe("while (x) {}");
    expect(cell.loopGuard).toBeUndefined();
  });
});
