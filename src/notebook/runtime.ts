import { type Definition, type Module, Runtime, type Variable } from "@observablehq/runtime";
import { toNode } from "./display.ts";
import { inputValue } from "./generators.ts";
import { InputState, isNameKey } from "./input-state.ts";
import type { Block, CellBlock, CompiledNotebook, InlineCell, ProseBlock } from "./types.ts";

/** Lazily computed values every cell can reference by name (Plot, d3, data, width …). */
export type Stdlib = Record<string, Definition>;

/** What the runtime keeps of one block: its element, its variables and the block as last defined. */
export interface CellHandle {
  element: HTMLElement;
  variables: Variable[];
  block: Block;
}

/** What a running notebook hands back: one handle per block, ways to change them, and to stop. */
export interface NotebookRun {
  /** Every block by its stable id, in no particular order (the page holds the order). */
  handles: ReadonlyMap<string, CellHandle>;
  /** Adds a block, before the block with id `before` or at the end, and runs it. */
  define(block: Block, before?: string): void;
  /** Replaces a block's definition: it runs again, and so does every cell that reads what it declares. */
  redefine(blockId: string, block: Block): void;
  /** Removes a block, its element and its variables. */
  delete(blockId: string): void;
  /** The current value of each input shown with `view`, by key (see input-state.ts), as text. */
  state(): Record<string, string>;
  /** Gives the notebook the reader's own file (or null to go back to the bundled data): cells see it as `upload`. */
  setUpload(value: unknown): void;
  dispose(): void;
}

/** How `runNotebook` starts: the inputs' values to begin with, and whom to tell when they change. */
export interface RunOptions {
  /** Input values to start from (a permalink's state); values an input does not accept are ignored. */
  state?: Record<string, string>;
  /** Called whenever the reader changes an input. */
  onState?: (state: Record<string, string>) => void;
}

/** Names the runtime supplies per cell rather than from the standard library. */
const cellLocals = new Set(["display", "view"]);

/** A handle with the bookkeeping the runtime needs: how many times the block has been (re)started. */
interface Handle extends CellHandle {
  version: number;
  /** The variables each output name is read through, reused when the block is redefined. */
  outputs: Map<string, Variable>;
}

/**
 * Renders a compiled notebook into `root` and runs its cells on the Observable runtime: prose as
 * prepared at build time (with its inline `${…}` values), each cell in its own element, errors shown
 * in the cell that threw. Blocks are kept by their stable ids, so that one can be redefined or
 * deleted later and only it and the cells that read it run again.
 */
export function runNotebook(
  notebook: CompiledNotebook,
  root: HTMLElement,
  stdlib: Stdlib,
  options: RunOptions = {},
): NotebookRun {
  const inputs = new InputState(options.state, options.onState);
  const runtime = new Runtime(stdlib);
  const module = runtime.module();
  const handles = new Map<string, Handle>();
  // `upload` is the reader's own file for this notebook; null until one is dropped on the page.
  module.variable().define("upload", [], () => null);

  const install = (handle: Handle, block: Block) => {
    handle.version++;
    handle.block = block;
    if (block.kind === "prose") installProse(module, handle, block);
    else installCell(module, handle, block, inputs);
  };
  const define = (block: Block, before?: string) => {
    if (handles.has(block.blockId)) throw new Error(`block ${block.blockId} is defined already`);
    const element = root.ownerDocument.createElement("div");
    root.insertBefore(element, (before && handles.get(before)?.element) || null);
    const handle: Handle = { element, variables: [], block, version: 0, outputs: new Map() };
    handles.set(block.blockId, handle);
    install(handle, block);
  };
  for (const block of notebook.blocks) define(block);
  // A loop stopped in an event handler a cell set up is thrown outside the cell's run: the cell shows it.
  const window = root.ownerDocument.defaultView;
  const stoppedLater = (event: ErrorEvent) => {
    const error: unknown = event.error;
    if (!(error instanceof Error) || error.name !== "LoopStopped") return;
    const handle = handles.get(String((error as { blockId?: unknown }).blockId));
    if (!handle) return;
    event.preventDefault();
    showError(handle.element, error.message, () => clearOutput(handle.element));
  };
  window?.addEventListener("error", stoppedLater);
  return {
    handles,
    define,
    redefine: (blockId, block) => {
      const handle = handles.get(blockId);
      if (!handle) throw new Error(`no block ${blockId}`);
      // The map stays keyed by the id the block was defined under: an edit does not change it.
      install(handle, { ...block, blockId });
    },
    delete: (blockId) => {
      const handle = handles.get(blockId);
      if (!handle) return;
      handle.version++;
      for (const variable of handle.variables) variable.delete();
      handle.element.remove();
      handles.delete(blockId);
      inputs.forget(blockId);
    },
    state: () => inputs.current(),
    setUpload: (value) => {
      module.redefine("upload", [], () => value);
    },
    dispose: () => {
      window?.removeEventListener("error", stoppedLater);
      runtime.dispose();
    },
  };
}

function installProse(module: Module, handle: Handle, block: ProseBlock): void {
  for (const variable of handle.variables) variable.delete();
  handle.variables = [];
  handle.outputs.clear();
  const { element } = handle;
  element.className = "prose";
  delete element.dataset.cellIndex;
  delete element.dataset.cellId;
  // Prose HTML comes from markdown-it at build time with raw HTML disabled.
  element.innerHTML = block.html;
  element.hidden = block.html === "";
  block.inline.forEach((inline, index) => {
    const slot = element.querySelector<HTMLElement>(`span.inline-cell[data-inline="${index}"]`);
    if (slot) handle.variables.push(defineInline(module, inline, slot));
  });
}

