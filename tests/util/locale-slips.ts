/**
 * Finds text that does not belong to the reader's language: the other locale's number separators, numbers
 * without grouping, and (in English) Dutch words. Used by the browser test that walks every chart.
 */

/** One piece of chart text and where it was read (for the failure message). */
export interface ChartText {
  where: string;
  text: string;
}

/** Dutch words that have no business in an English chart (whole words, case-insensitive). */
export const dutchWords = [
  "procentpunt",
  "procentpunten",
  "meldingen",
  "melding",
  "aangifte",
  "aangiften",
  "internetaangiften",
  "ruim",
  "zo'n",
  "circa",
  "rond de",
  "naar schatting",
  "ongeveer",
  "bijna",
  "afgerond",
  "raming",
  "per jaar",
  "per dag",
  "jaar",
  "zaken",
  "doxingzaken",
  "wijkagent",
  "wijkagenten",
  "inwoners",
  "vrijwilligers",
  "opgeleid",
  "jouw",
  "landelijk",
  "staven",
  "staaf",
  "stippen",
  "tekort",
  "tekorten",
  "bedragen",
  "mln",
  "mld",
  "politie",
  "politiemedewerkers",
  "streefnorm",
  "gekozen",
  "vergelijking",
  "overig",
  "overige",
  "totaal",
  "bron",
  "binnen",
  "minuten",
  "ter plaatse",
  "het",
  "een",
  "van",
  "de",
  "en",
  "voor",
  "niet",
  "naar",
  "uit",
];

const dutchPattern = new RegExp(
  `(?<![\\p{L}'])(?:${dutchWords.map((word) => word.replace(/ /g, "\\s+")).join("|")})(?![\\p{L}'])`,
  "iu",
);

/** Text in quotation marks is a source's own wording or a quoted Dutch title, and hosts are names: all may be Dutch. */
function withoutQuotesAndHosts(text: string): string {
  return text
    .replace(/“[^”]*”/g, "“”")
    .replace(/"[^"]*"/g, '""')
    .replace(/[\p{L}\d-]*\p{L}[\p{L}\d-]*(?:\.\p{L}[\p{L}\d-]*)+/gu, "host");
}

const isYear = (digits: string) => Number(digits) >= 1990 && Number(digits) <= 2100;

/** What is wrong with one text in this locale, or an empty list. */
export function localeSlips(text: string, locale: "nl" | "en"): string[] {
  const slips: string[] = [];
  // Addresses (an export prints its sources' URLs) are identifiers, in no language.
  const words = text.replace(/\bhttps?:\/\/\S+/g, "address");
  // Codes with two or more dots (CBS's "0.0.0" for all kinds of crime) are ids, not numbers.
  const numbers = words.replace(/\d+(?:\.\d+){2,}/g, "code");
  for (const [whole, , after] of numbers.matchAll(/(\d)([.,]\d+)/g)) {
    const separator = after[0];
    const grouped = after.length === 4; // a separator and exactly three digits
    const thousands = locale === "nl" ? "." : ",";
    if (separator === thousands && !grouped)
      slips.push(`"${whole}": a decimal separator of the other locale`);
    if (separator !== thousands && grouped)
      slips.push(`"${whole}": a thousands separator of the other locale`);
  }
  for (const [digits] of numbers.matchAll(/(?<![\w.,])\d{4,}(?![\w]|[.,]\d)/g)) {
    if (!(digits.length === 4 && isYear(digits))) slips.push(`"${digits}": a number without grouping`);
  }
  if (locale === "en") {
    const word = dutchPattern.exec(withoutQuotesAndHosts(words));
    if (word) slips.push(`"${word[0]}": a Dutch word`);
  }
  return slips;
}

/** Every slip in a set of chart texts, each with where it was read. */
export function allLocaleSlips(texts: readonly ChartText[], locale: "nl" | "en"): string[] {
  return texts.flatMap(({ where, text }) =>
    localeSlips(text, locale).map((slip) => `${where}: ${slip} in “${text.trim().slice(0, 140)}”`),
  );
}
