import type { NotText } from "./file-kind.ts";

/** Something wrong in a data file, with its place: `row` counts lines as a spreadsheet does (header = 1). */
export interface Problem {
  row: number;
  column: string;
  message: string;
  /** What kind of problem, with its facts, so that the page can say it in the reader's language. */
  detail?: ProblemDetail;
}

/** The problems the CSV loader reports, each with the facts its message needs. */
export type ProblemDetail =
  | { code: "ragged"; expected: number; found: number }
  | { code: "misfit"; text: string; type: string }
  | { code: "more-misfits"; count: number; type: string }
  | { code: "unclosed-quote"; literal?: number; header?: boolean }
  | { code: "stray-quote" }
  | { code: "empty-file" }
  | { code: "too-many-columns"; found: number; kept: number }
  | { code: "not-text"; kind: NotText }
  | { code: "unnamed-column"; position: number; name: string }
  | { code: "duplicate-column"; name: string; renamed: string }
  | { code: "negative-count" | "fractional-count"; value: number; key: string }
  | {
      code: "count-exceeds-total";
      value: number;
      total: number;
      totalColumn: string;
      /** The total's row when it is another row of the file, and its dimensions. */
      totalRow?: number;
      totalKey?: string;
      key: string;
    };

type Say = (detail: ProblemDetail) => string;

const number = (value: number, locale: "nl" | "en") =>
  value.toLocaleString(locale === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: 6 });

const notTextEnglish: Record<NotText, string> = {
  png: "this is not a CSV file but an image (PNG)",
  jpeg: "this is not a CSV file but an image (JPEG)",
  gif: "this is not a CSV file but an image (GIF)",
  pdf: "this looks like a PDF document, not a CSV file; export the table as CSV from where it was published",
  xlsx: "this looks like an Excel workbook (.xlsx), not a CSV file; open it in Excel or LibreOffice and save it as CSV",
  ods: "this looks like an OpenDocument spreadsheet (.ods), not a CSV file; open it in LibreOffice and save it as CSV",
  zip: "this is a ZIP archive, not a CSV file; unpack it and open the CSV file inside",
  xls: "this looks like an old Excel workbook (.xls), not a CSV file; open it in Excel or LibreOffice and save it as CSV",
  gzip: "this is a compressed (gzip) file; unpack it first",
  binary: "this file holds binary data (NUL bytes), not text; it is not a CSV file",
};

const notTextDutch: Record<NotText, string> = {
  png: "dit is geen CSV-bestand maar een afbeelding (PNG)",
  jpeg: "dit is geen CSV-bestand maar een afbeelding (JPEG)",
  gif: "dit is geen CSV-bestand maar een afbeelding (GIF)",
  pdf: "dit lijkt een PDF-document, geen CSV-bestand; download de tabel als CSV waar ze gepubliceerd is",
  xlsx: "dit lijkt een Excel-werkmap (.xlsx), geen CSV-bestand; open het in Excel of LibreOffice en sla het op als CSV",
  ods: "dit lijkt een OpenDocument-rekenblad (.ods), geen CSV-bestand; open het in LibreOffice en sla het op als CSV",
  zip: "dit is een ZIP-archief, geen CSV-bestand; pak het uit en open het CSV-bestand daarin",
  xls: "dit lijkt een oude Excel-werkmap (.xls), geen CSV-bestand; open het in Excel of LibreOffice en sla het op als CSV",
  gzip: "dit is een gecomprimeerd bestand (gzip); pak het eerst uit",
  binary: "dit bestand bevat binaire gegevens (NUL-bytes), geen tekst; het is geen CSV-bestand",
};

const english: Say = (d) => {
  switch (d.code) {
    case "ragged":
      return `expected ${d.expected} cells, found ${d.found}; ${d.found > d.expected ? "the extra cells are ignored" : "the missing cells are empty"}`;
    case "misfit":
      return `"${d.text}" is not a valid ${d.type}; read as empty`;
    case "more-misfits":
      return `and ${d.count} more values in this column that are not a valid ${d.type}; read as empty`;
    case "unclosed-quote":
      if (d.header)
        return "a quote opens in the header and is never closed; the header was read as written, with quotes as plain characters, and the rows after it as usual";
      return d.literal
        ? `a quote opens in this row and is never closed; from here on the file (${d.literal} rows) was read line by line with quotes as plain characters, so no row is lost`
        : "a quoted cell starts in this row and is never closed; everything after its opening quote was read into it";
    case "stray-quote":
      return "a quote in the middle of a cell, or text after a closing quote; the cell was read as written";
    case "empty-file":
      return "the file is empty: it has no header row and no data";
    case "too-many-columns":
      return `the header has ${d.found} columns; only the first ${d.kept} are read (the others are left out of every row)`;
    case "not-text":
      return notTextEnglish[d.kind];
    case "unnamed-column":
      return `column ${d.position} has no name; called "${d.name}"`;
    case "duplicate-column":
      return `duplicate column name "${d.name}"; renamed to "${d.renamed}"`;
    case "negative-count":
      return `${number(d.value, "en")} cannot be right: a count is never negative; ${d.key} is left out of the charts`;
    case "fractional-count":
      return `${number(d.value, "en")} cannot be right: a count is a whole number; ${d.key} is left out of the charts`;
    case "count-exceeds-total":
      return d.totalRow === undefined
        ? `${number(d.value, "en")} cannot be right: it is more than its total, ${number(d.total, "en")} in column "${d.totalColumn}" of the same row; ${d.key} is left out of the charts`
        : `${number(d.value, "en")} cannot be right: it is more than its total, ${number(d.total, "en")} in row ${d.totalRow} (${d.totalKey}); both are left out of the charts`;
  }
};

