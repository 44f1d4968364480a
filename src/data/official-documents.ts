/**
 * The official documents behind the fact sheets in `seeds/`, named by the references their own texts
 * give, each with where a reader finds it. Only references the texts give; where the exact address of a
 * publication is not known, the link is that site's search for the reference (`search: true`).
 */
export interface OfficialReference {
  /** The reference as the text gives it, e.g. "Kamerstuk II 29628, nr. 1277". */
  text: string;
  /** What it is, in Dutch and English. */
  about: { nl: string; en: string };
  /** The publication, or a search for the reference on the official site; null for a law article. */
  url: string | null;
  /** True when `url` is a search for the reference rather than the publication itself. */
  search: boolean;
}

export interface OfficialDocument {
  /** The fact sheet that describes it: `seeds/<sheet>.md`. */
  sheet: string;
  /** The reference that names the document itself, and where to find it. */
  identity: OfficialReference;
  /** Other references the text gives. */
  references: OfficialReference[];
}

/** A Kamerstuk on officielebekendmakingen.nl by its dossier and number (`kst-<dossier>-<nr>.html`). */
export function kamerstukUrl(dossier: string, number: string): string {
  return `https://zoek.officielebekendmakingen.nl/kst-${dossier}-${number}.html`;
}

/** A search on officielebekendmakingen.nl for official publications containing all of the terms. */
export function officialSearchUrl(...terms: string[]): string {
  const words = terms.map((term) => `cql.textAndIndexes="${term}"`).join(" and ");
  const query = `(c.product-area=="officielepublicaties")and(${words})`;
  return `https://zoek.officielebekendmakingen.nl/resultaten?q=${encodeURIComponent(query)}`;
}

/** A search on tweedekamer.nl, e.g. for a case number (kenmerk) such as 2026Z04819. */
export function tweedeKamerSearchUrl(term: string): string {
  return `https://www.tweedekamer.nl/zoeken?qry=${encodeURIComponent(term)}`;
}

/** A search on eerstekamer.nl, e.g. for a commitment (toezegging) such as T03934. */
export function eersteKamerSearchUrl(term: string): string {
  return `https://www.eerstekamer.nl/zoeken?zoekterm=${encodeURIComponent(term)}`;
}

const kamerstuk29628nr1277: OfficialReference = {
  text: "Kamerstuk II 29628, nr. 1277",
  about: {
    nl: "Meerjarenbegroting en financiële opgave van de politie",
    en: "The police's multi-year budget and financial task",
  },
  url: kamerstukUrl("29628", "1277"),
  search: false,
};

/** The two documents all of Blauw's seed figures come from. */
export const officialDocuments: readonly OfficialDocument[] = [
  {
    sheet: "antwoorden-eerste-kamer-t03934",
    identity: {
      text: "T03934",
      about: {
        nl: "Toezegging aan de Eerste Kamer (lid Van der Goot) over innovatieve politieloketten; dit stuk beantwoordt de vragen van de BBB-fractie daarover",
        en: "Commitment to the Senate (member Van der Goot) on innovative police counters; this document answers the BBB group's questions on it",
      },
      url: eersteKamerSearchUrl("T03934"),
      search: true,
    },
    references: [
      kamerstuk29628nr1277,
      {
        text: "Kamerstukken I 2024/25, 29628, nr. 1254",
        about: {
          nl: "Brief van 11 april 2025 over het verbeterprogramma C2000",
          en: "Letter of 11 April 2025 on the C2000 improvement programme",
        },
        url: officialSearchUrl("29628", "1254"),
        search: true,
      },
      {
        text: "artikel 38a Politiewet 2012",
        about: { nl: "De wijkagentennorm", en: "The community-officer norm" },
        url: null,
        search: false,
      },
    ],
  },
  {
    sheet: "kamerbrief-politie-maart-2026",
    identity: {
      text: "2026Z04819",
      about: {
        nl: "Verzoek van het lid Ceulemans (JA21) dat deze brief afdoet (de brief noemt geen eigen kenmerk)",
        en: "Request by member Ceulemans (JA21) that this letter answers (the letter gives no reference of its own)",
      },
      url: tweedeKamerSearchUrl("2026Z04819"),
      search: true,
    },
    references: [
      {
        text: "2026Z02789",
        about: {
          nl: "Toezegging in het vragenuur van 10 februari 2026 (bedreigingen en doxing)",
          en: "Commitment in question time of 10 February 2026 (threats and doxing)",
        },
        url: tweedeKamerSearchUrl("2026Z02789"),
        search: true,
      },
      {
        text: "Kamerstukken II 2025-2026, 28684, nr. 805",
        about: { nl: "Motie Bontenbal en Yeşilgöz-Zegerius", en: "Motion Bontenbal and Yeşilgöz-Zegerius" },
        url: kamerstukUrl("28684", "805"),
        search: false,
      },
      {
        text: "Kamerstukken II 2024-2025, 34324, nr. 30",
        about: { nl: "Motie Boswijk", en: "Motion Boswijk" },
        url: kamerstukUrl("34324", "30"),
        search: false,
      },
      {
        ...kamerstuk29628nr1277,
        text: "Kamerstukken II 2024-2025, 29628, nr. 1277",
        about: { nl: "Bron van het doxingcijfer van 2024", en: "Source of the 2024 doxing figure" },
      },
    ],
  },
];

/** The official document a fact sheet describes, or undefined for a sheet that describes none. */
export function officialDocument(sheet: string): OfficialDocument | undefined {
  return officialDocuments.find((document) => document.sheet === sheet);
}
