import { localeTag } from "../util/index.ts";
import { ownStrings } from "./i18n-own.ts";
import { scratchStrings } from "./i18n-scratch.ts";

/** Delimiters by name: a bare "," or ";" in a sentence is hard to read. */
const delimiterName: Record<string, string> = {
  ",": "komma (,)",
  ";": "puntkomma (;)",
  tab: "tab",
  "|": "verticale streep (|)",
};

/** The interface in Dutch, the default; its shape is the type every language follows (`Strings`). */
export const nl = {
  /** Said above a notebook when its prose is not in the interface language; Dutch prose needs no note in Dutch. */
  proseLanguage: "",
  tagline: "Notebooks over Nederlandse politiecijfers",
  notebooks: "Notebooks",
  home: "Overzicht",
  contents: "Inhoud",
  sources: "Bronnen",
  edit: "Bewerken",
  editing: "Bewerken laden…",
  editFailed: "Bewerken kon niet worden gestart.",
  editNote:
    "Je bewerkt deze notebook. Shift-Enter of Uitvoeren voert een cel uit; bewerkingen worden in deze browser bewaard.",
  editedNote: "Deze notebook is in deze browser bewerkt en wijkt af van de meegeleverde versie.",
  runCell: "Uitvoeren",
  cellCode: (n: number) => `Code van cel ${n} (Shift-Enter voert uit)`,
  runCellLabel: (n: number) => `Cel ${n} uitvoeren`,
  download: "Downloaden",
  revert: "Terugzetten",
  revertConfirm: "Alle bewerkingen van deze notebook weggooien en de meegeleverde versie terugzetten?",
  saveFailed: "De bewerking kon niet in deze browser worden bewaard; de cel is niet uitgevoerd.",
  showChanges: "Wijzigingen tonen",
  changesHeading: "Wijzigingen ten opzichte van de meegeleverde versie",
  codeBlock: (n: number) => `Cel ${n}`,
  proseBlock: (n: number) => `Tekst ${n}`,
  frontMatterBlock: "Kop (front matter)",
  bundledBlock: (name: string) => `${name} van de meegeleverde versie`,
  changeKind: {
    changed: "gewijzigd",
    moved: "verplaatst",
    changedMoved: "gewijzigd en verplaatst",
    added: "toegevoegd",
    deleted: "verwijderd",
  },
  unchangedLines: (n: number) =>
    `… ${n === 1 ? "één ongewijzigde regel" : `${n.toLocaleString(localeTag("nl"))} ongewijzigde regels`}`,
  revertBlock: (name: string) => `${name} terugzetten`,
  bundledChanged:
    "De meegeleverde versie van deze notebook is veranderd sinds je bewerking begon. Je ziet je bewerking; de wijzigingen zijn vergeleken met de nieuwe meegeleverde versie. Je kunt je bewerking houden of terugzetten.",
  keepEdit: "Mijn bewerking houden",
  otherTabSaved:
    "Deze notebook is in een ander tabblad gewijzigd. Herlaad om die versie te nemen: bewaren vanuit dit tabblad wordt geweigerd zolang het de oudere versie heeft.",
  saveRefused:
    "Niet bewaard: deze notebook is in een ander tabblad gewijzigd sinds dit tabblad hem las, en die versie is niet overschreven. Herlaad om de versie van het andere tabblad te nemen, of houd je eigen kopie.",
  saveRefusedCell:
    "Niet bewaard en niet uitgevoerd: een ander tabblad heeft een nieuwere versie (zie boven).",
  reload: "Herladen",
  downloadMine: "Mijn kopie downloaden",
  keepAsNew: "Als nieuwe notebook bewaren",
  keepAsNewFailed: "Je kopie kon niet als nieuwe notebook worden bewaard; download hem.",
  errorInCell: (line: number, column: number) => `regel ${line}, kolom ${column} van de cel`,
  loopStopped: (seconds: number, line: number) =>
    `Deze cel is gestopt: een lus liep langer dan ${seconds} seconden (regel ${line} in de cel)`,
  openNotebook: "Open notebook",
  language: "English",
  languageLabel: "Switch to English",
  loading: "Notebook laden…",
  notFound: "Deze pagina bestaat niet.",
  unknownNotebook: (slug: string) => `Er is geen notebook met de naam “${slug}”.`,
  loadFailed: "Het notebook kon niet worden geladen.",
  backHome: "Terug naar het overzicht",
  factSheet: "Bronbeschrijving",
  officialDocument: "Officieel document",
  officialReferences: "Andere kenmerken in de tekst",
  searchFor: (host: string) => `zoeken op ${host}`,
  openPublication: (host: string) => `publicatie op ${host}`,
  figuresTable: "Cijfers in dit document",
  figureColumns: {
    what: "Wat",
    value: "Waarde",
    when: "Wanneer",
    where: "Vindplaats",
    notebook: "Notebook",
    measure: "Sleutel",
  },
  units: {
    "residents-per-officer": "inwoners per wijkagent",
    years: "jaar",
    hours: "uur",
    days: "dagen",
    minutes: "minuten",
  } as Record<string, string>,
  sourceDocuments: "Brondocumenten",
  openFile: "CSV openen",
  dropHere: "Laat het CSV-bestand los om het te openen",
  reading: "Bestand lezen…",
  cancel: "Annuleren",
  stalled: (seconds: number) =>
    `Het lezen staat al ${seconds} ${seconds === 1 ? "seconde" : "seconden"} stil: de lezer antwoordt niet meer. Probeer het opnieuw, of stop.`,
  crashed: (message: string) =>
    `Het lezen is vastgelopen: de lezer stopte met een fout${message ? ` (${message})` : ""}. Probeer het opnieuw, of stop.`,
  retry: "Opnieuw proberen",
  stop: "Stoppen",
  onlyFirstOpened: (opened: string, others: string[]) =>
    `Alleen ‘${opened}’ is geopend; ${new Intl.ListFormat("nl", { type: "conjunction" }).format(others.map((name) => `‘${name}’`))} niet (één bestand tegelijk).`,
  progress: (stage: string, bytes: string, total: string, rows: string) =>
    stage === "reading"
      ? `Bestand lezen: ${bytes} van ${total}`
      : `Rijen lezen: ${rows} rijen, ${bytes} van ${total}`,
  yourFile: "Jouw bestand",
  localOnly: "Alleen in deze browser gelezen: er gaat niets naar een server.",
  noFile: "Er is geen bestand geopend. Sleep een CSV-bestand op de pagina of gebruik de knop ‘CSV openen’.",
  firstChart: "Eerste grafiek",
  openAsScratch: "Open het als los bestand",
  backToBundled: "Terug naar de meegeleverde cijfers",
  missingColumns: (name: string, table: string, missing: string[]) =>
    `${name} past niet bij deze notebook: ${missing.length > 1 ? "de kolommen" : "de kolom"} ${missing.join(", ")} van tabel ${table} ${missing.length > 1 ? "ontbreken" : "ontbreekt"}.`,
  fileHolds: (shape: string, columns: string[]) =>
    `Gelezen als ${shape}, met de kolommen ${columns.join(", ")}.`,
  howToGet: (table: string, topics: string[]) =>
    `Zo krijg je een bestand dat past: open tabel ${table} op data.politie.nl, kies bij de onderwerpen ${topics.map((topic) => `‘${topic}’`).join(" en ")}, en download de tabel als CSV. Het OData-bestand (TypedDataSet) van dataderden.cbs.nl past ook.`,
  tableLink: (table: string) => `Tabel ${table} op data.politie.nl`,
  shapeNames: {
    "statline-table": "StatLine-tabelexport",
    "statline-long": "StatLine-export (lang)",
    odata: "OData-/bulkbestand",
    plain: "CSV-bestand",
  } as Record<string, string>,
  readAs: (shape: string) => `Gelezen als ${shape}; namen en labels zijn omgezet naar CBS-codes.`,
  unmatchedLabels: (column: string, labels: string[]) =>
    `${column}: geen code gevonden voor ${labels.join(", ")}; die rijen tellen niet mee in de totalen.`,
  close: "Sluiten",
  chartsUseFile: (name: string, rows: number) =>
    `De grafieken van deze notebook tonen nu ${name} (${rows.toLocaleString(localeTag("nl"))} rijen).`,
  totalsOnly: (totals: string) =>
    `Alleen de totalen die het bestand zelf geeft (${totals}), zodat niets dubbel telt.`,
  noChart: "Dit bestand heeft geen kolom met getallen om te tekenen.",
  rowsTitle: (n: string) => `Rijen (${n})`,
  columnsTitle: "Kolommen",
  chooser: {
    search: (label: string) => `Zoek in ${label}`,
    placeholder: (count: string) => `zoek in ${count} keuzes`,
    more: (count: string) => `… en nog ${count}; typ hierboven om te zoeken`,
  },
  unreadableEdit:
    "Je bewerkte versie van dit notebook, bewaard in deze browser, kan niet worden gelezen; hier staat de versie van Blauw. Download de bewaarde tekst voordat je opnieuw bewerkt: een nieuwe bewerking vervangt hem.",
  downloadSavedEdit: "Bewaarde versie downloaden",
  columnPicker: {
    legend: (total: string, n: number) => `Dit bestand heeft ${total} kolommen; hier staan er ${n} tegelijk`,
    search: "Zoek kolommen op naam",
    previous: (n: number) => `Vorige ${n}`,
    next: (n: number) => `Volgende ${n}`,
    showing: (from: string, to: string, of: string, query: string, total: string) =>
      query
        ? `Kolom ${from}–${to} van de ${of} kolommen met “${query}” in de naam (${total} in totaal).`
        : `Kolom ${from}–${to} van ${of}.`,
    none: (query: string) => `Geen kolomnaam bevat “${query}”.`,
  },
  problemsTitle: (n: number) => `Problemen (${n})`,
  noProblems: "Geen problemen: elke rij en elke cel is gelezen.",
  moreProblems: (n: number) => `… en nog ${n} problemen`,
  problemsAbove: (n: number) =>
    `Het bestand heeft ${n === 1 ? "één probleem" : `${n.toLocaleString(localeTag("nl"))} problemen`}; de lijst staat boven de notebook.`,
  row: "rij",
  column: "kolom",
  type: "type",
  empty: "leeg",
  range: "bereik of verschillende waarden",
  unit: "eenheid",
  dialectLine: (delimiter: string, encoding: string, shape: string) =>
    `Scheidingsteken: ${delimiterName[delimiter] ?? delimiter} · codering: ${encoding} · vorm: ${shape}`,
  loadFailed2: (message: string) => `Het bestand kon niet worden gelezen: ${message}`,
  charts: (n: number) => `${n} ${n === 1 ? "grafiek" : "grafieken"}`,
  footer: "Alle cijfers komen uit de bronbestanden in seeds/ of uit een genoemde openbare bron.",
  toolbar: {
    label: "Grafiek exporteren",
    svg: "Download deze grafiek als SVG",
    png: "Download deze grafiek als PNG (dubbele resolutie)",
    scheme: "Kleuren van SVG en PNG",
    light: "Licht",
    dark: "Donker",
    dataButton: "Gegevens",
    data: "Download de rijen van deze grafiek als CSV, met hun bronnen",
    dataDutchButton: "CSV (Excel NL)",
    dataDutch: "Download de rijen als CSV voor een Nederlandse spreadsheet: puntkomma's en decimale komma's",
    embedButton: "Insluiten",
    embed: "Kopieer de code om deze grafiek in een andere pagina te tonen",
    link: "Kopieer een vaste link naar deze grafiek in deze stand",
    copiedEmbed: "Insluitcode gekopieerd",
    copiedLink: "Link gekopieerd",
    copyManually: "Kopieer de tekst hieronder:",
    failed: "Dat lukte niet",
  },
  /** Reading a chart by keyboard (chart-keyboard.ts) and its table (chart-table.ts). */
  chartKeys: {
    label: (title: string) => `Grafiek: ${title}. Pijltjestoetsen om de waarden te lezen`,
    position: (at: number, of: number) => `${at} van ${of}`,
  },
  chartTable: {
    button: "Tabel",
    hint: "Toon of verberg de cijfers van deze grafiek als tabel",
    caption: (title: string) => `Cijfers van de grafiek: ${title}`,
    region: (title: string) => `Tabel: ${title}`,
    what: "Wat",
    when: "Wanneer",
    figure: "Cijfer",
    derived: "Berekend uit",
    source: "Bron",
  },
  dataChanged: (then: string, now: string) =>
    `De gegevens zijn veranderd sinds deze link werd gemaakt (versie ${then}, nu ${now}): de grafieken tonen de huidige cijfers.`,
  unknownChart: (notebook: string, chart: string) =>
    `Er is geen grafiek “${chart}” in notebook “${notebook}”.`,
  own: ownStrings.nl,
  scratch: scratchStrings.nl,
};
