/*
 * Prose joined by a change (a cell between two prose blocks deleted or moved away) is one block, shown
 * in one editor. What was typed in each part and not run must not be lost: the joined editor shows each
 * part's typed text in that part's place.
 */
import type { NotebookDocument, SourceBlock } from "../notebook/index.ts";
import type { JoinedAt } from "./prose-seams.ts";

/** What the joined editors show, and what to keep, once typed text is put back in its place. */
export interface TypedInJoins {
  /** Per prose block others were joined into (and typed in): what its editor shows. */
  contents: Map<string, string>;
  /** Where each joined part now starts in its editor, its typed text counted. */
  joined: Map<string, JoinedAt>;
  /** Per part typed in: the text it had, and what was typed over it (given back if that text returns). */
  held: Map<string, { text: string; content: string }>;
}

/**
 * Puts what was typed (`typed`, by block id) into the prose that `joined` says each block went into.
 * `before` is the document as it was changed, `after` as settled; `contentOf` is a block's editor text;
 * `shown` says which blocks have an editor. Parts not typed in keep the text they have in `after`.
 */
export function typedInJoins(
  before: NotebookDocument,
  after: NotebookDocument,
  joined: ReadonlyMap<string, JoinedAt>,
  typed: ReadonlyMap<string, string>,
  contentOf: (block: Pick<SourceBlock, "kind" | "text">) => string,
  shown: (id: string) => boolean,
): TypedInJoins {
  const old = new Map(before.blocks.map((block) => [block.id, block] as const));
  const byInto = new Map<string, { id: string; offset: number }[]>();
  for (const [id, place] of joined)
    byInto.set(place.into, [
      ...(byInto.get(place.into) ?? [{ id: place.into, offset: 0 }]),
      { id, offset: place.offset },
    ]);
  const result: TypedInJoins = { contents: new Map(), joined: new Map(joined), held: new Map() };
  for (const [into, parts] of byInto) {
    const block = after.blocks.find((candidate) => candidate.id === into);
    if (!shown(into) || !block || !parts.some((part) => typed.has(part.id))) continue;
    let content = contentOf(block);
    let shift = 0;
    // Each part's shown text is replaced by what was typed in it, from the first part on.
    for (const part of parts.sort((a, b) => a.offset - b.offset)) {
      const was = old.get(part.id);
      if (!was) continue;
      const length = contentOf(was).length;
      const start = part.offset + shift;
      const text = typed.get(part.id) ?? content.slice(start, start + length);
      content = content.slice(0, start) + text + content.slice(start + length);
      if (part.id !== into) result.joined.set(part.id, { into, offset: start });
      if (typed.has(part.id)) result.held.set(part.id, { text: was.text, content: text });
      shift += text.length - length;
    }
    result.contents.set(into, content);
  }
  return result;
}

/**
 * What is typed in each editor but not run, by block id: its content when that differs from the text
 * its block had when last shown (`shown`, by block id).
 */
export function typedNotRun(
  editors: ReadonlyMap<string, { kind: "code" | "prose"; content(): string }>,
  shown: ReadonlyMap<string, string>,
  contentOf: (block: Pick<SourceBlock, "kind" | "text">) => string,
): Map<string, string> {
  const typed = new Map<string, string>();
  for (const [id, editor] of editors) {
    const text = shown.get(id);
    const content = editor.content();
    if (text !== undefined && content !== contentOf({ kind: editor.kind, text })) typed.set(id, content);
  }
  return typed;
}
