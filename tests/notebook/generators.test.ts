import { describe, expect, it } from "vitest";
import { inputValue, observe } from "../../src/notebook/generators.ts";

describe("observe", () => {
  it("yields the latest value only, waits for the next, and disposes when the reader stops", async () => {
    let change: (value: number) => void = () => {};
    let disposed = 0;
    const values = observe<number>((push) => {
      change = push;
      return () => disposed++;
    });
    change(1);
    change(2);
    change(3);
    expect(await values.next()).toEqual({ value: 3, done: false });
    const next = values.next();
    let settled = false;
    void next.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    change(4);
    expect(await next).toEqual({ value: 4, done: false });
    expect(disposed).toBe(0);
    await values.return(undefined);
    expect(disposed).toBe(1);
    change(5);
    expect(await values.next()).toEqual({ value: undefined, done: true });
  });
});

describe("inputValue", () => {
  it("gives the input's value now, then on each input event, and stops listening when done", async () => {
    // An event target with a value: the part of an input element inputValue uses.
    const element = Object.assign(new EventTarget(), { value: "a" }) as unknown as HTMLElement & {
      value: string;
    };
    let listeners = 0;
    const add = element.addEventListener.bind(element);
    const remove = element.removeEventListener.bind(element);
    element.addEventListener = (...args: Parameters<typeof add>) => {
      listeners++;
      add(...args);
    };
    element.removeEventListener = (...args: Parameters<typeof remove>) => {
      listeners--;
      remove(...args);
    };
    const values = inputValue(element);
    expect((await values.next()).value).toBe("a");
    element.value = "b";
    element.dispatchEvent(new Event("input"));
    expect((await values.next()).value).toBe("b");
    expect(listeners).toBe(1);
    await values.return(undefined);
    expect(listeners).toBe(0);
  });
});
