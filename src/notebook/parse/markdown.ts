import type { Token } from "markdown-it";
import MarkdownIt from "markdown-it";
import type { Heading } from "../types.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { chartIdProblem, parseInfo } from "./info.ts";
import { slugify } from "./slug.ts";

/** A code cell as written: not yet compiled. */
export interface SourceCell {
  kind: "code";
  index: number;
  id?: string;
  /** Line of the file where the code starts (1-based). */
  line: number;
  source: string;
  /** A problem with the cell's info string, shown in its place. */
  problem?: string;
}

export interface ParsedNotebook {
  data: Record<string, unknown>;
  headings: Heading[];
  blocks: ({ kind: "prose"; html: string } | SourceCell)[];
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

/** Splits a Markdown notebook into prose (rendered to HTML) and `js` cells. */
export function parseNotebook(text: string, file = "notebook"): ParsedNotebook {
  const { data, body, bodyLine } = splitFrontMatter(text, file);
  const tokens = markdown.parse(body, {});
  const headings = anchorHeadings(tokens);
  const blocks: ParsedNotebook["blocks"] = [];
  let prose: Token[] = [];
  let index = 0;
  const flush = () => {
    const html = markdown.renderer.render(prose, markdown.options, {}).trim();
    if (html) blocks.push({ kind: "prose", html });
    prose = [];
  };
  for (const token of tokens) {
    const info = token.type === "fence" ? parseInfo(token.info) : null;
    if (info?.language !== "js") {
      prose.push(token);
      continue;
    }
    flush();
    const cell: SourceCell = {
      kind: "code",
      index: index++,
      line: bodyLine + (token.map?.[0] ?? 0) + 1,
      source: token.content.replace(/\n$/, ""),
    };
    const id = info.attributes.id;
    if (id !== undefined) {
      const problem = chartIdProblem(id);
      if (problem) cell.problem = problem;
      else cell.id = id;
    }
    blocks.push(cell);
  }
  flush();
  return { data, headings, blocks };
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
