/** Interface language: Dutch by default, English on request. Prose in notebooks stays as written. */
export type Locale = "nl" | "en";

const strings = {
  nl: {
    tagline: "Notebooks over Nederlandse politiecijfers",
    notebooks: "Notebooks",
    home: "Overzicht",
    contents: "Inhoud",
    sources: "Bronnen",
    openNotebook: "Open notebook",
    language: "English",
    languageLabel: "Switch to English",
    loading: "Notebook laden…",
    notFound: "Deze pagina bestaat niet.",
    unknownNotebook: (slug: string) => `Er is geen notebook met de naam “${slug}”.`,
    loadFailed: "Het notebook kon niet worden geladen.",
    backHome: "Terug naar het overzicht",
    factSheet: "Bronbeschrijving",
    sourceDocuments: "Brondocumenten",
    charts: (n: number) => `${n} ${n === 1 ? "grafiek" : "grafieken"}`,
    footer: "Alle cijfers komen uit de bronbestanden in seeds/ of uit een genoemde openbare bron.",
  },
  en: {
    tagline: "Notebooks on Dutch police statistics",
    notebooks: "Notebooks",
    home: "Overview",
    contents: "Contents",
    sources: "Sources",
    openNotebook: "Open notebook",
    language: "Nederlands",
    languageLabel: "Schakel naar Nederlands",
    loading: "Loading notebook…",
    notFound: "This page does not exist.",
    unknownNotebook: (slug: string) => `There is no notebook called “${slug}”.`,
    loadFailed: "The notebook could not be loaded.",
    backHome: "Back to the overview",
    factSheet: "Source fact sheet",
    sourceDocuments: "Source documents",
    charts: (n: number) => `${n} ${n === 1 ? "chart" : "charts"}`,
    footer: "Every figure comes from the source documents in seeds/ or from a named public source.",
  },
};

export type Strings = (typeof strings)["nl"];

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
