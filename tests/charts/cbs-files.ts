// Synthetic CBS-shaped files for tests (deterministic; made up, not real figures): an OData/bulk
// export with padded codes and a StatLine export with labels, both holding totals on every dimension
// next to their parts, so that any double counting shows.

/** A small deterministic pseudo-random generator (a linear congruential one). */
export function numbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const parts = ["1.1.1 ", "1.2.1 ", "2.5.1 "];
const provinces = ["PV20  ", "PV21  "];
const municipalities = { "PV20  ": ["GM0014", "GM0034"], "PV21  ": ["GM0363"] } as Record<string, string[]>;

/**
 * An OData/bulk table: SoortMisdrijf `"0.0.0 "` (total) and parts; RegioS `"NL01  "`, provinces and
 * municipalities; Perioden years (JJ), quarters (KW) and months (MM) for 2016–2021. Every total is the
 * sum of its parts, on every dimension.
 */
export function odataCsv(seed = 7): string {
  const random = numbers(seed);
  const lines = ["ID;SoortMisdrijf;RegioS;Perioden;GeregistreerdeMisdrijven_1;Aangiften_2"];
  let id = 0;
  for (let year = 2016; year <= 2021; year++) {
    // Monthly counts per municipality and part; everything else is summed from them.
    const cell = new Map<string, number[]>();
    for (const province of provinces)
      for (const gm of municipalities[province])
        for (const part of parts)
          cell.set(
            `${gm}|${part}`,
            Array.from({ length: 12 }, () => Math.floor(random() * 500)),
          );
    const regions: [string, string[]][] = [
      ["NL01  ", provinces.flatMap((p) => municipalities[p])],
      ...provinces.map((p) => [p, municipalities[p]] as [string, string[]]),
      ...provinces.flatMap((p) => municipalities[p].map((gm) => [gm, [gm]] as [string, string[]])),
    ];
    for (const [region, gms] of regions) {
      for (const soort of ["0.0.0 ", ...parts]) {
        const chosen = soort === "0.0.0 " ? parts : [soort];
        const month = (m: number) =>
          gms.reduce(
            (s, gm) => s + chosen.reduce((t, p) => t + (cell.get(`${gm}|${p}`) as number[])[m], 0),
            0,
          );
        const months = Array.from({ length: 12 }, (_, m) => month(m));
        const row = (period: string, value: number) => {
          lines.push(`${id++};"${soort}";"${region}";"${period}";${value};${Math.round(value / 3)}`);
        };
        row(
          `${year}JJ00`,
          months.reduce((s, v) => s + v, 0),
        );
        for (let q = 0; q < 4; q++)
          row(
            `${year}KW0${q + 1}`,
            months.slice(q * 3, q * 3 + 3).reduce((s, v) => s + v, 0),
          );
        for (let m = 0; m < 12; m++) row(`${year}MM${String(m + 1).padStart(2, "0")}`, months[m]);
      }
    }
  }
  return `${lines.join("\n")}\n`;
}

/**
 * A StatLine export with labels: "Soort misdrijf" (Totaal misdrijven and parts), "Regio's"
 * (Nederland, provinces as "Groningen (PV)") and a year per row; totals are sums of their parts.
 */
export function statlineCsv(seed = 11): string {
  const random = numbers(seed);
  const soorten = ["Diefstal/inbraak woning", "Zakkenrollerij", "Mishandeling"];
  const provincies = ["Groningen (PV)", "Friesland (PV)", "Drenthe (PV)"];
  const lines = ['"Soort misdrijf";"Regio\'s";"Perioden";"Geregistreerde misdrijven (aantal)"'];
  for (let year = 2012; year <= 2023; year++) {
    const cell = provincies.map(() => soorten.map(() => Math.floor(random() * 10000)));
    const value = (p: number[], s: number[]) =>
      p.reduce((sum, i) => sum + s.reduce((t, j) => t + cell[i][j], 0), 0);
    const allP = provincies.map((_, i) => i);
    const allS = soorten.map((_, j) => j);
    for (const [label, s] of [["Totaal misdrijven", allS], ...soorten.map((x, j) => [x, [j]])] as [
      string,
      number[],
    ][]) {
      lines.push(`"${label}";"Nederland";"${year}";${value(allP, s)}`);
      provincies.forEach((p, i) => {
        lines.push(`"${label}";"${p}";"${year}";${value([i], s)}`);
      });
    }
  }
  return `${lines.join("\n")}\n`;
}

/** The rows of a `;`-separated file as plain objects of trimmed texts (quotes removed): a plain reading. */
export function plainRows(csv: string, delimiter = ";"): Record<string, string>[] {
  const [header, ...rest] = csv.trim().split("\n");
  const clean = (cell: string) => cell.replace(/^"|"$/g, "").trim();
  const names = header.split(delimiter).map(clean);
  return rest.map((line) =>
    Object.fromEntries(line.split(delimiter).map((cell, j) => [names[j], clean(cell)])),
  );
}

/** Sum of a column per key over the rows that pass a test: the independent computation the tests compare with. */
export function sumBy(
  rows: Record<string, string>[],
  keep: (row: Record<string, string>) => boolean,
  key: (row: Record<string, string>) => string,
  value: string,
): Map<string, number> {
  const sums = new Map<string, number>();
  for (const row of rows) if (keep(row)) sums.set(key(row), (sums.get(key(row)) ?? 0) + Number(row[value]));
  return sums;
}
