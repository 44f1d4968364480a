import type { Locale } from "./types.ts";

/** A chart text in both languages, as notebooks write it: `{ nl: "Aantal meldingen", en: "Number of calls" }`. */
export interface LocaleText {
  nl: string;
  en: string;
}

/** The text in the reader's language; a plain string is taken as it is. */
export function inLocale(text: string | LocaleText, locale: Locale): string {
  if (typeof text === "string") return text;
  if (typeof text?.[locale] !== "string")
    throw new Error(`invalid text: ${JSON.stringify(text)} (no "${locale}")`);
  return text[locale];
}
