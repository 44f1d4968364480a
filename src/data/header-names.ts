import { record } from "../util/index.ts";
import { type Problem, problemAt } from "./problems.ts";

/** Empty and repeated header names get a usable name, and a problem that says so. */
export function uniqueHeader(names: readonly string[], headerRow: number, problems: Problem[]): string[] {
  const seen = record<true>();
  const nextSuffix = new Map<string, number>();
  return names.map((raw, j) => {
    let name = raw.trim();
    if (!name) {
      name = `column ${j + 1}`;
      problems.push(problemAt(headerRow, name, { code: "unnamed-column", position: j + 1, name }));
    }
    if (seen[name]) {
      const unique = uniqueName(name, seen, nextSuffix);
      problems.push(problemAt(headerRow, unique, { code: "duplicate-column", name, renamed: unique }));
      name = unique;
    }
    seen[name] = true;
    return name;
  });
}

/** `name_2`, `name_3`, …: the first suffix not taken, counted on from the last one given for that name
 * (counting from 2 each time made 10,000 copies of a name quadratic). */
export function uniqueName(
  name: string,
  taken: Record<string, unknown>,
  next: Map<string, number> = new Map(),
): string {
  if (!(name in taken)) return name;
  let n = next.get(name) ?? 2;
  while (`${name}_${n}` in taken) n++;
  next.set(name, n + 1);
  return `${name}_${n}`;
}
