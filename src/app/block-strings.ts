/*
 * The words of the block editor (block-controls.ts, block-editor.ts, block-editing.ts), in Dutch and
 * English. They live beside i18n.ts rather than in it so that they load with the editor: reading a
 * notebook stays within its JavaScript budget.
 */
import type { Locale } from "./i18n.ts";

const nl = {
  controls: (n: number) => `Blok ${n}`,
  up: "↑",
  down: "↓",
  upLabel: (n: number) => `Blok ${n} omhoog`,
  downLabel: (n: number) => `Blok ${n} omlaag`,
  codeAbove: "+ Code boven",
  codeBelow: "+ Code onder",
  proseAbove: "+ Tekst boven",
  proseBelow: "+ Tekst onder",
  codeAboveLabel: (n: number) => `Code boven blok ${n} toevoegen`,
  codeBelowLabel: (n: number) => `Code onder blok ${n} toevoegen`,
  proseAboveLabel: (n: number) => `Tekst boven blok ${n} toevoegen`,
  proseBelowLabel: (n: number) => `Tekst onder blok ${n} toevoegen`,
  remove: "Verwijderen",
  removeLabel: (n: number) => `Blok ${n} verwijderen`,
  removed: (n: number) => `Blok ${n} is verwijderd.`,
  undo: "Ongedaan maken",
  undoKey: "Tab gaat naar Ongedaan maken.",
  undone: "Het blok is teruggezet.",
  proseCode: (n: number) => `Markdown van blok ${n} (Shift-Enter toont de tekst)`,
  runProse: "Tonen",
  runProseLabel: (n: number) => `Tekst van blok ${n} tonen`,
  newProse: "Nieuwe tekst.",
  chartId: "Grafiek-id",
  chartIdLabel: (n: number) => `Grafiek-id van cel ${n} (leeg: geen grafiek; Enter voert uit)`,
  chartIdTaken: (id: string) => `Een andere cel heeft al grafiek-id “${id}”.`,
  chartIdInvalid: (id: string) =>
    `“${id}” kan geen grafiek-id zijn: alleen kleine letters en cijfers, met losse streepjes ertussen (mijn-grafiek-2).`,
  failed: "Dat lukte niet; de notebook is niet veranderd.",
  shortcuts:
    "In een editor: Shift-Enter voert uit, Ctrl-Shift-↑/↓ verplaatst het blok, Alt-Enter voegt er een codecel onder toe.",
};

const en: typeof nl = {
  controls: (n: number) => `Block ${n}`,
  up: "↑",
  down: "↓",
  upLabel: (n: number) => `Move block ${n} up`,
  downLabel: (n: number) => `Move block ${n} down`,
  codeAbove: "+ Code above",
  codeBelow: "+ Code below",
  proseAbove: "+ Text above",
  proseBelow: "+ Text below",
  codeAboveLabel: (n: number) => `Add code above block ${n}`,
  codeBelowLabel: (n: number) => `Add code below block ${n}`,
  proseAboveLabel: (n: number) => `Add text above block ${n}`,
  proseBelowLabel: (n: number) => `Add text below block ${n}`,
  remove: "Delete",
  removeLabel: (n: number) => `Delete block ${n}`,
  removed: (n: number) => `Block ${n} was deleted.`,
  undo: "Undo",
  undoKey: "Tab goes to Undo.",
  undone: "The block is back.",
  proseCode: (n: number) => `Markdown of block ${n} (Shift-Enter shows the text)`,
  runProse: "Show",
  runProseLabel: (n: number) => `Show the text of block ${n}`,
  newProse: "New text.",
  chartId: "Chart id",
  chartIdLabel: (n: number) => `Chart id of cell ${n} (empty: no chart; Enter runs the cell)`,
  chartIdTaken: (id: string) => `Another cell already has chart id “${id}”.`,
  chartIdInvalid: (id: string) =>
    `“${id}” cannot be a chart id: only lowercase letters and digits, joined by single hyphens (my-chart-2).`,
  failed: "That did not work; the notebook was not changed.",
  shortcuts:
    "In an editor: Shift-Enter runs, Ctrl-Shift-↑/↓ moves the block, Alt-Enter adds a code cell below it.",
};

export type BlockStrings = typeof nl;

/** The block editor's words in the reader's language. */
export function blockStrings(locale: Locale): BlockStrings {
  return locale === "en" ? en : nl;
}
