import type { Locale } from "../util/index.ts";
import { en } from "./i18n-en.ts";
import { nl } from "./i18n-nl.ts";

/**
 * Interface language: Dutch by default, English on request. Prose in notebooks stays as written. The
 * words themselves are in i18n-nl.ts and i18n-en.ts, with the own-notebook and scratch-page words in
 * i18n-own.ts and i18n-scratch.ts.
 */
export type { Locale };

const strings = { nl, en };

export type Strings = typeof nl;

/** The interface strings for a locale. */
export function t(locale: Locale): Strings {
  return strings[locale];
}

const storageKey = "blauw-locale";

/** The locale the reader chose last time, or Dutch. */
export function storedLocale(storage: Storage | undefined): Locale {
  try {
    return storage?.getItem(storageKey) === "en" ? "en" : "nl";
  } catch {
    return "nl";
  }
}

/** Remembers the reader's choice; private browsing may refuse, which is harmless. */
export function storeLocale(storage: Storage | undefined, locale: Locale): void {
  try {
    storage?.setItem(storageKey, locale);
  } catch {
    // not stored: the choice lasts for this page only
  }
}