/** An inline `${…}` shows its value as text: never as HTML, whatever the value holds. */
function defineInline(module: Module, inline: InlineCell, slot: HTMLElement): Variable {
  const show = (text: string, error = false) => {
    slot.textContent = text;
    slot.classList.toggle("cell-error", error);
  };
  if ("error" in inline) {
    show(inline.error, true);
    return module.variable().define([], () => undefined);
  }
  return module
    .variable({
      fulfilled: (value) => show(inlineText(value)),
      rejected: (error) => show(errorMessage(error), true),
    })
    .define(null, inline.inputs, inline.body as Definition);
}

function inlineText(value: unknown): string {
  if (typeof value === "object" && value !== null && typeof (value as Node).nodeType === "number")
    return (value as Node).textContent ?? "";
  return value === undefined ? "" : String(value);
}

function installCell(module: Module, handle: Handle, block: CellBlock, state: InputState): void {
  const { element } = handle;
  const document = element.ownerDocument;
  element.className = "cell";
  element.hidden = false;
  element.dataset.cellIndex = String(block.index);
  if (block.id) element.dataset.cellId = block.id;
  else delete element.dataset.cellId;
  element.replaceChildren();
  // `echo` shows the source above the output; a cell that is not run shows only its source.
  if (block.echo || !block.run) {
    const source = document.createElement("pre");
    source.className = "cell-source";
    source.textContent = block.source;
    element.append(source);
  }
  const clear = () => clearOutput(element);
  const runnable = !("error" in block) && block.run ? block : null;
  if (!runnable) {
    for (const variable of handle.variables) variable.delete();
    handle.variables = [];
    handle.outputs.clear();
    if ("error" in block) showError(element, block.error, clear);
    return;
  }
  const name = `cell ${handle.block.blockId}`;
  const definition = (...values: unknown[]) => {
    // Each run gets its own version: what an older run displays after a newer one started is dropped
    // (quietly: throwing would surface in the page as an unhandled rejection of the cell's own promises).
    const version = ++handle.version;
    const stale = () => handle.version !== version;
    const display = (value: unknown) => {
      if (!stale()) element.append(toNode(value, document));
      return value;
    };
    let shown = 0;
    const view = <T>(input: HTMLElement & { value: T }) => {
      if (stale()) return inputValue(input);
      const position = shown === 0 ? `c${runnable.index}` : `c${runnable.index}-${shown}`;
      const named = runnable.views[shown];
      state.register(isNameKey(named) ? [named, position] : [position], input, handle.block.blockId);
      shown++;
      return inputValue(display(input) as typeof input);
    };
    const queue = [...values];
    const args = runnable.inputs.map((input) =>
      input === "display" ? display : input === "view" ? view : queue.shift(),
    );
    clear();
    element.classList.remove("cell-error");
    const shownValue = (value: unknown) => {
      if (!stale() && runnable.autodisplay && value !== undefined && !isGenerator(value)) display(value);
      return value;
    };
    const value = runnable.body(...args);
    return value instanceof Promise ? value.then(shownValue) : shownValue(value);
  };
  const inputs = runnable.inputs.filter((input) => !cellLocals.has(input));
  let main = handle.variables[0];
  if (!main) {
    main = module.variable({
      pending: () => element.classList.add("cell-running"),
      fulfilled: () => element.classList.remove("cell-running"),
      rejected: (error) => {
        element.classList.remove("cell-running");
        showError(element, errorMessage(error), clear);
      },
    });
  }
  main.define(name, inputs, definition as Definition);
  // Output variables that stay are kept (their readers need not be told); others come and go.
  const outputs = new Map<string, Variable>();
  for (const output of runnable.outputs) {
    const variable =
      handle.outputs.get(output) ??
      module
        .variable()
        .define(output, [name], ((cell: Record<string, unknown>) => cell[output]) as Definition);
    outputs.set(output, variable);
  }
  for (const [output, variable] of handle.outputs) if (!outputs.has(output)) variable.delete();
  handle.outputs = outputs;
  handle.variables = [main, ...outputs.values()];
}

/** Removes a cell's output, keeping its echoed source. */
function clearOutput(element: HTMLElement): void {
  for (const child of [...element.children]) if (!child.classList.contains("cell-source")) child.remove();
}

function isGenerator(value: unknown): boolean {
  return typeof value === "object" && value !== null && typeof (value as Generator).next === "function";
}

function errorMessage(error: unknown): string {
  // A stopped loop's message is written for the reader already (it says what stopped and where). Known
  // by its name: the loop guard (loop-guard.ts) loads with the editor, not with every notebook page.
  if (error instanceof Error && error.name === "LoopStopped") return error.message;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/** Shows an error in place of a cell's output (its echoed source stays); text only. */
function showError(element: HTMLElement, message: string, clear: () => void): void {
  const box = element.ownerDocument.createElement("div");
  box.className = "cell-error-message";
  box.setAttribute("role", "alert");
  box.textContent = message;
  clear();
  element.append(box);
  element.classList.add("cell-error");
}
