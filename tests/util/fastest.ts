/**
 * The smallest time of a few runs of `work`, in ms: the least disturbed by the rest of the machine.
 * For ratios between two inputs (linear or not), never for a duration asserted on its own.
 */
export function fastest(work: () => void, runs = 5): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
