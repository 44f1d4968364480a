import { type Locale, localeTag } from "../util/index.ts";

/** Interface language: Dutch by default, English on request. Prose in notebooks stays as written. */
/** Delimiters by name: a bare "," or ";" in a sentence is hard to read. */
const delimiterName: Record<Locale, Record<string, string>> = {
  nl: { ",": "komma (,)", ";": "puntkomma (;)", tab: "tab", "|": "verticale streep (|)" },
  en: { ",": "comma (,)", ";": "semicolon (;)", tab: "tab", "|": "vertical bar (|)" },
};

export type { Locale };

const strings = {
  nl: {
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
      legend: (total: string, n: number) =>
        `Dit bestand heeft ${total} kolommen; hier staan er ${n} tegelijk`,
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
      `Scheidingsteken: ${delimiterName.nl[delimiter] ?? delimiter} · codering: ${encoding} · vorm: ${shape}`,
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
      dataDutch:
        "Download de rijen als CSV voor een Nederlandse spreadsheet: puntkomma's en decimale komma's",
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
    own: {
      heading: "Jouw notebooks",
      intro: "Gemaakt of geopend in deze browser, en alleen hier bewaard.",
      none: "Nog geen eigen notebooks. Begin er een met Nieuw, open een .md-bestand, of maak er een van een CSV-bestand.",
      changed: (when: number) =>
        `Gewijzigd ${new Intl.DateTimeFormat(localeTag("nl"), { dateStyle: "long", timeStyle: "short" }).format(when)}`,
      newNotebook: "Nieuw",
      newLabel: "Nieuwe notebook beginnen",
      newTitle: "Nieuwe notebook",
      open: "Openen",
      openLabel: "Notebook openen (.md-bestand)",
      delete: "Verwijderen",
      deleteLabel: (title: string) => `Notebook “${title}” verwijderen`,
      deleteConfirm: (title: string) => `De notebook “${title}” uit deze browser verwijderen?`,
      deleted: (title: string) => `De notebook “${title}” is verwijderd.`,
      undo: "Ongedaan maken",
      browserOnly:
        "Deze notebook staat alleen in deze browser. Een link ernaar werkt in een andere browser of op een andere computer niet; deel hem met Downloaden (onder Bewerken).",
      untrusted: "Deze notebook komt uit een bestand; de code is nog niet uitgevoerd.",
      untrustedHow:
        "Lees de code hieronder. Voer hem alleen uit als je weet waar het bestand vandaan komt: code in een notebook kan alles wat deze pagina kan.",
      runCode: "Code uitvoeren",
      notHere:
        "Deze notebook staat niet in deze browser. Notebooks die je maakt of opent worden alleen bewaard in de browser waarin dat gebeurde; vraag om het .md-bestand en open dat hier.",
      unreadable: (reason: string) =>
        `Deze notebook kan niet worden gelezen (${reason}). Download de tekst om hem te herstellen, of verwijder hem op het overzicht.`,
      downloadText: "Tekst downloaden",
      storeFailed: "De notebook kon niet in deze browser worden bewaard (is opslag hier uitgeschakeld?).",
      notMarkdown: (name: string) =>
        `“${name}” is niet geopend: een notebook is een Markdown-bestand (.md), met YAML-voorwerk en js-cellen.`,
      notUtf8: (name: string) =>
        `“${name}” is niet geopend: het is geen tekst in UTF-8. Een notebook is een Markdown-bestand (.md) in UTF-8.`,
      tooLarge: (name: string, size: string, limit: string) =>
        `“${name}” is niet geopend: het is ${size}, een notebook mag hooguit ${limit} zijn.`,
      noAttachedFile: (name: string) =>
        `Er is geen bestand “${name}” bij deze notebook bewaard (verwijderd, of nooit toegevoegd).`,
      makeNotebook: "Maak notebook",
      makeNotebookLabel: (name: string) => `Maak notebook van “${name}”`,
      askLarge: (name: string, size: string, free: string | null) =>
        `“${name}” is ${size}. Om de notebook het bestand te laten lezen na het herladen, wordt het in deze browser bewaard${free ? `; de browser meldt nog ${free} ruimte` : ""}. Bewaren?`,
      storeFile: "Bewaren en notebook maken",
      cancel: "Annuleren",
      attachedHeading: "Bestanden bij deze notebook",
      attachedNone: "Er zijn geen bestanden bij deze notebook bewaard.",
      removeFile: "Verwijderen",
      removeFileLabel: (name: string) => `Bestand “${name}” verwijderen`,
      removeFileConfirm: (name: string) =>
        `Het bestand “${name}” uit deze browser verwijderen? Cellen die het lezen, geven dan een foutmelding.`,
      fileStoreFailed: (name: string, reason: string) =>
        `“${name}” kon niet in deze browser worden bewaard (${reason}); er is geen notebook gemaakt.`,
      madeProse: "Deze notebook leest een CSV-bestand dat in deze browser bij de notebook is bewaard.",
      badFrontMatter: (name: string, reason: string) =>
        `“${name}” is niet geopend: het voorwerk (de YAML tussen de twee regels ---) klopt niet: ${reason}`,
    },
    scratch: {
      typeNames: {
        string: "tekst",
        integer: "geheel getal",
        number: "getal",
        percent: "percentage",
        boolean: "ja/nee",
        date: "datum",
        period: "periode",
        region: "regio",
      } as Record<string, string>,
      choices: "Wat de grafiek toont",
      measure: "Meetwaarde",
      step: "Soort periode",
      region: "Regio of niveau",
      from: "Van",
      to: "Tot en met",
      undecided: "— kies —",
      allAdded: "alle waarden opgeteld",
      levelOption: (level: string) => `alle regio's op niveau ${level}, opgeteld`,
      levels: {
        country: ["land", "landen"],
        landsdeel: ["landsdeel", "landsdelen"],
        "police-region": ["politieregio", "politieregio's"],
        province: ["provincie", "provincies"],
        corop: ["COROP-gebied", "COROP-gebieden"],
        municipality: ["gemeente", "gemeenten"],
        district: ["wijk", "wijken"],
        neighbourhood: ["buurt", "buurten"],
      } as Record<string, [string, string]>,
      steps: {
        year: ["jaar", "jaren"],
        "half-year": ["halfjaar", "halfjaren"],
        quarter: ["kwartaal", "kwartalen"],
        month: ["maand", "maanden"],
        day: ["dag", "dagen"],
      } as Record<string, [string, string]>,
      per: (step: string, count: string, plural: string) => `per ${step}, ${count} ${plural}`,
      allOfLevel: (count: string, plural: string) => `alle ${count} ${plural} opgeteld`,
      allRegions: (count: string) => `alle ${count} regio's opgeteld`,
      allOf: (count: string, column: string) => `alle ${count} waarden van ${column} opgeteld`,
      bars: (column: string, total?: string) => `per ${column}${total ? ` (zonder ${total})` : ""}`,
      histogram: (count: string) => `verdeling van ${count} waarden`,
      usedRows: (rows: string) => `Getekend uit ${rows} rijen van het bestand.`,
      yearRowsLeft: (count: string) =>
        ` ${count} jaarcijfers tussen de maanden tellen niet mee (zie Problemen).`,
      source: (name: string) => `Jouw bestand: ${name}`,
      noMeasure: "Dit bestand heeft geen kolom met getallen om te tekenen.",
      periodAsText: (column: string) =>
        `“${column}” wordt als tekst gelezen, maar bevat perioden. Perioden worden nooit bij elkaar opgeteld, dus hier staat geen grafiek. Kies bij Kolommen het type ‘periode’ (of ‘datum’) om over de tijd te tekenen.`,
      undecidedTotal: (column: string, candidates: string) =>
        `In “${column}” lijken meer waarden een totaal (${candidates}): welke het totaal is, valt niet te beslissen, dus hier staat geen grafiek. Kies hierboven een waarde.`,
      percentSum: (measure: string, column: string) =>
        `“${measure}” is een percentage, en percentages worden niet opgeteld over “${column}”. Kies hierboven één waarde.`,
      repeatedKeys: (count: string) =>
        `${count} keer hebben rijen dezelfde sleutel (dezelfde categorie en periode; zie Problemen). Welke rij telt, valt niet te beslissen, dus hier staat geen grafiek.`,
      noPeriods: (column: string) =>
        `Geen enkele rij heeft in “${column}” een waarde die als periode te lezen is (zie Problemen): er valt niets te tekenen.`,
      noRows: "Met deze keuze blijft er geen rij met een getal over: er valt niets te tekenen.",
      dataRows: (rows: string) => `gegevensrijen ${rows}`,
      and: "en",
      repeatedKey: (key: string, count: string) =>
        `dezelfde sleutel (${key}) staat ${count} keer in het bestand`,
      yearRow: (row: string, year: string) =>
        `; gegevensrij ${row} is het jaartotaal van ${year} (gelijk aan de som van de maanden) en telt niet mee in de grafiek`,
      mixedPeriods: (column: string, kinds: string) =>
        `Kolom “${column}” mengt perioden (${kinds}): de grafiek toont één soort tegelijk.`,
      linkFile: (name: string) =>
        `Deze link hoort bij het bestand “${name}”. Een link kan een bestand niet meenemen: open “${name}” (sleep het op de pagina of gebruik ‘CSV openen’) om de grafiek zo te zien.`,
    },
  },
  en: {
    proseLanguage:
      "The text and inputs of this notebook are in Dutch. Its charts — titles, labels, tips and figures — are in English.",
    tagline: "Notebooks on Dutch police statistics",
    notebooks: "Notebooks",
    home: "Overview",
    contents: "Contents",
    sources: "Sources",
    edit: "Edit",
    editing: "Loading the editor…",
    editFailed: "Editing could not be started.",
    editNote:
      "You are editing this notebook. Shift-Enter or Run runs a cell; edits are kept in this browser.",
    editedNote: "This notebook was edited in this browser and differs from the bundled version.",
    runCell: "Run",
    cellCode: (n: number) => `Code of cell ${n} (Shift-Enter runs it)`,
    runCellLabel: (n: number) => `Run cell ${n}`,
    download: "Download",
    revert: "Revert",
    revertConfirm: "Throw away all edits of this notebook and restore the bundled version?",
    saveFailed: "The edit could not be kept in this browser; the cell was not run.",
    showChanges: "Show changes",
    changesHeading: "Changes against the bundled version",
    codeBlock: (n: number) => `Cell ${n}`,
    proseBlock: (n: number) => `Text ${n}`,
    frontMatterBlock: "Front matter",
    bundledBlock: (name: string) => `${name} of the bundled version`,
    changeKind: {
      changed: "changed",
      moved: "moved",
      changedMoved: "changed and moved",
      added: "added",
      deleted: "deleted",
    },
    unchangedLines: (n: number) =>
      `… ${n === 1 ? "one unchanged line" : `${n.toLocaleString(localeTag("en"))} unchanged lines`}`,
    revertBlock: (name: string) => `Revert ${name.charAt(0).toLowerCase()}${name.slice(1)}`,
    bundledChanged:
      "The bundled version of this notebook has changed since your edit began. You see your edit; the changes are compared with the new bundled version. You can keep your edit or revert it.",
    keepEdit: "Keep my edit",
    otherTabSaved:
      "This notebook was changed in another tab. Reload to take that version: saving from this tab is refused while it has the older one.",
    saveRefused:
      "Not saved: this notebook was changed in another tab since this tab read it, and that version was not overwritten. Reload to take the other tab's version, or keep your own copy.",
    saveRefusedCell: "Not saved and not run: another tab has a newer version (see above).",
    reload: "Reload",
    downloadMine: "Download my copy",
    keepAsNew: "Keep as a new notebook",
    keepAsNewFailed: "Your copy could not be kept as a new notebook; download it.",
    errorInCell: (line: number, column: number) => `line ${line}, column ${column} of the cell`,
    loopStopped: (seconds: number, line: number) =>
      `This cell was stopped: a loop ran longer than ${seconds} seconds (line ${line} of the cell)`,
    openNotebook: "Open notebook",
    language: "Nederlands",
    languageLabel: "Schakel naar Nederlands",
    loading: "Loading notebook…",
    notFound: "This page does not exist.",
    unknownNotebook: (slug: string) => `There is no notebook called “${slug}”.`,
    loadFailed: "The notebook could not be loaded.",
    backHome: "Back to the overview",
    factSheet: "Source fact sheet",
    officialDocument: "Official document",
    officialReferences: "Other references in the text",
    searchFor: (host: string) => `search on ${host}`,
    openPublication: (host: string) => `publication on ${host}`,
    figuresTable: "Figures in this document",
    figureColumns: {
      what: "What",
      value: "Value",
      when: "When",
      where: "Where",
      notebook: "Notebook",
      measure: "Key",
    },
    units: {
      "residents-per-officer": "residents per officer",
      years: "years",
      hours: "hours",
      days: "days",
      minutes: "minutes",
    } as Record<string, string>,
    sourceDocuments: "Source documents",
    openFile: "Open CSV",
    dropHere: "Drop the CSV file to open it",
    reading: "Reading file…",
    cancel: "Cancel",
    stalled: (seconds: number) =>
      `Reading has been stuck for ${seconds} ${seconds === 1 ? "second" : "seconds"}: the reader stopped answering. Try again, or stop.`,
    crashed: (message: string) =>
      `Reading broke off: the reader stopped with an error${message ? ` (${message})` : ""}. Try again, or stop.`,
    retry: "Try again",
    stop: "Stop",
    onlyFirstOpened: (opened: string, others: string[]) =>
      `Only ‘${opened}’ was opened; ${new Intl.ListFormat(localeTag("en"), { type: "conjunction" }).format(others.map((name) => `‘${name}’`))} ${others.length === 1 ? "was" : "were"} not (one file at a time).`,
    progress: (stage: string, bytes: string, total: string, rows: string) =>
      stage === "reading"
        ? `Reading file: ${bytes} of ${total}`
        : `Reading rows: ${rows} rows, ${bytes} of ${total}`,
    yourFile: "Your file",
    localOnly: "Read in this browser only: nothing is sent to a server.",
    noFile: "No file is open. Drop a CSV file on the page or use the ‘Open CSV’ button.",
    firstChart: "First chart",
    openAsScratch: "Open it as a file of its own",
    backToBundled: "Back to the bundled figures",
    missingColumns: (name: string, table: string, missing: string[]) =>
      `${name} does not fit this notebook: ${missing.length > 1 ? "the columns" : "the column"} ${missing.join(", ")} of table ${table} ${missing.length > 1 ? "are" : "is"} missing.`,
    fileHolds: (shape: string, columns: string[]) =>
      `Read as ${shape}, with the columns ${columns.join(", ")}.`,
    howToGet: (table: string, topics: string[]) =>
      `To get a file that fits: open table ${table} on data.politie.nl, choose the topic${topics.length > 1 ? "s" : ""} ${topics.map((topic) => `‘${topic}’`).join(" and ")}, and download the table as CSV. The OData file (TypedDataSet) from dataderden.cbs.nl fits too.`,
    tableLink: (table: string) => `Table ${table} on data.politie.nl`,
    shapeNames: {
      "statline-table": "a StatLine table export",
      "statline-long": "a StatLine export (long)",
      odata: "an OData/bulk file",
      plain: "a CSV file",
    } as Record<string, string>,
    readAs: (shape: string) => `Read as ${shape}; names and labels were turned into CBS codes.`,
    unmatchedLabels: (column: string, labels: string[]) =>
      `${column}: no code found for ${labels.join(", ")}; those rows are left out of the totals.`,
    close: "Close",
    chartsUseFile: (name: string, rows: number) =>
      `The charts of this notebook now show ${name} (${rows.toLocaleString(localeTag("en"))} rows).`,
    totalsOnly: (totals: string) =>
      `Only the totals the file itself gives (${totals}), so nothing is counted twice.`,
    noChart: "This file has no column of numbers to draw.",
    rowsTitle: (n: string) => `Rows (${n})`,
    columnsTitle: "Columns",
    chooser: {
      search: (label: string) => `Search ${label}`,
      placeholder: (count: string) => `search ${count} choices`,
      more: (count: string) => `… and ${count} more; type above to search`,
    },
    unreadableEdit:
      "Your edited version of this notebook, kept in this browser, cannot be read; this is Blauw's version. Download the kept text before you edit again: a new edit replaces it.",
    downloadSavedEdit: "Download the kept version",
    columnPicker: {
      legend: (total: string, n: number) => `This file has ${total} columns; ${n} are shown at a time`,
      search: "Find columns by name",
      previous: (n: number) => `Previous ${n}`,
      next: (n: number) => `Next ${n}`,
      showing: (from: string, to: string, of: string, query: string, total: string) =>
        query
          ? `Columns ${from}–${to} of the ${of} columns with “${query}” in their name (${total} in all).`
          : `Columns ${from}–${to} of ${of}.`,
      none: (query: string) => `No column name contains “${query}”.`,
    },
    problemsTitle: (n: number) => `Problems (${n})`,
    noProblems: "No problems: every row and every cell was read.",
    moreProblems: (n: number) => `… and ${n} more problems`,
    problemsAbove: (n: number) =>
      `The file has ${n === 1 ? "one problem" : `${n.toLocaleString(localeTag("en"))} problems`}; they are listed above the notebook.`,
    row: "row",
    column: "column",
    type: "type",
    empty: "empty",
    range: "range or distinct values",
    unit: "unit",
    dialectLine: (delimiter: string, encoding: string, shape: string) =>
      `Delimiter: ${delimiterName.en[delimiter] ?? delimiter} · encoding: ${encoding} · shape: ${shape}`,
    loadFailed2: (message: string) => `The file could not be read: ${message}`,
    charts: (n: number) => `${n} ${n === 1 ? "chart" : "charts"}`,
    footer: "Every figure comes from the source documents in seeds/ or from a named public source.",
    toolbar: {
      label: "Export chart",
      svg: "Download this chart as SVG",
      png: "Download this chart as PNG (double resolution)",
      scheme: "Colours of SVG and PNG",
      light: "Light",
      dark: "Dark",
      dataButton: "Data",
      data: "Download the rows of this chart as CSV, with their sources",
      dataDutchButton: "CSV (Excel NL)",
      dataDutch: "Download the rows as CSV for a spreadsheet set to Dutch: semicolons and decimal commas",
      embedButton: "Embed",
      embed: "Copy the code that shows this chart on another page",
      link: "Copy a permanent link to this chart as it is set now",
      copiedEmbed: "Embed code copied",
      copiedLink: "Link copied",
      copyManually: "Copy the text below:",
      failed: "That did not work",
    },
    chartKeys: {
      label: (title: string) => `Chart: ${title}. Arrow keys to read the values`,
      position: (at: number, of: number) => `${at} of ${of}`,
    },
    chartTable: {
      button: "Table",
      hint: "Show or hide the figures of this chart as a table",
      caption: (title: string) => `Figures of the chart: ${title}`,
      region: (title: string) => `Table: ${title}`,
      what: "What",
      when: "When",
      figure: "Figure",
      derived: "Computed from",
      source: "Source",
    },
    dataChanged: (then: string, now: string) =>
      `The data has changed since this link was made (version ${then}, now ${now}): the charts show the current figures.`,
    unknownChart: (notebook: string, chart: string) =>
      `There is no chart “${chart}” in notebook “${notebook}”.`,
    own: {
      heading: "Your notebooks",
      intro: "Made or opened in this browser, and kept only here.",
      none: "No notebooks of your own yet. Start one with New, open a .md file, or make one from a CSV file.",
      changed: (when: number) =>
        `Changed ${new Intl.DateTimeFormat(localeTag("en"), { dateStyle: "long", timeStyle: "short" }).format(when)}`,
      newNotebook: "New",
      newLabel: "Start a new notebook",
      newTitle: "New notebook",
      open: "Open",
      openLabel: "Open a notebook (.md file)",
      delete: "Delete",
      deleteLabel: (title: string) => `Delete notebook “${title}”`,
      deleteConfirm: (title: string) => `Delete the notebook “${title}” from this browser?`,
      deleted: (title: string) => `The notebook “${title}” was deleted.`,
      undo: "Undo",
      browserOnly:
        "This notebook lives in this browser only. A link to it does not work in another browser or on another computer; share it with Download (under Edit).",
      untrusted: "This notebook comes from a file; its code has not been run.",
      untrustedHow:
        "Read the code below. Run it only if you know where the file comes from: code in a notebook can do anything this page can.",
      runCode: "Run the code",
      notHere:
        "This notebook is not in this browser. Notebooks you make or open are kept only in the browser where that happened; ask for the .md file and open it here.",
      unreadable: (reason: string) =>
        `This notebook cannot be read (${reason}). Download its text to mend it, or delete it on the overview.`,
      downloadText: "Download the text",
      storeFailed: "The notebook could not be kept in this browser (is storage turned off here?).",
      notMarkdown: (name: string) =>
        `“${name}” was not opened: a notebook is a Markdown file (.md), with YAML front matter and js cells.`,
      notUtf8: (name: string) =>
        `“${name}” was not opened: it is not UTF-8 text. A notebook is a Markdown file (.md) in UTF-8.`,
      tooLarge: (name: string, size: string, limit: string) =>
        `“${name}” was not opened: it is ${size}, and a notebook may be ${limit} at most.`,
      noAttachedFile: (name: string) =>
        `No file “${name}” is kept with this notebook (removed, or never added).`,
      makeNotebook: "Make notebook",
      makeNotebookLabel: (name: string) => `Make notebook from “${name}”`,
      askLarge: (name: string, size: string, free: string | null) =>
        `“${name}” is ${size}. For the notebook to read it after a reload, it is kept in this browser${free ? `; the browser reports ${free} of room left` : ""}. Keep it?`,
      storeFile: "Keep it and make the notebook",
      cancel: "Cancel",
      attachedHeading: "Files with this notebook",
      attachedNone: "No files are kept with this notebook.",
      removeFile: "Remove",
      removeFileLabel: (name: string) => `Remove file “${name}”`,
      removeFileConfirm: (name: string) =>
        `Remove the file “${name}” from this browser? Cells that read it will then show an error.`,
      fileStoreFailed: (name: string, reason: string) =>
        `“${name}” could not be kept in this browser (${reason}); no notebook was made.`,
      madeProse: "Deze notebook leest een CSV-bestand dat in deze browser bij de notebook is bewaard.",
      badFrontMatter: (name: string, reason: string) =>
        `“${name}” was not opened: its front matter (the YAML between the two --- lines) is not right: ${reason}`,
    },
    scratch: {
      typeNames: {
        string: "text",
        integer: "integer",
        number: "number",
        percent: "percentage",
        boolean: "yes/no",
        date: "date",
        period: "period",
        region: "region",
      } as Record<string, string>,
      choices: "What the chart shows",
      measure: "Measure",
      step: "Kind of period",
      region: "Region or level",
      from: "From",
      to: "To",
      undecided: "— choose —",
      allAdded: "all values added up",
      levelOption: (level: string) => `all regions at level ${level}, added up`,
      levels: {
        country: ["country", "countries"],
        landsdeel: ["part of the country", "parts of the country"],
        "police-region": ["police region", "police regions"],
        province: ["province", "provinces"],
        corop: ["COROP area", "COROP areas"],
        municipality: ["municipality", "municipalities"],
        district: ["district", "districts"],
        neighbourhood: ["neighbourhood", "neighbourhoods"],
      } as Record<string, [string, string]>,
      steps: {
        year: ["year", "years"],
        "half-year": ["half-year", "half-years"],
        quarter: ["quarter", "quarters"],
        month: ["month", "months"],
        day: ["day", "days"],
      } as Record<string, [string, string]>,
      per: (step: string, count: string, plural: string) => `per ${step}, ${count} ${plural}`,
      allOfLevel: (count: string, plural: string) => `all ${count} ${plural} added up`,
      allRegions: (count: string) => `all ${count} regions added up`,
      allOf: (count: string, column: string) => `all ${count} values of ${column} added up`,
      bars: (column: string, total?: string) => `by ${column}${total ? ` (without ${total})` : ""}`,
      histogram: (count: string) => `distribution of ${count} values`,
      usedRows: (rows: string) => `Drawn from ${rows} rows of the file.`,
      yearRowsLeft: (count: string) => ` ${count} year figures among the months are left out (see Problems).`,
      source: (name: string) => `Your file: ${name}`,
      noMeasure: "This file has no column of numbers to draw.",
      periodAsText: (column: string) =>
        `“${column}” is read as text but holds periods. Periods are never added up, so there is no chart here. Choose the type ‘period’ (or ‘date’) under Columns to draw over time.`,
      undecidedTotal: (column: string, candidates: string) =>
        `In “${column}” more than one value looks like a total (${candidates}): which one is the total cannot be decided, so there is no chart here. Choose a value above.`,
      percentSum: (measure: string, column: string) =>
        `“${measure}” is a percentage, and percentages are not added up over “${column}”. Choose one value above.`,
      repeatedKeys: (count: string) =>
        `${count} times rows share a key (the same category and period; see Problems). Which row counts cannot be decided, so there is no chart here.`,
      noPeriods: (column: string) =>
        `No row has a value in “${column}” that reads as a period (see Problems): there is nothing to draw.`,
      noRows: "No row with a number is left with this choice: there is nothing to draw.",
      dataRows: (rows: string) => `data rows ${rows}`,
      and: "and",
      repeatedKey: (key: string, count: string) => `the same key (${key}) is in the file ${count} times`,
      yearRow: (row: string, year: string) =>
        `; data row ${row} is the total of ${year} (equal to the sum of its months) and is left out of the chart`,
      mixedPeriods: (column: string, kinds: string) =>
        `Column “${column}” mixes periods (${kinds}): the chart shows one kind at a time.`,
      linkFile: (name: string) =>
        `This link belongs to the file “${name}”. A link cannot carry a file: open “${name}” (drop it on the page or use ‘Open CSV’) to see the chart as it was.`,
    },
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
