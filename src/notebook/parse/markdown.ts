import type { Token } from "markdown-it";
import MarkdownIt from "markdown-it";
import type { Heading } from "../types.ts";
import { baseId, type NotebookDocument, type SourceBlock, type Span, uniqueIds } from "./document.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { chartIdProblem, parseInfo } from "./info.ts";
import { extractInlineExpressions } from "./inline-expressions.ts";
import { slugify } from "./slug.ts";

/** A code cell as written: not yet compiled. */
export interface SourceCell {
  kind: "code";
  /** Stable id of the block (see document.ts). */
  blockId: string;
  /** Where the fence (opening line to closing line) stands in the file. */
  span: Span;
  index: number;
  id?: string;
  /** Line of the file where the code starts (1-based). */
  line: number;
  source: string;
  /** The info string's other attributes (`echo`, `run=false`). */
  attributes: Record<string, string>;
  /** A problem with the cell's info string, shown in its place. */
  problem?: string;
}

/** Prose as written (`source`, Markdown) and as rendered (`html`). */
export interface SourceProse {
  kind: "prose";
  blockId: string;
  span: Span;
  source: string;
  /** Rendered HTML; each inline `${…}` is an empty `span.inline-cell[data-inline=n]`. */
  html: string;
  /** The sources of the prose's inline expressions, in order. */
  inline: string[];
}

export interface ParsedNotebook {
  data: Record<string, unknown>;
  headings: Heading[];
  blocks: (SourceProse | SourceCell)[];
  /** The file as blocks with spans and ids, for writing an edited notebook back. */
  document: NotebookDocument;
}

// Raw HTML is off: notebook prose can only produce what Markdown produces.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
/**
 * A heading's explicit anchor, `Title {#anchor}`: the anchor and the text without it, or null. Read by
 * hand from the end (a pattern such as `/\s*\{#…\}\s*$/` backtracks quadratically over long runs of spaces).
 */
function explicitAnchor(text: string): { anchor: string; rest: string } | null {
  const end = text.trimEnd();
  if (!end.endsWith("}")) return null;
  const open = end.lastIndexOf("{#");
  const anchor = open < 0 ? "" : end.slice(open + 2, -1);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(anchor)) return null;
  return { anchor, rest: end.slice(0, open).trimEnd() };
}

