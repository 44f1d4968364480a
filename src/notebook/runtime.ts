import { type Definition, type Module, Runtime } from "@observablehq/runtime";
import { toNode } from "./display.ts";
import { inputValue } from "./generators.ts";
import type { CellBlock, CompiledNotebook } from "./types.ts";

/** Lazily computed values every cell can reference by name (Plot, d3, data, width …). */
export type Stdlib = Record<string, Definition>;

/** What a running notebook hands back: its cell elements, and a way to stop it. */
export interface NotebookRun {
  cells: Map<number, HTMLElement>;
  /** The current value of each input shown with `view`, by key (`c<cell>` or `c<cell>-<n>`), as text. */
  state(): Record<string, string>;
  /** Gives the notebook the reader's own file (or null to go back to the bundled data): cells see it as `upload`. */
  setUpload(value: unknown): void;
  dispose(): void;
}

/** Names the runtime supplies per cell rather than from the standard library. */
const cellLocals = new Set(["display", "view"]);

/**
 * Renders a compiled notebook into `root` and runs its cells on the Observable runtime: prose as
 * prepared at build time, each cell in its own element, errors shown in the cell that threw.
 */
export interface RunOptions {
  /** Input values to start from (a permalink's state); values an input does not accept are ignored. */
  state?: Record<string, string>;
  /** Called whenever the reader changes an input. */
  onState?: (state: Record<string, string>) => void;
}

export function runNotebook(
  notebook: CompiledNotebook,
  root: HTMLElement,
  stdlib: Stdlib,
  options: RunOptions = {},
): NotebookRun {
  const document = root.ownerDocument;
  const inputs = new InputState(options);
  const runtime = new Runtime(stdlib);
  const module = runtime.module();
  const cells = new Map<number, HTMLElement>();
  // `upload` is the reader's own file for this notebook; null until one is dropped on the page.
  module.variable().define("upload", [], () => null);
  for (const block of notebook.blocks) {
    if (block.kind === "prose") {
      const prose = document.createElement("div");
      prose.className = "prose";
      // Prose HTML comes from markdown-it at build time with raw HTML disabled.
      prose.innerHTML = block.html;
      root.append(prose);
      continue;
    }
    const element = document.createElement("div");
    element.className = "cell";
    element.dataset.cellIndex = String(block.index);
    if (block.id) element.dataset.cellId = block.id;
    root.append(element);
    cells.set(block.index, element);
    defineCell(module, block, element, inputs);
  }
  return {
    cells,
    state: () => inputs.current(),
    setUpload: (value) => {
      module.redefine("upload", [], () => value);
    },
    dispose: () => runtime.dispose(),
  };
}

function defineCell(module: Module, block: CellBlock, element: HTMLElement, state: InputState): void {
  if ("error" in block) {
    showError(element, block.error);
    return;
  }
  const document = element.ownerDocument;
  const display = (value: unknown) => {
    element.append(toNode(value, document));
    return value;
  };
  let shown = 0;
  const view = <T>(input: HTMLElement & { value: T }) => {
    state.register(shown === 0 ? `c${block.index}` : `c${block.index}-${shown}`, input);
    shown++;
    return inputValue(display(input) as typeof input);
  };
  const inputs = block.inputs.filter((name) => !cellLocals.has(name));
  const name = `cell ${block.index}`;
  const definition = async (...values: unknown[]) => {
    const queue = [...values];
    const args = block.inputs.map((input) =>
      input === "display" ? display : input === "view" ? view : queue.shift(),
    );
    element.replaceChildren();
    shown = 0;
    element.classList.remove("cell-error");
    const value = await block.body(...args);
    if (block.expression && value !== undefined && !isGenerator(value)) display(value);
    return value;
  };
  module
    .variable({
      pending: () => element.classList.add("cell-running"),
      fulfilled: () => element.classList.remove("cell-running"),
      rejected: (error) => {
        element.classList.remove("cell-running");
        showError(element, errorMessage(error));
      },
    })
    .define(name, inputs, definition as Definition);
  for (const output of block.outputs) {
    module.variable().define(output, [name], ((cell: Record<string, unknown>) => cell[output]) as Definition);
  }
}

function isGenerator(value: unknown): boolean {
  return typeof value === "object" && value !== null && typeof (value as Generator).next === "function";
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/** Shows an error in place of a cell's output; text only. */
function showError(element: HTMLElement, message: string): void {
  const box = element.ownerDocument.createElement("div");
  box.className = "cell-error-message";
  box.setAttribute("role", "alert");
  box.textContent = message;
  element.replaceChildren(box);
  element.classList.add("cell-error");
}

/** An input's value as text, for a link; and back, in the type of the value it has now. */
const asText = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));

function fromText(text: string, like: unknown): unknown {
  if (typeof like === "string") return text;
  try {
    const value = JSON.parse(text);
    return typeof value === typeof like ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The inputs shown with `view`: each starts from the state it was given when the input accepts that
 * value (set as a value, never as markup), and every change is reported.
 */
class InputState {
  private readonly values: Record<string, string> = {};

  constructor(private readonly options: RunOptions) {}

  register(key: string, input: HTMLElement & { value: unknown }): void {
    const wanted = this.options.state?.[key];
    if (wanted !== undefined) {
      const before = input.value;
      const value = fromText(wanted, before);
      if (value !== undefined) {
        try {
          input.value = value;
        } catch {
          // an input that refuses the value keeps its own
        }
        // Inputs that do not offer the value ignore it or fall back: keep the default then.
        if (asText(input.value) !== wanted) input.value = before;
      }
    }
    this.values[key] = asText(input.value);
    input.addEventListener("input", () => {
      this.values[key] = asText(input.value);
      this.options.onState?.(this.current());
    });
  }

  current(): Record<string, string> {
    return { ...this.values };
  }
}
