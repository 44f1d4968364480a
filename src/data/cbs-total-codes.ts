import type { Cell } from "./columns.ts";

/**
 * How surely a value of a dimension names the total of that dimension, as CBS writes it:
 * 3 for a total key (`0.0.0` of SoortMisdrijf, `T001038`-style keys, `NL01`/`NL00` of RegioS),
 * 2 for the label "Nederland", 1 for a label that starts with "Totaal" or "Total"
 * ("Totaal misdrijven", "Total crimes"), 0 for anything else. Padding (`"0.0.0 "`, `"NL01  "`) is ignored.
 */
export function totalRank(value: Cell | undefined): number {
  if (typeof value !== "string") return 0;
  const text = value.trim();
  if (/^0\.0\.0(\s|$)/.test(text) || /^T00\d{1,6}$/i.test(text) || /^NL0[01]$/i.test(text)) return 3;
  if (/^nederland$/i.test(text)) return 2;
  return /^(totaal|total)\b/i.test(text) ? 1 : 0;
}

/** True when a value is a CBS total code or total label (see `totalRank`). */
export function isTotalCode(value: Cell | undefined): boolean {
  return totalRank(value) > 0;
}

/**
 * The total among a dimension's values: the one value of the highest rank. When two values share
 * the highest rank ("Totaal misdrijven" and "Totaal verkeersmisdrijven") the rule cannot decide:
 * `candidates` lists them and `total` is undefined. Values that differ only in padding count once.
 */
export function findTotal(values: Iterable<Cell | undefined>): { total?: string; candidates: string[] } {
  let best = 0;
  let candidates: string[] = [];
  const seen = new Set<string>();
  for (const value of values) {
    const rank = totalRank(value);
    if (rank === 0 || rank < best || typeof value !== "string") continue;
    if (rank > best) {
      best = rank;
      candidates = [];
      seen.clear();
    }
    if (seen.has(value.trim())) continue;
    seen.add(value.trim());
    candidates.push(value);
  }
  return candidates.length === 1 ? { total: candidates[0], candidates } : { candidates };
}