/** Splits a Markdown notebook into prose (rendered to HTML) and `js` cells, each with its span and id. */
export function parseNotebook(text: string, file = "notebook"): ParsedNotebook {
  const { data, body, bodyLine } = splitFrontMatter(text, file);
  const bodyOffset = text.length - body.length;
  const tokens = markdown.parse(body, {});
  const headings = anchorHeadings(tokens);
  const lineStarts = [0];
  for (let at = body.indexOf("\n"); at !== -1; at = body.indexOf("\n", at + 1)) lineStarts.push(at + 1);
  const offset = (line: number) => bodyOffset + (line < lineStarts.length ? lineStarts[line] : body.length);
  // Pieces in file order; ids are given once all are known, so that duplicates are counted from the top.
  type Piece = { block: Omit<SourceBlock, "id">; chartId?: string; parsed?: SourceProse | SourceCell };
  const pieces: Piece[] = [];
  // A byte-order mark without front matter stays with the first block.
  const hasFrontMatter = text.slice(0, bodyOffset).replace(/^\uFEFF/, "") !== "";
  if (hasFrontMatter)
    pieces.push({
      block: {
        kind: "front-matter",
        lead: "",
        text: text.slice(0, bodyOffset),
        span: { start: 0, end: bodyOffset },
      },
    });
  let prose: Token[] = [];
  let index = 0;
  let done = hasFrontMatter ? bodyOffset : 0;
  // Cuts [done, end) into the blank lines before the prose, the prose, and blank lines left for later.
  const flush = (end: number) => {
    const { start, end: proseEnd } = trimBlankLines(text, done, end);
    if (start < proseEnd) {
      const span = { start, end: proseEnd };
      const source = text.slice(span.start, span.end);
      const inline = extractInlineExpressions(prose);
      const html = markdown.renderer.render(prose, markdown.options, {}).trim();
      const block = { kind: "prose" as const, lead: text.slice(done, span.start), text: source, span };
      pieces.push({
        block,
        parsed: { kind: "prose", blockId: "", span, source: source.replace(/\r?\n$/, ""), html, inline },
      });
      done = span.end;
    }
    prose = [];
  };
  for (const token of tokens) {
    const info = token.type === "fence" ? parseInfo(token.info) : null;
    if (info?.language !== "js" || !token.map) {
      prose.push(token);
      continue;
    }
    const start = offset(token.map[0]);
    flush(start);
    const span = { start, end: offset(token.map[1]) };
    const { id, ...attributes } = info.attributes;
    const cell: SourceCell = {
      kind: "code",
      blockId: "",
      span,
      index: index++,
      line: bodyLine + token.map[0] + 1,
      source: token.content.replace(/\n$/, ""),
      attributes,
    };
    if (id !== undefined) {
      const problem = chartIdProblem(id);
      if (problem) cell.problem = problem;
      else cell.id = id;
    }
    pieces.push({
      block: { kind: "code", lead: text.slice(done, start), text: text.slice(start, span.end), span },
      chartId: cell.id,
      parsed: cell,
    });
    done = span.end;
  }
  flush(text.length);
  const ids = uniqueIds(pieces.map(({ block, chartId }) => baseId(block.kind, block.text, chartId)));
  const blocks: ParsedNotebook["blocks"] = [];
  const sourceBlocks = pieces.map(({ block, parsed }, i) => {
    if (parsed) blocks.push({ ...parsed, blockId: ids[i] });
    return { ...block, id: ids[i] };
  });
  return { data, headings, blocks, document: { blocks: sourceBlocks, tail: text.slice(done) } };
}

const isBlank = (char: string) => char === " " || char === "\t" || char === "\r" || char === "\n";

/**
 * The part of [from, to) between its blank lines: from the start of the first line with text to the
 * end of the last (its line break included). Scanned by hand: a pattern would backtrack quadratically
 * over long runs of blank lines.
 */
function trimBlankLines(text: string, from: number, to: number): Span {
  let first = from;
  while (first < to && isBlank(text[first])) first++;
  if (first === to) return { start: to, end: to };
  const start = text.lastIndexOf("\n", first - 1) + 1;
  let last = to - 1;
  while (isBlank(text[last])) last--;
  const lineEnd = text.indexOf("\n", last);
  return { start: Math.max(start, from), end: lineEnd === -1 || lineEnd >= to ? to : lineEnd + 1 };
}

/** Gives every heading an id (`{#explicit}` or a slug of its text, made unique) and lists them. */
function anchorHeadings(tokens: Token[]): Heading[] {
  const headings: Heading[] = [];
  const used = new Set<string>();
  tokens.forEach((token, i) => {
    if (token.type !== "heading_open") return;
    const inline = tokens[i + 1];
    let anchor = "";
    const explicit = explicitAnchor(inline.content);
    if (explicit) {
      anchor = explicit.anchor;
      inline.content = explicit.rest;
      const last = inline.children?.at(-1);
      const inLast = last?.type === "text" ? explicitAnchor(last.content) : null;
      if (last && inLast) last.content = inLast.rest;
    }
    const text = (inline.children ?? [])
      .filter((child) => child.type === "text" || child.type === "code_inline")
      .map((child) => child.content)
      .join("")
      .trim();
    if (!anchor) anchor = slugify(text) || "section";
    let unique = anchor;
    for (let n = 2; used.has(unique); n++) unique = `${anchor}-${n}`;
    used.add(unique);
    token.attrSet("id", unique);
    headings.push({ level: Number(token.tag.slice(1)), text, anchor: unique });
  });
  return headings;
}
