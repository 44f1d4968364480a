/** How a CSV file is written. */
export interface Dialect {
  delimiter: "," | ";" | "\t" | "|";
  quote: '"';
  lineEnding: "\r\n" | "\n" | "\r";
  /** The first records end their lines in more than one way (files pasted together): the loader
   * makes every line end in "\n" before it parses. */
  mixedLineEndings?: boolean;
}

const candidates: Dialect["delimiter"][] = [",", ";", "\t", "|"];

/**
 * Counts each candidate delimiter per record outside quotes over the first records, and picks the
 * one whose count is most consistent and largest. Quoted newlines stay inside their record.
 */
export function sniffDialect(text: string, sampleRecords = 60): Dialect {
  const counts = new Map<string, number[]>(candidates.map((c) => [c, []]));
  let inQuotes = false;
  let current = new Map<string, number>();
  let records = 0;
  let lineEnding: Dialect["lineEnding"] | null = null;
  let mixed = false;
  for (let i = 0; i < text.length && records < sampleRecords; i++) {
    const ch = text[i];
    if (ch === '"') {
      if (inQuotes && text[i + 1] === '"') i++;
      else inQuotes = !inQuotes;
    } else if (!inQuotes && (ch === "\n" || ch === "\r")) {
      const ending = ch === "\r" ? (text[i + 1] === "\n" ? "\r\n" : "\r") : "\n";
      if (!lineEnding) lineEnding = ending;
      else if (ending !== lineEnding) mixed = true;
      if (ch === "\r" && text[i + 1] === "\n") i++;
      for (const c of candidates) counts.get(c)?.push(current.get(c) ?? 0);
      current = new Map();
      records++;
    } else if (!inQuotes && counts.has(ch)) {
      current.set(ch, (current.get(ch) ?? 0) + 1);
    }
  }
  if (current.size > 0) for (const c of candidates) counts.get(c)?.push(current.get(c) ?? 0);
  let best: Dialect["delimiter"] = ",";
  let bestScore = -1;
  for (const c of candidates) {
    const score = consistency(counts.get(c) ?? []);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  if (mixed) return { delimiter: best, quote: '"', lineEnding: "\n", mixedLineEndings: true };
  return { delimiter: best, quote: '"', lineEnding: lineEnding ?? "\n" };
}

/** Share of records with the most common non-zero count, weighted by that count; 0 when never seen. */
function consistency(perRecord: number[]): number {
  const tally = new Map<number, number>();
  for (const n of perRecord) if (n > 0) tally.set(n, (tally.get(n) ?? 0) + 1);
  let score = 0;
  for (const [n, times] of tally) score = Math.max(score, (times / perRecord.length) * Math.log2(n + 1));
  return score;
}
