/*
 * What changed between a bundled notebook and its edit, block by block: blocks kept, changed (with a
 * line diff), added, deleted and moved.
 *
 * Blocks are matched by id first. An edited block keeps its id while it is edited, but read again
 * from the saved text a block without `id=` gets its id from its new text, so blocks left over are
 * then matched by place: between two matched blocks that kept their order, a left-over old block and
 * a left-over new block of the same kind are one block changed when at least half their lines agree,
 * or half their characters (a one-line cell whose title was edited). Matched blocks out of their old
 * order (the fewest that explain the new order) are moved.
 */
import { diffLines, type LineChange, linesOf } from "./line-diff.ts";

/** A block as the diff sees it (a `SourceBlock` of the notebook engine fits). */
export interface DiffBlock {
  id: string;
  kind: "front-matter" | "prose" | "code";
  text: string;
}

/** One entry of the diff, in the edited notebook's order; a deleted block stands where it stood. */
export type BlockChange =
  | { kind: "same"; before: DiffBlock; after: DiffBlock }
  | { kind: "moved"; before: DiffBlock; after: DiffBlock }
  | { kind: "changed"; before: DiffBlock; after: DiffBlock; moved: boolean; lines: LineChange[] }
  | { kind: "added"; after: DiffBlock }
  | { kind: "deleted"; before: DiffBlock };

/** The changes that turn the blocks `before` (bundled) into `after` (edited). */
export function diffBlocks(before: readonly DiffBlock[], after: readonly DiffBlock[]): BlockChange[] {
  // partner[i]: the index in `after` of the block `before[i]` became, or -1.
  const partner = new Array<number>(before.length).fill(-1);
  const afterIndex = new Map(after.map((block, index) => [block.id, index]));
  before.forEach((block, index) => {
    const match = afterIndex.get(block.id);
    if (match !== undefined && after[match].kind === block.kind) partner[index] = match;
  });
  const inOrder = keptInOrder(partner);
  matchByPlace(before, after, partner, inOrder);

  const source = new Array<number>(after.length).fill(-1);
  partner.forEach((match, index) => {
    if (match >= 0) source[match] = index;
  });
  const changes: BlockChange[] = [];
  let next = 0; // the next old block to place as deleted
  const placeDeleted = (upTo: number) => {
    for (; next < upTo; next++)
      if (partner[next] < 0) changes.push({ kind: "deleted", before: before[next] });
  };
  // For each new block, the old index of the next block in its place: deleted blocks before it come
  // before an added block, as removed lines come before added ones.
  const nextInPlace = new Array<number>(after.length + 1).fill(before.length);
  for (let index = after.length - 1; index >= 0; index--)
    nextInPlace[index] =
      source[index] >= 0 && inOrder.has(source[index]) ? source[index] : nextInPlace[index + 1];
  after.forEach((block, index) => {
    const from = source[index];
    if (from < 0) {
      placeDeleted(nextInPlace[index]);
      changes.push({ kind: "added", after: block });
      return;
    }
    const moved = !inOrder.has(from);
    if (!moved) placeDeleted(from + 1);
    const old = before[from];
    if (old.text !== block.text)
      changes.push({
        kind: "changed",
        before: old,
        after: block,
        moved,
        lines: diffLines(linesOf(old.text), linesOf(block.text)),
      });
    else changes.push({ kind: moved ? "moved" : "same", before: old, after: block });
  });
  placeDeleted(before.length);
  return changes;
}

/** Whether an edit changed anything at all. */
export const differs = (changes: readonly BlockChange[]) => changes.some((change) => change.kind !== "same");

/**
 * The old indices of matched blocks that kept their order: a longest increasing run of their new
 * indices (patience sorting), so that as few blocks as possible are called moved.
 */
function keptInOrder(partner: readonly number[]): Set<number> {
  const tails: number[] = []; // tails[l]: old index ending the best run of length l + 1
  const previous = new Array<number>(partner.length).fill(-1);
  partner.forEach((match, index) => {
    if (match < 0) return;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (partner[tails[middle]] < match) low = middle + 1;
      else high = middle;
    }
    previous[index] = low > 0 ? tails[low - 1] : -1;
    tails[low] = index;
  });
  const kept = new Set<number>();
  for (let index = tails.at(-1) ?? -1; index >= 0; index = previous[index]) kept.add(index);
  return kept;
}

/**
 * Pairs left-over blocks of one kind that stand in the same gap between blocks that kept their order;
 * a pair found so is in its place (added to `inOrder`).
 */
function matchByPlace(
  before: readonly DiffBlock[],
  after: readonly DiffBlock[],
  partner: number[],
  inOrder: Set<number>,
): void {
  const matchedAfter = new Set(partner.filter((match) => match >= 0));
  const anchors = [...inOrder].sort((a, b) => a - b);
  let oldStart = 0;
  let newStart = 0;
  for (const anchor of [...anchors, before.length]) {
    const oldEnd = anchor;
    const newEnd = anchor < before.length ? partner[anchor] : after.length;
    const olds = range(oldStart, oldEnd).filter((index) => partner[index] < 0);
    const news = range(newStart, newEnd).filter((index) => !matchedAfter.has(index));
    for (const kind of ["front-matter", "prose", "code"] as const) {
      const oldOfKind = olds.filter((index) => before[index].kind === kind);
      const newOfKind = news.filter((index) => after[index].kind === kind);
      let from = 0;
      for (const index of newOfKind) {
        for (let candidate = from; candidate < oldOfKind.length; candidate++) {
          if (similarity(before[oldOfKind[candidate]].text, after[index].text) >= 0.5) {
            partner[oldOfKind[candidate]] = index;
            inOrder.add(oldOfKind[candidate]);
            from = candidate + 1;
            break;
          }
        }
      }
    }
    oldStart = anchor + 1;
    newStart = newEnd + 1;
  }
}

/**
 * How alike two blocks are, from 0 to 1: the share of their content lines in common, or of their
 * characters at the start and end, whichever is larger. Fence lines and blank lines do not count.
 */
function similarity(a: string, b: string): number {
  const linesA = contentLines(a);
  const linesB = contentLines(b);
  const same = diffLines(linesA, linesB).filter((line) => line.kind === "same").length;
  const byLines = (2 * same) / Math.max(1, linesA.length + linesB.length);
  const textA = linesA.join("\n");
  const textB = linesB.join("\n");
  const shorter = Math.min(textA.length, textB.length);
  let prefix = 0;
  while (prefix < shorter && textA[prefix] === textB[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && textA.at(-1 - suffix) === textB.at(-1 - suffix)) suffix++;
  const byCharacters = (2 * (prefix + suffix)) / Math.max(1, textA.length + textB.length);
  return Math.max(byLines, byCharacters);
}

const contentLines = (text: string) =>
  linesOf(text).filter((line) => line.trim() !== "" && !/^ {0,3}(`{3,}|~{3,})/.test(line));

const range = (start: number, end: number) =>
  Array.from({ length: Math.max(0, end - start) }, (_, i) => start + i);
