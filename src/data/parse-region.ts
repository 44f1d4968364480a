/** Levels of CBS region codes and of labels such as "Noord-Nederland (RE)". */
export const regionLevels: Record<string, string> = {
  NL: "country",
  LD: "landsdeel",
  PV: "province",
  RE: "police-region",
  CR: "corop",
  RS: "police-region",
  GM: "municipality",
  WK: "district",
  BU: "neighbourhood",
};

/** Region levels from the whole country down (a table is summed at one level only). */
export const regionLevelOrder: readonly string[] = [
  "country",
  "landsdeel",
  "police-region",
  "province",
  "corop",
  "municipality",
  "district",
  "neighbourhood",
];

/** `"NL01  "` → {code: "NL01", level: "country"}; the padding CBS adds is trimmed. */
export function parseRegion(text: string): { code: string; level: string } | undefined {
  const match = /^(NL|LD|PV|RE|CR|RS|GM|WK|BU)([0-9A-Z]{2,8})$/.exec(text.trim());
  return match ? { code: match[0], level: regionLevels[match[1]] } : undefined;
}

/** `"Groningen (PV)"` → "province"; undefined for labels without a level suffix. */
export function labelLevel(text: string): string | undefined {
  const match = /\((LD|PV|RE|CR|RS|GM|WK|BU)\)\s*$/.exec(text);
  return match ? regionLevels[match[1]] : undefined;
}
