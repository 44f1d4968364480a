/*
 * The changes of an edited notebook as the reader sees them (Wijzigingen tonen / Show changes): one
 * entry per block added, deleted, moved or changed, each named as the editor names it (Cel 2, Tekst 3),
 * with the lines removed and added and a little of what stayed around them. A changed block the page
 * can redefine has a button that puts it back to its bundled text. Everything from the file is text.
 */
import { changeEntries } from "./change-entries.ts";
import { h } from "./dom.ts";
import type { BlockChange, DiffBlock } from "./edit-diff.ts";
import { foldUnchanged } from "./fold-unchanged.ts";
import { type Locale, type Strings, t } from "./i18n.ts";
import type { LineChange } from "./line-diff.ts";

/** Lines kept on either side of a change; longer unchanged stretches are folded into one line. */
const context = 2;

export interface ChangesPanelOptions {
  /** Whether this changed block can be put back on its own (it has a cell on the page). */
  canRevert(change: Extract<BlockChange, { kind: "changed" }>): boolean;
  /** Puts a changed block back to its bundled text. */
  revert(change: Extract<BlockChange, { kind: "changed" }>): void;
}

/** The panel, hidden until shown; `render` fills it with the changes between two lists of blocks. */
export function changesPanel(
  page: Document,
  locale: Locale,
  options: ChangesPanelOptions,
): { element: HTMLElement; render(changes: readonly BlockChange[], before: readonly DiffBlock[]): void } {
  const strings = t(locale);
  const heading = h(page, "h2", { id: "edit-changes-heading" }, strings.changesHeading);
  const list = h(page, "ol", { class: "change-list" });
  const element = h(
    page,
    "section",
    { class: "edit-changes", id: "edit-changes", "aria-labelledby": heading.id, tabindex: "-1" },
    heading,
    list,
  );
  element.hidden = true;
  const render = (changes: readonly BlockChange[], before: readonly DiffBlock[]) => {
    list.replaceChildren(
      ...changeEntries(changes, before, strings).map(({ change, name, kind, lines }) => {
        const item = h(
          page,
          "li",
          { class: `change change-${change.kind}` },
          h(page, "h3", {}, `${name} — ${kind}`),
        );
        if (lines.length > 0) item.append(lineDiff(page, lines, strings));
        if (change.kind === "changed" && options.canRevert(change)) {
          const button = h(
            page,
            "button",
            { type: "button", class: "revert-block" },
            strings.revertBlock(name),
          );
          button.addEventListener("click", () => options.revert(change));
          item.append(button);
        }
        return item;
      }),
    );
  };
  return { element, render };
}

/** The lines of one block's diff: signs and `del`/`ins` for what changed, folded runs of what did not. */
function lineDiff(page: Document, lines: readonly LineChange[], strings: Strings): HTMLElement {
  const rows = foldUnchanged(lines, context).map((row) => {
    if (row.kind === "folded")
      return h(page, "div", { class: "diff-line diff-folded" }, strings.unchangedLines(row.count));
    const { line } = row;
    const sign = line.kind === "removed" ? "−" : line.kind === "added" ? "+" : " ";
    const text =
      line.kind === "removed"
        ? h(page, "del", {}, line.text)
        : line.kind === "added"
          ? h(page, "ins", {}, line.text)
          : h(page, "span", {}, line.text);
    return h(
      page,
      "div",
      { class: `diff-line diff-${line.kind}` },
      h(page, "span", { class: "diff-sign", "aria-hidden": "true" }, sign),
      text,
    );
  });
  return h(page, "div", { class: "line-diff" }, ...rows);
}
