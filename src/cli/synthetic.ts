// Synthetic data for the benchmark and the tests only: deterministic, and labelled as synthetic.

/** A deterministic synthetic table in the 47013NED layout (not real figures). */
export function syntheticCrimeCsv(rows: number): string {
  const kinds = ["0.0.0 ", "1.1.1 ", "1.2.3 ", "1.4.5 ", "2.5.2 ", "3.1.1 "];
  const parts: string[] = ["ID,SoortMisdrijf,RegioS,Perioden,GeregistreerdeMisdrijven_1\n"];
  let seed = 20261122;
  for (let i = 0; i < rows; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const region = `GM${String(seed % 342).padStart(4, "0")}`;
    const year = 2012 + (i % 12);
    const month = String(((i >> 4) % 12) + 1).padStart(2, "0");
    const value = seed % 53 === 0 ? "." : String(seed % 400);
    parts.push(`${i},"${kinds[i % kinds.length]}","${region}",${year}MM${month},${value}\n`);
  }
  return parts.join("");
}
