/*
 * The changes of an edited notebook as the reader sees them (Wijzigingen tonen / Show changes): one
 * entry per block added, deleted, moved or changed, each named as the editor names it (Cel 2, Tekst 3),
 * with the lines removed and added and a little of what stayed around them. A changed block the page
 * can redefine has a button that puts it back to its bundled text. Everything from the file is text.
 */
import { h } from "./dom.ts";
import type { BlockChange, DiffBlock } from "./edit-diff.ts";
import { type Locale, type Strings, t } from "./i18n.ts";
import { type LineChange, linesOf } from "./line-diff.ts";

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
    const namesAfter = blockNames(
      changes.flatMap((change) => (change.kind === "deleted" ? [] : [change.after])),
      strings,
    );
    const namesBefore = blockNames(before, strings);
    list.replaceChildren(
      ...changes
        .filter((change) => change.kind !== "same")
        .map((change) => {
          const name =
            change.kind === "deleted"
              ? strings.bundledBlock(namesBefore.get(change.before.id) ?? "")
              : (namesAfter.get(change.after.id) ?? "");
          const kind =
            change.kind === "changed"
              ? change.moved
                ? strings.changeKind.changedMoved
                : strings.changeKind.changed
              : strings.changeKind[change.kind as "moved" | "added" | "deleted"];
          const item = h(
            page,
            "li",
            { class: `change change-${change.kind}` },
            h(page, "h3", {}, `${name} — ${kind}`),
          );
          const lines =
            change.kind === "changed"
              ? change.lines
              : change.kind === "added"
                ? linesOf(change.after.text).map((text): LineChange => ({ kind: "added", text }))
                : change.kind === "deleted"
                  ? linesOf(change.before.text).map((text): LineChange => ({ kind: "removed", text }))
                  : [];
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

/** Names blocks as the editor numbers them: code cells and prose each counted from the top. */
function blockNames(blocks: readonly DiffBlock[], strings: Strings): Map<string, string> {
  const names = new Map<string, string>();
  let code = 0;
  let prose = 0;
  for (const block of blocks) {
    if (block.kind === "code") names.set(block.id, strings.codeBlock(++code));
    else if (block.kind === "prose") names.set(block.id, strings.proseBlock(++prose));
    else names.set(block.id, strings.frontMatterBlock);
  }
  return names;
}

/** The lines of one block's diff: signs and `del`/`ins` for what changed, folded runs of what did not. */
function lineDiff(page: Document, lines: readonly LineChange[], strings: Strings): HTMLElement {
  const near = new Array<boolean>(lines.length).fill(false);
  lines.forEach((line, index) => {
    if (line.kind === "same") return;
    for (let i = Math.max(0, index - context); i <= Math.min(lines.length - 1, index + context); i++)
      near[i] = true;
  });
  const rows: HTMLElement[] = [];
  let folded = 0;
  const fold = () => {
    if (folded > 0)
      rows.push(h(page, "div", { class: "diff-line diff-folded" }, strings.unchangedLines(folded)));
    folded = 0;
  };
  lines.forEach((line, index) => {
    if (!near[index]) {
      folded++;
      return;
    }
    fold();
    const sign = line.kind === "removed" ? "−" : line.kind === "added" ? "+" : " ";
    const text =
      line.kind === "removed"
        ? h(page, "del", {}, line.text)
        : line.kind === "added"
          ? h(page, "ins", {}, line.text)
          : h(page, "span", {}, line.text);
    rows.push(
      h(
        page,
        "div",
        { class: `diff-line diff-${line.kind}` },
        h(page, "span", { class: "diff-sign", "aria-hidden": "true" }, sign),
        text,
      ),
    );
  });
  fold();
  return h(page, "div", { class: "line-diff" }, ...rows);
}