const typeNames: Record<string, string> = {
  integer: "geheel getal",
  number: "getal",
  percent: "percentage",
  boolean: "ja/nee-waarde",
  date: "datum",
  period: "CBS-periode",
  region: "CBS-regiocode",
  string: "tekst",
};

const dutch: Say = (d) => {
  switch (d.code) {
    case "ragged":
      return `${d.expected} cellen verwacht, ${d.found} gevonden; ${d.found > d.expected ? "de cellen te veel zijn niet gelezen" : "de ontbrekende cellen zijn leeg"}`;
    case "misfit":
      return `"${d.text}" is geen ${typeNames[d.type] ?? d.type}; als leeg gelezen`;
    case "more-misfits":
      return `en nog ${d.count} waarden in deze kolom die geen ${typeNames[d.type] ?? d.type} zijn; als leeg gelezen`;
    case "unclosed-quote":
      if (d.header)
        return "in de kopregel opent een aanhalingsteken dat nergens sluit; de kopregel is gelezen zoals hij er staat, met aanhalingstekens als gewone tekens, en de rijen erna zoals gewoon";
      return d.literal
        ? `in deze rij opent een aanhalingsteken dat nergens sluit; vanaf hier is het bestand (${d.literal} rijen) regel voor regel gelezen met aanhalingstekens als gewone tekens, zodat geen rij verloren gaat`
        : "in deze rij begint een cel met een aanhalingsteken dat nergens sluit; alles erna is in die cel gelezen";
    case "stray-quote":
      return "een aanhalingsteken midden in een cel, of tekst na een sluitend aanhalingsteken; de cel is gelezen zoals ze er staat";
    case "empty-file":
      return "het bestand is leeg: geen kopregel en geen gegevens";
    case "too-many-columns":
      return `de kopregel heeft ${d.found} kolommen; alleen de eerste ${d.kept} zijn gelezen (de rest is in geen enkele rij gelezen)`;
    case "not-text":
      return notTextDutch[d.kind];
    case "unnamed-column":
      return `kolom ${d.position} heeft geen naam; heet nu "${d.name}"`;
    case "duplicate-column":
      return `kolomnaam "${d.name}" komt twee keer voor; de tweede heet nu "${d.renamed}"`;
    case "negative-count":
      return `${number(d.value, "nl")} kan niet kloppen: een aantal is nooit negatief; ${d.key} blijft buiten de grafieken`;
    case "fractional-count":
      return `${number(d.value, "nl")} kan niet kloppen: een aantal is een geheel getal; ${d.key} blijft buiten de grafieken`;
    case "count-exceeds-total":
      return d.totalRow === undefined
        ? `${number(d.value, "nl")} kan niet kloppen: het is meer dan het totaal, ${number(d.total, "nl")} in kolom "${d.totalColumn}" van dezelfde rij; ${d.key} blijft buiten de grafieken`
        : `${number(d.value, "nl")} kan niet kloppen: het is meer dan het totaal, ${number(d.total, "nl")} in rij ${d.totalRow} (${d.totalKey}); beide blijven buiten de grafieken`;
  }
};

/** How much of a value or name a problem quotes: a 3 MB cell must not become a 3 MB message. */
export const quotedLength = 120;

/** The first `quotedLength` characters of a text, and "…" when there were more. */
export function quoted(text: string): string {
  return text.length > quotedLength ? `${text.slice(0, quotedLength - 1)}…` : text;
}

function shortened(detail: ProblemDetail): ProblemDetail {
  switch (detail.code) {
    case "misfit":
      return { ...detail, text: quoted(detail.text) };
    case "unnamed-column":
      return { ...detail, name: quoted(detail.name) };
    case "duplicate-column":
      return { ...detail, name: quoted(detail.name), renamed: quoted(detail.renamed) };
    case "negative-count":
    case "fractional-count":
      return { ...detail, key: quoted(detail.key) };
    case "count-exceeds-total":
      return {
        ...detail,
        key: quoted(detail.key),
        totalColumn: quoted(detail.totalColumn),
        totalKey: detail.totalKey === undefined ? undefined : quoted(detail.totalKey),
      };
    default:
      return detail;
  }
}

/** A problem at a row and column, with its message in English (as `inspect` and the JSON give it). */
export function problemAt(row: number, column: string, detail: ProblemDetail): Problem {
  const short = shortened(detail);
  return { row, column: quoted(column), message: english(short), detail: short };
}

/** A problem's message in the reader's language; problems without a known code keep their message. */
export function problemText(problem: Problem, locale: "nl" | "en"): string {
  if (!problem.detail) return problem.message;
  return locale === "nl" ? dutch(problem.detail) : english(problem.detail);
}
