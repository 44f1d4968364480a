import type { Locale } from "./types.ts";

/**
 * The sources' hedges in English. The Dutch word is the source's own; the English says the same degree
 * of certainty ("ruim 300.000" is more than 300,000, "naar schatting ongeveer" an estimate).
 */
const english: Record<string, string> = {
  ruim: "over",
  "zo'n": "about",
  circa: "about",
  ongeveer: "about",
  "rond de": "around",
  "naar schatting": "estimated",
  "naar schatting ongeveer": "estimated",
  bijna: "almost",
  afgerond: "rounded",
  raming: "projection",
};

/** A source's qualifier in the reader's language: "ruim" stays "ruim" in Dutch and is "over" in English. */
export function formatQualifier(qualifier: string, locale: Locale): string {
  const dutch = qualifier.trim();
  if (locale === "nl") return dutch;
  return english[dutch.toLowerCase().replace(/[’‘]/g, "'")] ?? dutch;
}

/** True when the English wording differs from the source's Dutch one, so a tip should quote the source. */
export function isTranslatedQualifier(qualifier: string | null | undefined, locale: Locale): boolean {
  return !!qualifier?.trim() && formatQualifier(qualifier, locale) !== qualifier.trim();
}
