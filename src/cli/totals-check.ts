import type { CrimeTotals } from "./synthetic.ts";

/** Totals as a contender's page reports them: keys and sums as the contender read them, unchecked. */
export interface ReportedTotals {
  perYear: [unknown, unknown][];
  perRegion: [unknown, unknown][];
}

const count = (n: number) => n.toLocaleString("en-US");

/**
 * Whether a contender's totals per year and per region are the expected ones: null when every key and
 * every sum agrees exactly, otherwise the first disagreement in words. A sum that is not a finite
 * number (a "." read as text or NaN) disagrees, so a loader that reads wrongly cannot win on speed.
 */
export function totalsDisagreement(expected: CrimeTotals, found: ReportedTotals): string | null {
  return (
    disagreement(
      "year",
      expected.perYear,
      found.perYear.map(([key, total]) => [Number(key), total]),
    ) ??
    disagreement(
      "region",
      expected.perRegion,
      found.perRegion.map(([key, total]) => [String(key).trim(), total]),
    )
  );
}

function disagreement<K extends number | string>(
  what: string,
  expected: readonly [K, number | null][],
  found: readonly [K, unknown][],
): string | null {
  const sums = new Map<K, unknown>(found);
  if (sums.size !== found.length) return `a ${what} appears more than once`;
  for (const [key, total] of expected) {
    if (!sums.has(key)) return `${what} ${key} is missing`;
    const sum = sums.get(key);
    const value = typeof sum === "bigint" ? Number(sum) : sum;
    if (total === null) {
      // Every value unknown: no figure, or a sum of nothing.
      if (value !== null && value !== undefined && value !== 0)
        return `${what} ${key}: ${String(value)} where every value is unknown`;
    } else if (value !== total) return `${what} ${key}: ${String(value)} instead of ${count(total)}`;
  }
  if (found.length !== expected.length)
    return `${count(found.length)} ${what}s instead of ${count(expected.length)}`;
  return null;
}
