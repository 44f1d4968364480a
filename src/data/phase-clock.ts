/** Milliseconds spent in each phase of a piece of work, in the order the phases first came. */
export type PhaseTimes = Record<string, number>;

/**
 * A stopwatch read at phase boundaries only (one `performance.now()` each), so timing a load costs
 * nothing per row: `lap(name)` ends the phase running since the last lap and adds it to `name`.
 */
export function phaseClock(): { phases: PhaseTimes; lap(name: string): void } {
  const phases: PhaseTimes = {};
  let last = performance.now();
  return {
    phases,
    lap(name) {
      const now = performance.now();
      phases[name] = (phases[name] ?? 0) + (now - last);
      last = now;
    },
  };
}

/**
 * A moment that means the same in every worker and on the page (milliseconds since 1970, to a fraction):
 * `performance.now()` alone counts from each context's own start.
 */
export function sharedNow(): number {
  return performance.timeOrigin + performance.now();
}

/**
 * Splits the last phase, `name`, into parts timed inside it (`parts`, e.g. parse and build columns):
 * the parts replace it, and what is left of it becomes `rest`.
 */
export function splitPhase(phases: PhaseTimes, name: string, parts: PhaseTimes, rest: string): void {
  const whole = phases[name];
  if (whole === undefined) return;
  delete phases[name];
  let inParts = 0;
  for (const [part, time] of Object.entries(parts)) {
    phases[part] = (phases[part] ?? 0) + time;
    inParts += time;
  }
  phases[rest] = (phases[rest] ?? 0) + Math.max(0, whole - inParts);
}
