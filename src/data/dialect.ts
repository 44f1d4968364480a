/** How a CSV file is written. */
export interface Dialect {
  delimiter: "," | ";" | "\t" | "|";
  quote: '"';
  lineEnding: "\r\n" | "\n" | "\r";
  /** The first records end their lines in more than one way (files pasted together): the loader
   * makes every line end in "\n" before it parses. */
  mixedLineEndings?: boolean;
}

/** In order of preference when two score the same: a Dutch file's decimal commas tie with its semicolons. */
const candidates: Dialect["delimiter"][] = [";", ",", "\t", "|"];

/** Quotes that are never closed, taken as plain characters, at most: a file has one or two such. */
const maxLiteralQuotes = 4;

/**
 * Counts each candidate delimiter per record outside quotes over the first records, and picks the
 * one whose count is most consistent and largest, preferring one the header holds too (decimal commas
 * sit in the data, rarely in the header). When the header holds another candidate, a comma between two
 * digits is taken for a decimal comma, not a delimiter. Quoted newlines stay inside their record; a
 * quote that is never closed is a plain character, so it does not hide the lines after it.
 */
export function sniffDialect(text: string, sampleRecords = 60): Dialect {
  const literal = new Set<number>();
  let sample = countDelimiters(text, sampleRecords, literal);
  while (sample.unclosedAt !== undefined && literal.size < maxLiteralQuotes) {
    literal.add(sample.unclosedAt);
    sample = countDelimiters(text, sampleRecords, literal);
  }
  const { counts, header, lineEnding, mixed } = sample;
  const headerHasAny = candidates.some((c) => (header.get(c) ?? 0) > 0);
  if (candidates.some((c) => c !== "," && (header.get(c) ?? 0) > 0)) counts.set(",", sample.plainCommas);
  let best: Dialect["delimiter"] = ",";
  let bestScore = 0;
  for (const c of candidates) {
    const inHeader = !headerHasAny || (header.get(c) ?? 0) > 0;
    const score = consistency(counts.get(c) ?? []) * (inHeader ? 1 : 0.5);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  if (mixed) return { delimiter: best, quote: '"', lineEnding: "\n", mixedLineEndings: true };
  return { delimiter: best, quote: '"', lineEnding: lineEnding ?? "\n" };
}

interface DelimiterCounts {
  /** Per candidate, its count in each record. */
  counts: Map<string, number[]>;
  /** Per record, its commas that do not sit between two digits (which may be decimal commas). */
  plainCommas: number[];
  /** The counts in the first record that holds anything. */
  header: Map<string, number>;
  lineEnding: Dialect["lineEnding"] | null;
  mixed: boolean;
  /** Where a quote opens that is still open at the end of the text. */
  unclosedAt?: number;
}

function countDelimiters(text: string, sampleRecords: number, literal: ReadonlySet<number>): DelimiterCounts {
  const counts = new Map<string, number[]>(candidates.map((c) => [c, []]));
  const plainCommas: number[] = [];
  let decimalCommas = 0;
  let header: Map<string, number> | undefined;
  let inQuotes = false;
  let openedAt = -1;
  let current = new Map<string, number>();
  let filled = false;
  let records = 0;
  let lineEnding: Dialect["lineEnding"] | null = null;
  let mixed = false;
  let i = 0;
  for (; i < text.length && records < sampleRecords; i++) {
    const ch = text[i];
    if (ch === '"' && !literal.has(i)) {
      filled = true;
      if (inQuotes && text[i + 1] === '"') i++;
      else {
        inQuotes = !inQuotes;
        openedAt = i;
      }
    } else if (!inQuotes && (ch === "\n" || ch === "\r")) {
      const ending = ch === "\r" ? (text[i + 1] === "\n" ? "\r\n" : "\r") : "\n";
      if (!lineEnding) lineEnding = ending;
      else if (ending !== lineEnding) mixed = true;
      if (ch === "\r" && text[i + 1] === "\n") i++;
      for (const c of candidates) counts.get(c)?.push(current.get(c) ?? 0);
      plainCommas.push((current.get(",") ?? 0) - decimalCommas);
      if (!header && filled) header = current;
      current = new Map();
      decimalCommas = 0;
      filled = false;
      records++;
    } else if (!inQuotes && counts.has(ch)) {
      current.set(ch, (current.get(ch) ?? 0) + 1);
      if (ch === "," && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) decimalCommas++;
      filled = true;
    } else if (ch !== " ") {
      filled = true;
    }
  }
  if (current.size > 0) {
    for (const c of candidates) counts.get(c)?.push(current.get(c) ?? 0);
    plainCommas.push((current.get(",") ?? 0) - decimalCommas);
  }
  if (!header && filled) header = current;
  const unclosedAt = inQuotes && i >= text.length ? openedAt : undefined;
  return { counts, plainCommas, header: header ?? new Map(), lineEnding, mixed, unclosedAt };
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** Share of records with the most common non-zero count, weighted by that count; 0 when never seen. */
function consistency(perRecord: number[]): number {
  const tally = new Map<number, number>();
  for (const n of perRecord) if (n > 0) tally.set(n, (tally.get(n) ?? 0) + 1);
  let score = 0;
  for (const [n, times] of tally) score = Math.max(score, (times / perRecord.length) * Math.log2(n + 1));
  return score;
}
