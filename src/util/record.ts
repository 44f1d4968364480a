/**
 * An empty record with no prototype: a lookup by a name from a file (`constructor`, `toString`,
 * `__proto__`) finds only what was put there, and assigning `__proto__` adds a key.
 */
export function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
