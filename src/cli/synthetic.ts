// Synthetic data for the benchmark and the tests only: deterministic, and labelled as synthetic.

/** One row of the synthetic table, as numbers and texts before they are written as CSV. */
export interface SyntheticCrimeRow {
  id: number;
  kind: string;
  region: string;
  year: number;
  month: number;
  /** Null where the table says "." (unknown). */
  value: number | null;
}

const kinds = ["0.0.0 ", "1.1.1 ", "1.2.3 ", "1.4.5 ", "2.5.2 ", "3.1.1 "];

/** The rows of the synthetic 47013NED-shaped table, one at a time (not real figures). */
export function* syntheticCrimeRows(rows: number): Generator<SyntheticCrimeRow> {
  let seed = 20261122;
  for (let i = 0; i < rows; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    yield {
      id: i,
      kind: kinds[i % kinds.length],
      region: `GM${String(seed % 342).padStart(4, "0")}`,
      year: 2012 + (i % 12),
      month: ((i >> 4) % 12) + 1,
      value: seed % 53 === 0 ? null : seed % 400,
    };
  }
}

/** A deterministic synthetic table in the 47013NED layout (not real figures). */
export function syntheticCrimeCsv(rows: number): string {
  const parts: string[] = ["ID,SoortMisdrijf,RegioS,Perioden,GeregistreerdeMisdrijven_1\n"];
  for (const row of syntheticCrimeRows(rows)) {
    const month = String(row.month).padStart(2, "0");
    parts.push(
      `${row.id},"${row.kind}","${row.region}",${row.year}MM${month},${row.value === null ? "." : row.value}\n`,
    );
  }
  return parts.join("");
}

/**
 * Sums of GeregistreerdeMisdrijven_1 per year and per region, as keyed lists sorted by key; null for a
 * key whose every value is unknown (a sum of nothing, which engines give as 0, null or undefined).
 */
export interface CrimeTotals {
  perYear: [number, number | null][];
  perRegion: [string, number | null][];
}

/**
 * The totals the benchmark's aggregation must find, summed from the generator's numbers (unknowns
 * left out), not from any parse of the CSV: the independent answer every contender is checked against.
 */
export function syntheticCrimeTotals(rows: number): CrimeTotals {
  const perYear = new Map<number, number | null>();
  const perRegion = new Map<string, number | null>();
  const add = (sum: number | null | undefined, value: number | null) =>
    value === null ? (sum ?? null) : (sum ?? 0) + value;
  for (const { year, region, value } of syntheticCrimeRows(rows)) {
    perYear.set(year, add(perYear.get(year), value));
    perRegion.set(region, add(perRegion.get(region), value));
  }
  return {
    perYear: [...perYear].sort((a, b) => a[0] - b[0]),
    perRegion: [...perRegion].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
  };
}
