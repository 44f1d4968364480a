// Types for the @observablehq/inputs functions the notebooks use; the package ships none.
declare module "@observablehq/inputs" {
  type InputOptions = Record<string, unknown>;
  type Input = HTMLElement & { value: unknown };
  export function range(extent?: [number, number], options?: InputOptions): Input;
  export function select(data: unknown, options?: InputOptions): Input;
  export function radio(data: unknown, options?: InputOptions): Input;
  export function checkbox(data: unknown, options?: InputOptions): Input;
  export function toggle(options?: InputOptions): Input;
  export function text(options?: InputOptions): Input;
  export function search(data: unknown, options?: InputOptions): Input;
  export function table(data: unknown, options?: InputOptions): Input;
  export function button(content?: unknown, options?: InputOptions): Input;
  export function input(value: unknown): Input;
}
