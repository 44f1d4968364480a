// Hand-written types for the parts of @observablehq/runtime that Blauw uses; the package ships none.
declare module "@observablehq/runtime" {
  export interface Observer {
    pending?(): void;
    fulfilled?(value: unknown, name?: string | null): void;
    rejected?(error: unknown, name?: string | null): void;
  }
  export type Definition = (...inputs: never[]) => unknown;
  export class Variable {
    define(name: string | null, inputs: string[], definition: Definition): this;
    define(inputs: string[], definition: Definition): this;
    delete(): void;
  }
  export class Module {
    variable(observer?: Observer | boolean): Variable;
    define(name: string, inputs: string[], definition: Definition): Variable;
    redefine(name: string, inputs: string[], definition: Definition): Variable;
    value(name: string): Promise<unknown>;
  }
  export class Runtime {
    constructor(builtins?: Record<string, Definition>, global?: (name: string) => unknown);
    module(): Module;
    dispose(): void;
  }
  export class RuntimeError extends Error {
    input?: string;
  }
}
