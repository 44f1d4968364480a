/*
 * The editor of one block: CodeMirror with JavaScript for a code cell, with Markdown for prose, a Run
 * button (Shift-Enter does the same), a cell's chart id, and the block's controls (block-controls.ts).
 * Tab is not bound inside the editor, so focus moves on through the controls as everywhere else.
 */
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { javascript } from "@codemirror/lang-javascript";
import { markdownKeymap, markdownLanguage } from "@codemirror/lang-markdown";
import { bracketMatching, LanguageSupport, syntaxHighlighting } from "@codemirror/language";
import { highlightSelectionMatches, search, searchKeymap } from "@codemirror/search";
import { Compartment, EditorSelection, EditorState } from "@codemirror/state";
import { EditorView, keymap, lineNumbers } from "@codemirror/view";
import { classHighlighter } from "@lezer/highlight";
import { type BlockAction, blockControls } from "./block-controls.ts";
import type { BlockStrings } from "./block-strings.ts";
import { h } from "./dom.ts";
import type { Strings } from "./i18n.ts";

export interface BlockEditorOptions {
  blockId: string;
  kind: "code" | "prose";
  /** The block's code or Markdown, without fence lines. */
  content: string;
  /** A code cell's chart id ("" for none). */
  chartId: string;
  strings: Strings;
  labels: BlockStrings;
  /** Shift-Enter, the Run button, or Enter in the chart id. */
  onRun(): void;
  /** A control pressed (`button`) or its shortcut typed in the editor (`key`). */
  onAction(action: BlockAction, from: "button" | "key"): void;
}

export interface BlockEditor {
  element: HTMLElement;
  kind: "code" | "prose";
  content(): string;
  setContent(content: string): void;
  /** The chart id typed for a code cell ("" for prose). */
  chartId(): string;
  setChartId(chartId: string): void;
  /** Says why the block did not run; "" clears it. Text only. */
  status(text: string): void;
  /** Names the editor and its controls for block `block` (from 1); a code cell is also cell `cell`. */
  relabel(block: number, cell: number, first: boolean, last: boolean): void;
  /** Puts the cursor in the editor; `select` selects a range of its content. */
  focus(select?: { from: number; to: number }): void;
  /** Focuses an action's button; false when it cannot take focus (moving up from the top). */
  focusControl(action: BlockAction): boolean;
  destroy(): void;
}

/** Creates the editor of one block; the caller places `element` above the block's output. */
export function blockEditor(page: Document, options: BlockEditorOptions): BlockEditor {
  const { strings, labels, kind } = options;
  const code = kind === "code";
  const status = h(page, "p", { class: "cell-edit-status", role: "status" });
  const run = h(
    page,
    "button",
    { type: "button", class: "run-cell" },
    code ? strings.runCell : labels.runProse,
  );
  const label = new Compartment();
  // A key's command: does `act` and tells CodeMirror the key was handled.
  const handled = (act: () => void) => () => {
    act();
    return true;
  };
  const key = (action: BlockAction) => handled(() => options.onAction(action, "key"));
  const view = new EditorView({
    state: EditorState.create({
      doc: options.content,
      extensions: [
        keymap.of([
          { key: "Shift-Enter", run: handled(() => options.onRun()) },
          // Escape leaves the editor for its Run button.
          { key: "Escape", run: handled(() => run.focus()) },
          // Keys CodeMirror leaves free: its Alt-↑/↓ move lines, Mod-Enter inserts a blank line.
          { key: "Ctrl-Shift-ArrowUp", mac: "Ctrl-Alt-ArrowUp", run: key("up") },
          { key: "Ctrl-Shift-ArrowDown", mac: "Ctrl-Alt-ArrowDown", run: key("down") },
          { key: "Alt-Enter", run: key("code-below") },
          ...(code ? [] : markdownKeymap),
          ...searchKeymap,
          ...historyKeymap,
          ...defaultKeymap,
        ]),
        history(),
        code ? lineNumbers() : [],
        code ? javascript() : new LanguageSupport(markdownLanguage),
        syntaxHighlighting(classHighlighter),
        code ? bracketMatching() : [],
        search(),
        highlightSelectionMatches(),
        EditorView.lineWrapping,
        label.of([]),
      ],
    }),
  });
  run.addEventListener("click", () => options.onRun());
  const actions = h(page, "div", { class: "cell-edit-actions" }, run);
  let chartInput: HTMLInputElement | null = null;
  if (code) {
    chartInput = h(page, "input", {
      type: "text",
      class: "chart-id-input",
      spellcheck: "false",
      autocomplete: "off",
    });
    chartInput.value = options.chartId;
    chartInput.addEventListener("keydown", (event) => {
      if (event.key !== "Enter") return;
      event.preventDefault();
      options.onRun();
    });
    actions.append(h(page, "label", { class: "chart-id" }, `${labels.chartId} `, chartInput));
  }
  actions.append(status);
  const controls = blockControls(page, labels, (action) => options.onAction(action, "button"));
  const element = h(
    page,
    "div",
    { class: `block-editor ${code ? "cell-editor" : "prose-editor"}`, "data-block-id": options.blockId },
    view.dom,
    actions,
    controls.element,
  );
  return {
    element,
    kind,
    content: () => view.state.doc.toString(),
    setContent: (content) => {
      if (content !== view.state.doc.toString())
        view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: content } });
    },
    chartId: () => chartInput?.value.trim() ?? "",
    setChartId: (chartId) => {
      if (chartInput) chartInput.value = chartId;
    },
    status: (text) => {
      status.textContent = text;
    },
    relabel: (block, cell, first, last) => {
      const name = code ? strings.cellCode(cell) : labels.proseCode(block);
      view.dispatch({ effects: label.reconfigure(EditorView.contentAttributes.of({ "aria-label": name })) });
      run.setAttribute("aria-label", code ? strings.runCellLabel(cell) : labels.runProseLabel(block));
      chartInput?.setAttribute("aria-label", labels.chartIdLabel(cell));
      controls.relabel(block, first, last);
    },
    focus: (select) => {
      view.focus();
      if (select) {
        const to = Math.min(select.to, view.state.doc.length);
        view.dispatch({
          selection: EditorSelection.range(Math.min(select.from, to), to),
          scrollIntoView: true,
        });
      }
    },
    focusControl: (action) => {
      const button = controls.button(action);
      if (button.disabled) return false;
      button.focus();
      return true;
    },
    destroy: () => view.destroy(),
  };
}
