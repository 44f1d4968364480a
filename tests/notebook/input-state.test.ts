import { describe, expect, it } from "vitest";
import { InputState, isNameKey } from "../../src/notebook/input-state.ts";

/**
 * A stand-in for an input element: a value and "input" events. `accepts` says which values it takes;
 * others it ignores, refuses (throws) or replaces with its first option, as real inputs variously do.
 */
class Input<T> extends EventTarget {
  #value: T;
  constructor(
    value: T,
    private readonly accepts: (value: T) => boolean = () => true,
    private readonly otherwise: "ignore" | "throw" | "first" = "ignore",
    private readonly first?: T,
  ) {
    super();
    this.#value = value;
  }
  get value(): T {
    return this.#value;
  }
  set value(value: T) {
    if (this.accepts(value)) this.#value = value;
    else if (this.otherwise === "throw") throw new Error("invalid value");
    else if (this.otherwise === "first") this.#value = this.first as T;
  }
  /** The reader picks a value. */
  choose(value: T): void {
    this.#value = value;
    this.dispatchEvent(new Event("input"));
  }
}

const register = (state: InputState, keys: string[], input: Input<unknown>) =>
  state.register(keys, input as unknown as HTMLElement & { value: unknown });
const options = ["Brondocumenten en openbare bronnen", "Alleen brondocumenten"];
const offered = (value: unknown) => options.includes(value as string);

describe("InputState", () => {
  it("starts an input from the linked value it offers, and reports its value by the input's name", () => {
    const state = new InputState({ bronnen: options[1] });
    const input = new Input<unknown>(options[0], offered);
    register(state, ["bronnen", "c1"], input);
    expect(input.value).toBe(options[1]);
    expect(state.current()).toEqual({ bronnen: options[1] });
  });

  it("keeps the input's own value when the link's is not one it offers, however it refuses", () => {
    for (const otherwise of ["ignore", "throw", "first"] as const) {
      const state = new InputState({ bronnen: "<img src=x onerror=alert(1)>" });
      const input = new Input<unknown>(options[1], offered, otherwise, options[0]);
      register(state, ["bronnen"], input);
      expect(input.value, otherwise).toBe(options[1]);
      expect(state.current(), otherwise).toEqual({ bronnen: options[1] });
    }
  });

  it("reads a value back in the type the input holds, and ignores text of another type", () => {
    // A number input (2024) and a toggle (false), each given a linked text.
    const cases: [unknown, string, unknown][] = [
      [2024, "2025", 2025],
      [2024, "true", 2024],
      [2024, "abc", 2024],
      [2024, '"2025"', 2024],
      [2024, "[2025]", 2024],
      [false, "true", true],
      [false, "1", false],
    ];
    for (const [start, linked, expected] of cases) {
      const input = new Input<unknown>(start);
      register(new InputState({ key: linked }), ["key"], input);
      expect(input.value, linked).toBe(expected);
    }
    const state = new InputState({ jaar: "2025" });
    const input = new Input<unknown>(2024);
    register(state, ["jaar"], input);
    expect(state.current()).toEqual({ jaar: "2025" });
  });

  it("reads an old link's position key when the link has no name key, and prefers the name", () => {
    const old = new Input<unknown>(options[0], offered);
    register(new InputState({ c1: options[1] }), ["bronnen", "c1"], old);
    expect(old.value).toBe(options[1]);
    const both = new Input<unknown>(options[0], offered);
    register(new InputState({ c1: options[0], bronnen: options[1] }), ["bronnen", "c1"], both);
    expect(both.value).toBe(options[1]);
  });

  it("reports each change, and keeps the reader's choice when the cell runs again", () => {
    const seen: Record<string, string>[] = [];
    const state = new InputState({ bronnen: options[1] }, (current) => seen.push(current));
    const input = new Input<unknown>(options[0], offered);
    register(state, ["bronnen"], input);
    input.choose(options[0]);
    expect(seen).toEqual([{ bronnen: options[0] }]);
    // The cell runs again with a fresh input: the reader's choice wins over the link's.
    const again = new Input<unknown>(options[1], offered);
    register(state, ["bronnen"], again);
    expect(again.value).toBe(options[0]);
  });
});

describe("isNameKey", () => {
  it("takes variable names, not the link's own keys or position keys", () => {
    for (const name of ["bronnen", "jaar", "c", "c1x", "cx1", "datum"])
      expect(isNameKey(name), name).toBe(true);
    for (const name of ["d", "theme", "lang", "file", "c1", "c12-3", "", null, undefined])
      expect(isNameKey(name), String(name)).toBe(false);
  });
});
