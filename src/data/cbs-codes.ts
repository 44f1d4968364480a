import { type CodeListEntry, crimeTypeCodeList, regionCodeList } from "./cbs-code-lists.ts";
import { parsePeriod } from "./parse-period.ts";
import { parseRegion } from "./parse-region.ts";

/** Labels compared without case, padding, doubled spaces or a provisional "*" / "**" at the end. */
const comparable = (label: string) => withoutStars(label).trim().replace(/\s+/g, " ").toLowerCase();

/** A label without the stars at its end (by hand: /\*+\s*$/ backtracks quadratically over a run of stars). */
function withoutStars(label: string): string {
  const text = label.trimEnd();
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 42) end--;
  return end === text.length ? label : text.slice(0, end);
}

function titleIndex(list: readonly CodeListEntry[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const [code, title] of list) index.set(comparable(title), code);
  return index;
}

let regions: Map<string, string> | undefined;
let crimeTypes: Map<string, string> | undefined;
let crimeCodes: Set<string> | undefined;

/** Older labels that exports still use: the 2013–2018 47013NED export says "Friesland (PV)". */
const regionAliases = new Map([["friesland (pv)", "PV21"]]);

/** `"Nederland"` → "NL01", `"Groningen (PV)"` → "PV20", `"NL01  "` → "NL01"; undefined when unknown. */
export function regionCode(label: string): string | undefined {
  const code = parseRegion(label)?.code;
  if (code) return code;
  regions ??= titleIndex(regionCodeList);
  const key = comparable(label);
  return regions.get(key) ?? regionAliases.get(key);
}

/** `"Totaal misdrijven"` → "0.0.0", `"1.2.3 Diefstal van brom-, snor-, fietsen"` → "1.2.3". */
export function crimeTypeCode(label: string): string | undefined {
  crimeTypes ??= titleIndex(crimeTypeCodeList);
  crimeCodes ??= new Set(crimeTypes.values());
  const key = comparable(label);
  const known = crimeTypes.get(key);
  if (known) return known;
  // A label that starts with a known code is that code, even when its words were shortened.
  const code = /^(\d+\.\d+\.\d+)(\s|$)/.exec(key)?.[1];
  return code && crimeCodes.has(code) ? code : undefined;
}

const monthNames = [
  ["januari", "january"],
  ["februari", "february"],
  ["maart", "march"],
  ["april", "april"],
  ["mei", "may"],
  ["juni", "june"],
  ["juli", "july"],
  ["augustus", "august"],
  ["september", "september"],
  ["oktober", "october"],
  ["november", "november"],
  ["december", "december"],
];
const monthNumber = new Map(monthNames.flatMap((names, i) => names.map((name) => [name, i + 1])));

/**
 * A StatLine period label as a CBS period code: `"2013"` (or the number 2013) → "2013JJ00",
 * `"2024 maart"` → "2024MM03", `"2024 2e kwartaal"` → "2024KW02"; codes stay codes. A provisional
 * mark ("2024*") is dropped; undefined when the label is not a period.
 */
export function periodCode(label: string | number): string | undefined {
  if (typeof label === "number") return Number.isInteger(label) && label > 999 ? `${label}JJ00` : undefined;
  const text = comparable(label);
  const code = parsePeriod(text.toUpperCase())?.code;
  if (code) return code;
  const match = /^(\d{4})(?:\s+(?:(\d)e\s+kwartaal|(\d)(?:st|nd|rd|th)\s+quarter|([a-z]+)))?$/.exec(text);
  if (!match) return undefined;
  const [, year, quarter, englishQuarter, month] = match;
  if (quarter || englishQuarter) return parsePeriod(`${year}KW0${quarter ?? englishQuarter}`)?.code;
  if (!month) return `${year}JJ00`;
  const n = monthNumber.get(month);
  return n ? `${year}MM${String(n).padStart(2, "0")}` : undefined;
}
