import { type Locale, parseSeedLocator } from "../util/index.ts";
/**
 * A locator points a figure back to where it was read: either a place in one of the fact sheets in
 * `seeds/` (`seeds/<sheet>.md#<anchor>`) or the URL of a named public source.
 */
export interface SourceDescription {
  /** Short human label for a source line, e.g. "Antwoorden Eerste Kamer T03934, antwoord 20". */
  label: string;
  /** Where a reader can check it: a path relative to the repository root, or a URL. */
  href: string;
  kind: "seed" | "public";
}

const seedSheets: Record<string, { nl: string; en: string }> = {
  "kamerbrief-politie-maart-2026": {
    nl: "Kamerbrief politie (maart 2026)",
    en: "Letter on the police (March 2026)",
  },
  "antwoorden-eerste-kamer-t03934": {
    nl: "Antwoorden Eerste Kamer T03934",
    en: "Answers to the Senate, T03934",
  },
};

const anchorWords: Record<string, { nl: string; en: string }> = {
  antwoord: { nl: "antwoord", en: "answer" },
  vraag: { nl: "vraag", en: "question" },
};

/** Turns a locator into a label and a link; unknown shapes are returned as they are, never dropped. */
export function describeLocator(locator: string, locale: Locale = "nl"): SourceDescription {
  const text = locator.trim();
  if (/^https?:\/\//.test(text)) {
    let host = text;
    try {
      host = new URL(text).hostname.replace(/^www\./, "");
    } catch {
      // keep the raw text as its own label
    }
    return { label: host, href: text, kind: "public" };
  }
  const place = parseSeedLocator(text);
  if (!place) return { label: text, href: text, kind: "seed" };
  const { sheet, anchor } = place;
  const title = seedSheets[sheet]?.[locale] ?? sheet;
  return { label: anchor ? `${title}, ${anchorLabel(anchor, locale)}` : title, href: text, kind: "seed" };
}

function anchorLabel(anchor: string, locale: Locale): string {
  const numbered = /^(antwoord|vraag)-(\d+)$/.exec(anchor);
  if (numbered) return `${anchorWords[numbered[1]][locale]} ${numbered[2]}`;
  const words = anchor.replace(/-/g, " ");
  const title = `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
  // The section keeps its Dutch title; in English it is quoted, as a name, not a sentence.
  return locale === "nl" ? `§ ${title}` : `section “${title}”`;
}

/** The distinct source labels of a set of rows, in first-seen order: what a chart's source line lists. */
export function sourceLabels(locators: Iterable<string>, locale: Locale = "nl"): string[] {
  const labels: string[] = [];
  for (const locator of locators) {
    const { label } = describeLocator(locator, locale);
    if (!labels.includes(label)) labels.push(label);
  }
  return labels;
}
