import { routeWords } from "./route-words.ts";

/** A place in a fact sheet of `seeds/`: the sheet's file name without `.md`, and the section's anchor. */
export interface SeedLocator {
  sheet: string;
  anchor?: string;
}

const seedPath = /^seeds\/([a-z0-9-]+)\.md(?:#([a-z0-9-]+))?$/;

/**
 * Reads a row's locator into a fact-sheet place (`seeds/antwoorden-eerste-kamer-t03934.md#antwoord-20`);
 * null for anything else (a URL, a reader's own file). Surrounding spaces are ignored.
 */
export function parseSeedLocator(locator: string): SeedLocator | null {
  const match = seedPath.exec(locator.trim());
  if (!match) return null;
  return match[2] ? { sheet: match[1], anchor: match[2] } : { sheet: match[1] };
}

/** The app's route to a fact sheet, or to a section of it: `#/bron/<sheet>/<anchor>`. */
export function factSheetHash(sheet: string, anchor?: string): string {
  return `#/${routeWords.source}/${sheet}${anchor ? `/${anchor}` : ""}`;
}
