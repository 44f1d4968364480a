/** The words of the scratch page (a dropped file's first chart, its choosers and links), in Dutch and English. */
export const scratchStrings = {
  nl: {
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
  en: {
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
};
