import { describeLocator } from "../data/index.ts";
import { factSheetHash, parseSeedLocator } from "../util/index.ts";
import { chartFrameWords } from "./chart-frame-style.ts";
import type { Locale } from "./types.ts";

/** Where a source link goes in the app: the fact-sheet route for seed locators, the URL itself otherwise. */
export function sourceHref(locator: string): string {
  const place = parseSeedLocator(locator);
  return place ? factSheetHash(place.sheet, place.anchor) : locator.trim();
}

/** "Bron: …" / "Source: …" label for one row, as tips show it. */
export function sourceLine(locator: string, locale: Locale): string {
  return `${chartFrameWords[locale].source}: ${describeLocator(locator, locale).label}`;
}
