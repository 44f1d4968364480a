import { localeTag } from "../util/index.ts";
import type { Strings } from "./i18n.ts";
import { ownStrings } from "./i18n-own.ts";
import { scratchStrings } from "./i18n-scratch.ts";

/** Delimiters by name: a bare "," or ";" in a sentence is hard to read. */
const delimiterName: Record<string, string> = {
  ",": "comma (,)",
  ";": "semicolon (;)",
  tab: "tab",
  "|": "vertical bar (|)",
};

/** The interface in English, on request. */
export const en: Strings = {
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
  editNote: "You are editing this notebook. Shift-Enter or Run runs a cell; edits are kept in this browser.",
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
    `Delimiter: ${delimiterName[delimiter] ?? delimiter} · encoding: ${encoding} · shape: ${shape}`,
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
  own: ownStrings.en,
  scratch: scratchStrings.en,
};
