import { factSheetHash, parseSeedLocator } from "../util/index.ts";
import { officialDocument } from "./official-documents.ts";

/** Where a reader of a report finds a figure's source: both are full http(s) addresses. */
export interface SourceUrls {
  /** The fact sheet's place on the published site when the site is known, else the official document. */
  page: string;
  /** The official document (its publication, or that site's search for its reference). */
  document: string;
}

/**
 * Resolves a row's locator to addresses a reader can open: a URL stays as it is; a fact-sheet locator
 * (`seeds/<sheet>.md#<anchor>`) becomes the sheet on the site at `site` (`<site>#/bron/<sheet>/<anchor>`)
 * and the official document the sheet describes. Never a repository path. Null for a source that is
 * neither (a reader's own file: "Jouw bestand: x.csv").
 */
export function sourceUrls(locator: string, site?: string): SourceUrls | null {
  const text = locator.trim();
  if (/^https?:\/\//.test(text)) return { page: text, document: text };
  if (!text.startsWith("seeds/")) return null;
  const place = parseSeedLocator(text);
  const official = place ? officialDocument(place.sheet) : undefined;
  if (!place || !official?.identity.url) throw new Error(`invalid locator: ${locator}`);
  const document = official.identity.url;
  if (!site) return { page: document, document };
  return { page: new URL(factSheetHash(place.sheet, place.anchor), site).href, document };
}

/** The machine-readable part of a locator without the repository path: `<sheet>#<anchor>`, or the URL. */
export function sourceRef(locator: string): string {
  const text = locator.trim();
  const place = parseSeedLocator(text);
  return place ? `${place.sheet}${place.anchor ? `#${place.anchor}` : ""}` : text;
}
