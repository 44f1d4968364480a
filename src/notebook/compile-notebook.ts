import { type CompiledCell, cellFunction, cellFunctionSource, compileCell } from "./compile/index.ts";
import { parseNotebook } from "./parse/index.ts";
import type { CompiledNotebook, Heading, NotebookMeta } from "./types.ts";

/** A notebook compiled to plain data: cells carry their function bodies as text. */
export interface NotebookSource {
  meta: NotebookMeta;
  headings: Heading[];
  blocks: (
    | { kind: "prose"; html: string }
    | ({ kind: "cell"; index: number; id?: string; line: number } & (
        | CompiledCell
        | { source: string; error: string }
      ))
  )[];
}

/** Parses and compiles a notebook; a cell that does not compile carries its error instead of a body. */
export function compileNotebook(text: string, slug: string, file = `${slug}.md`): NotebookSource {
  const parsed = parseNotebook(text, file);
  const blocks: NotebookSource["blocks"] = parsed.blocks.map((block) => {
    if (block.kind === "prose") return block;
    const place = { kind: "cell" as const, index: block.index, id: block.id, line: block.line };
    if (block.problem)
      return { ...place, source: block.source, error: `SyntaxError: ${block.problem} (${block.line - 1}:1)` };
    try {
      return { ...place, ...compileCell(block.source, { line: block.line }) };
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      return { ...place, source: block.source, error: message };
    }
  });
  return { meta: notebookMeta(parsed.data, slug, parsed.headings), headings: parsed.headings, blocks };
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
  const blocks = source.blocks.map((block) => {
    if (block.kind === "prose" || "error" in block) return JSON.stringify(block);
    const { body: _body, ...rest } = block;
    return `{...${JSON.stringify(rest)}, body: ${cellFunctionSource(block)}}`;
  });
  const meta = { ...source.meta, order: Number.isFinite(source.meta.order) ? source.meta.order : null };
  return [
    `const meta = ${JSON.stringify(meta)};`,
    `const headings = ${JSON.stringify(source.headings)};`,
    `export default { meta, headings, blocks: [\n${blocks.join(",\n")}\n] };`,
  ].join("\n");
}

/** Turns a compiled notebook into its runnable form in the browser (no build step). */
export function instantiateNotebook(source: NotebookSource): CompiledNotebook {
  return {
    meta: source.meta,
    headings: source.headings,
    blocks: source.blocks.map((block) =>
      block.kind === "prose" || "error" in block ? block : { ...block, body: cellFunction(block) },
    ),
  };
}
