import type { BlockChange, DiffBlock } from "./edit-diff.ts";
import type { Strings } from "./i18n.ts";
import { type LineChange, linesOf } from "./line-diff.ts";

/** One entry of the changes panel: the change, the block's name and what happened, and its lines. */
export interface ChangeEntry {
  change: Exclude<BlockChange, { kind: "same" }>;
  /** The block as the editor names it (Cel 2, Tekst 3); a deleted one as named in the bundled version. */
  name: string;
  /** What happened to it, in words (gewijzigd, verplaatst, …). */
  kind: string;
  /** Its lines removed and added (all added for a new block, all removed for a deleted one). */
  lines: LineChange[];
}

/** The entries of the changes panel for the changes between `before` (bundled) and the edit. */
export function changeEntries(
  changes: readonly BlockChange[],
  before: readonly DiffBlock[],
  strings: Strings,
): ChangeEntry[] {
  const namesAfter = blockNames(
    changes.flatMap((change) => (change.kind === "deleted" ? [] : [change.after])),
    strings,
  );
  const namesBefore = blockNames(before, strings);
  return changes
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
          : strings.changeKind[change.kind];
      const lines =
        change.kind === "changed"
          ? change.lines
          : change.kind === "added"
            ? linesOf(change.after.text).map((text): LineChange => ({ kind: "added", text }))
            : change.kind === "deleted"
              ? linesOf(change.before.text).map((text): LineChange => ({ kind: "removed", text }))
              : [];
      return { change, name, kind, lines };
    });
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
