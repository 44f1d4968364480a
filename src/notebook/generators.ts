/**
 * Push-based async generators for reactive values: the runtime re-runs every cell that depends on
 * a generator each time it yields.
 */
export function observe<T>(
  initialize: (change: (value: T) => void) => (() => void) | undefined,
): AsyncGenerator<T> {
  const queue: T[] = [];
  let wake: (() => void) | null = null;
  let done = false;
  const dispose = initialize((value) => {
    queue.push(value);
    if (wake) {
      wake();
      wake = null;
    }
  });
  async function* generate(): AsyncGenerator<T> {
    try {
      while (!done) {
        if (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        // Only the latest value matters to a reactive cell: skip values superseded while waiting.
        if (queue.length > 0) yield queue.splice(0).pop() as T;
      }
    } finally {
      done = true;
      dispose?.();
    }
  }
  return generate();
}

/** The current value of an input element, then a new value each time it fires `input`. */
export function inputValue<T>(element: HTMLElement & { value: T }): AsyncGenerator<T> {
  return observe<T>((change) => {
    const listener = () => change(element.value);
    change(element.value);
    element.addEventListener("input", listener);
    return () => element.removeEventListener("input", listener);
  });
}

/** The width of an element in CSS pixels, then again each time it changes. */
export function elementWidth(element: Element): AsyncGenerator<number> {
  return observe<number>((change) => {
    let last = -1;
    const measure = () => {
      const width = Math.floor(element.getBoundingClientRect().width);
      if (width > 0 && width !== last) {
        last = width;
        change(width);
      }
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  });
}
