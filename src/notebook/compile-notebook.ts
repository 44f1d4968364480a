import {
  type CompiledCell,
  type CompileOptions,
  cellFunction,
  cellFunctionSource,
  compileCell,
  type LoopGuards,
} from "./compile/index.ts";
import { blockGuard, type LoopGuard } from "./loop-guard.ts";
import { type NotebookDocument, type ParsedNotebook, parseNotebook, serialize } from "./parse/index.ts";
import type { CompiledNotebook, Heading, NotebookMeta, Span } from "./types.ts";

/** An inline expression compiled to plain data, or its error. */
export type InlineSource =
  | { source: string; inputs: string[]; async: boolean; body: string; loopGuard?: LoopGuards }
  | { source: string; error: string };

/** A notebook compiled to plain data: cells carry their function bodies as text. */
export interface NotebookSource {
  meta: NotebookMeta;
  headings: Heading[];
  blocks: (
    | { kind: "prose"; blockId: string; span: Span; html: string; inline: InlineSource[] }
    | ({
        kind: "cell";
        blockId: string;
        span: Span;
        index: number;
        id?: string;
        line: number;
        echo: boolean;
        run: boolean;
      } & (CompiledCell | { source: string; error: string }))
  )[];
}

/** Parses and compiles a notebook; a cell that does not compile carries its error instead of a body. */
export function compileNotebook(
  text: string,
  slug: string,
  file = `${slug}.md`,
  options: CompileOptions = {},
): NotebookSource {
  return compileParsed(parseNotebook(text, file), slug, options);
}

/**
 * Compiles an edited notebook document. Its blocks keep the ids the document carries: an edited cell
 * is still the cell it was (on the page, `redefine` finds it by that id), though the text it now holds
 * would give it another id when the written file is read afresh.
 */
export function compileDocument(
  document: NotebookDocument,
  slug: string,
  options: CompileOptions = {},
): NotebookSource {
  const parsed = parseNotebook(serialize(document), `${slug}.md`);
  const fresh = parsed.document.blocks;
  // Read back, the blocks are the same blocks in the same order, unless prose was put next to prose.
  const same =
    fresh.length === document.blocks.length &&
    fresh.every((block, i) => block.kind === document.blocks[i].kind);
  if (same) {
    const carried = new Map(fresh.map((block, i) => [block.id, document.blocks[i].id]));
    for (const block of parsed.blocks) block.blockId = carried.get(block.blockId) ?? block.blockId;
  }
  return compileParsed(parsed, slug, options);
}

function compileParsed(parsed: ParsedNotebook, slug: string, options: CompileOptions): NotebookSource {
  const blocks: NotebookSource["blocks"] = parsed.blocks.map((block) => {
    if (block.kind === "prose") {
      const { blockId, span, html } = block;
      const inline = block.inline.map((source) => compileInline(source, options));
      return { kind: "prose", blockId, span, html, inline };
    }
    const place = {
      kind: "cell" as const,
      blockId: block.blockId,
      span: block.span,
      index: block.index,
      id: block.id,
      line: block.line,
      echo: "echo" in block.attributes && block.attributes.echo !== "false",
      run: block.attributes.run !== "false",
    };
    if (block.problem)
      return { ...place, source: block.source, error: `SyntaxError: ${block.problem} (${block.line - 1}:1)` };
    // A cell that is not run is not compiled either: it is shown as code, whatever it holds.
    if (!place.run)
      return {
        ...place,
        source: block.source,
        inputs: [],
        outputs: [],
        expression: false,
        autodisplay: false,
        async: false,
        views: [],
        body: "",
      };
    try {
      return { ...place, ...compileCell(block.source, { line: block.line }, options) };
    } catch (error) {
      return { ...place, source: block.source, error: errorText(error) };
    }
  });
  return { meta: notebookMeta(parsed.data, slug, parsed.headings), headings: parsed.headings, blocks };
}

/** An inline `${…}` must be one expression; its value is shown as text. */
function compileInline(source: string, options: CompileOptions): InlineSource {
  try {
    const cell = compileCell(source, undefined, options);
    if (!cell.expression)
      return { source, error: "SyntaxError: an inline expression holds one expression, not statements" };
    const { inputs, async, body, loopGuard } = cell;
    return { source, inputs, async, body, ...(loopGuard && { loopGuard }) };
  } catch (error) {
    return { source, error: errorText(error) };
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function notebookMeta(data: Record<string, unknown>, slug: string, headings: Heading[]): NotebookMeta {
  const { title, summary, sources, order, ...extra } = data;
  const sourceList = Array.isArray(sources)
    ? sources.map(String)
    : typeof sources === "string"
      ? [sources]
      : [];
  return {
    slug,
    title: typeof title === "string" ? title : (headings.find((h) => h.level === 1)?.text ?? slug),
    summary: typeof summary === "string" ? summary : "",
    sources: sourceList,
    order: typeof order === "number" ? order : Number.POSITIVE_INFINITY,
    extra,
  };
}

/** Number of `id=` chart cells. */
export function chartCount(source: NotebookSource): number {
  return source.blocks.filter((block) => block.kind === "cell" && block.id && !("error" in block)).length;
}

/** JavaScript module text for a compiled notebook: cell bodies become real functions. */
export function notebookModule(source: NotebookSource): string {
  const withBody = (item: { body: string; inputs: string[]; async: boolean; loopGuard?: LoopGuards }) => {
    const { body: _body, ...rest } = item;
    return `{...${JSON.stringify(rest)}, body: ${cellFunctionSource(item)}}`;
  };
  const blocks = source.blocks.map((block) => {
    if (block.kind === "prose") {
      const { inline, ...rest } = block;
      const items = inline.map((item) => ("error" in item ? JSON.stringify(item) : withBody(item)));
      return `{...${JSON.stringify(rest)}, inline: [${items.join(", ")}]}`;
    }
    return "error" in block ? JSON.stringify(block) : withBody(block);
  });
  const meta = { ...source.meta, order: Number.isFinite(source.meta.order) ? source.meta.order : null };
  return [
    `const meta = ${JSON.stringify(meta)};`,
    `const headings = ${JSON.stringify(source.headings)};`,
    `export default { meta, headings, blocks: [\n${blocks.join(",\n")}\n] };`,
  ].join("\n");
}

/** Turns a compiled notebook into its runnable form in the browser (no build step); guarded loops call `guard`. */
export function instantiateNotebook(source: NotebookSource, guard?: LoopGuard): CompiledNotebook {
  return {
    meta: source.meta,
    headings: source.headings,
    blocks: source.blocks.map((block) => {
      const own = guard && blockGuard(guard, block.blockId);
      if (block.kind === "cell")
        return "error" in block ? block : { ...block, body: cellFunction(block, own) };
      const inline = block.inline.map((item) =>
        "error" in item ? item : { ...item, body: cellFunction(item, own) },
      );
      return { ...block, inline };
    }),
  };
}
