/**
 * The body of the function that computes a cell. An expression cell returns its value; a program
 * cell runs its statements and returns an object of the names it declares, so each can become a
 * variable of its own.
 */
export function cellBody(source: string, expression: boolean, outputs: readonly string[]): string {
  if (expression) return `return (\n${source}\n);`;
  return outputs.length ? `${source}\nreturn {${outputs.join(", ")}};` : source;
}
