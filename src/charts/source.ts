import { describeLocator } from "../data/index.ts";
import type { Locale } from "./types.ts";

/** Where a source link goes in the app: the fact-sheet route for seed locators, the URL itself otherwise. */
export function sourceHref(locator: string): string {
  const match = /^seeds\/([a-z0-9-]+)\.md(?:#([a-z0-9-]+))?$/.exec(locator.trim());
  if (!match) return locator.trim();
  return `#/bron/${match[1]}${match[2] ? `/${match[2]}` : ""}`;
}

/** "Bron: …" / "Source: …" label for one row, as tips show it. */
export function sourceLine(locator: string, locale: Locale): string {
  return `${locale === "nl" ? "Bron" : "Source"}: ${describeLocator(locator, locale).label}`;
}
