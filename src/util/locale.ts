/** The reader's language: the interface, chart words and number formats follow it. */
export type Locale = "nl" | "en";

const tags: Record<Locale, string> = { nl: "nl-NL", en: "en-GB" };

/** The BCP 47 tag `Intl` formats a locale's numbers and dates with: Dutch as in the Netherlands, British English. */
export function localeTag(locale: Locale): string {
  return tags[locale];
}
