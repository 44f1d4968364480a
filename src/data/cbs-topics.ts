/** What a topic measures: a count (calls, crimes, reports: whole and never negative) or a percentage,
 * and for a count, the count of the same row it is a part of. */
export interface CbsMeasure {
  key: string;
  kind: "count" | "percent";
  partOf?: string;
}

const count = (key: string, partOf?: string): CbsMeasure => ({ key, kind: "count", partOf });

/**
 * Topics of the Politie tables Blauw's notebooks read, as the OData / bulk files name them.
 * 47008NED: the keys listed in DESIGN.md (data contract): all Prio 1 calls and, as parts of them, the
 * calls per reaction time. 47013NED: the keys of its TypedDataSet on dataderden.cbs.nl
 * (`GeregistreerdeMisdrijven_1`, `Aangiften_2`, `Internetaangiften_3`), as public loaders of that table
 * read them; by CBS's definition a registered crime is one recorded by the police whether or not it was
 * reported (https://www.cbs.nl/nl-nl/nieuws/2021/09/scherpe-daling-traditionele-vormen-van-criminaliteit/geregistreerd-misdrijf),
 * so reports are part of registered crimes and internet reports part of reports.
 */
const tableMeasures = new Map<string, readonly CbsMeasure[]>(
  Object.entries({
    "47008NED": [
      { key: "Reactietijd0Tot15MinutenRelatief_1", kind: "percent" },
      count("Totaal_2"),
      count("Reactietijd0Tot15Minuten_3", "Totaal_2"),
      count("Reactietijd15Tot30Minuten_4", "Totaal_2"),
      count("Reactietijd30Tot45Minuten_5", "Totaal_2"),
      count("Reactietijd45Tot60Minuten_6", "Totaal_2"),
      count("Reactietijd60Tot120Minuten_7", "Totaal_2"),
      count("ReactietijdMeerDan120Minuten_8", "Totaal_2"),
    ],
    "47013NED": [
      count("GeregistreerdeMisdrijven_1"),
      count("Aangiften_2", "GeregistreerdeMisdrijven_1"),
      count("Internetaangiften_3", "Aangiften_2"),
    ],
  }),
);

/** The tables whose topics Blauw knows ("47008NED", "47013NED"). */
export const cbsTables = (): string[] => [...tableMeasures.keys()];

/** The topics known for a table ("47008NED") with what each measures, or none. */
export function cbsMeasures(table: string): readonly CbsMeasure[] {
  return tableMeasures.get(table.trim().toUpperCase()) ?? [];
}

/** Dimension titles of StatLine exports and their keys. */
const dimensionKeys = new Map([
  ["regio's", "RegioS"],
  ["regios", "RegioS"],
  ["soort misdrijf", "SoortMisdrijf"],
  ["perioden", "Perioden"],
  ["wijken en buurten", "WijkenEnBuurten"],
]);

/** Titles written differently in real exports: the 47013NED export of 2019 says "Geregisteerde". */
const titleAliases = new Map([["geregisteerdemisdrijven", "geregistreerdemisdrijven"]]);

/** Letters and digits only, lower case: "Geregistreerde misdrijven" and "GeregistreerdeMisdrijven" meet. */
const compact = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");

/** The topic keys known for a table ("47013NED"), or none. */
export function cbsTopicKeys(table: string): readonly string[] {
  return cbsMeasures(table).map((measure) => measure.key);
}

/** `"Soort misdrijf"` → "SoortMisdrijf", `"Regio's"` → "RegioS"; undefined for other titles. */
export function dimensionKey(title: string): string | undefined {
  const key = title.trim().replace(/\s+/g, " ").toLowerCase();
  const known = [...dimensionKeys.values()].includes(title.trim()) ? title.trim() : undefined;
  return dimensionKeys.get(key) ?? known;
}

/** A topic's title without its unit: "Geregistreerde misdrijven (aantal)" → "Geregistreerde misdrijven". */
export function withoutUnit(title: string): string {
  // By hand, not /\s*\([^()]*\)\s*$/: that pattern backtracks quadratically over a run of spaces.
  const text = title.trim();
  if (!text.endsWith(")")) return text;
  const open = text.lastIndexOf("(");
  if (open < 0 || text.indexOf(")", open) !== text.length - 1) return text;
  return text.slice(0, open).trim();
}

/**
 * The key of a topic title among `keys`: the title's letters and digits (unit left off) equal the
 * key's without its position suffix, so "Internetaangiften (aantal)" is `Internetaangiften_3`. A key
 * itself is its own key.
 */
export function topicKey(title: string, keys: readonly string[]): string | undefined {
  if (keys.includes(title.trim())) return title.trim();
  const words = compact(withoutUnit(title));
  const wanted = titleAliases.get(words) ?? words;
  return keys.find((key) => compact(key.replace(/_\d+$/, "")) === wanted);
}

/** A key as words, for messages: "Internetaangiften_3" → "Internetaangiften". */
export function topicWords(key: string): string {
  const words = key
    .replace(/_\d+$/, "")
    .replace(/([a-z])([A-Z0-9])/g, "$1 $2")
    .replace(/([0-9])([A-Z])/g, "$1 $2")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
