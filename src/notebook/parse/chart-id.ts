/*
 * A cell's chart id is the `id=` of its fence's info string (```` ```js id=my-chart ````). The editor
 * reads and sets it here, on the opening line only: the code and the other attributes keep their bytes.
 */
import type { NotebookDocument, SourceBlock } from "./document.ts";
import { parseInfo } from "./info.ts";

const fenceLine = /^ {0,3}(?:`{3,}|~{3,})(.*)$/;
const idAttribute = /\s+id=(?:"[^"]*"|'[^']*'|\S+)/;

/** The chart id in a code block's info string, or "" when it has none. */
export function chartIdOf(block: Pick<SourceBlock, "kind" | "text">): string {
  if (block.kind !== "code") return "";
  const info = fenceLine.exec(openingLine(block.text))?.[1] ?? "";
  return parseInfo(info).attributes.id ?? "";
}

/** Gives a code block the chart id `chartId` (replacing the one it has); "" takes the id away. */
export function setChartId(document: NotebookDocument, blockId: string, chartId: string): NotebookDocument {
  return {
    ...document,
    blocks: document.blocks.map((block) =>
      block.id === blockId && block.kind === "code"
        ? { ...block, text: withChartId(block.text, chartId) }
        : block,
    ),
  };
}

function withChartId(text: string, chartId: string): string {
  const open = openingLine(text);
  const rest = text.slice(open.length);
  const id = chartId ? ` id=${chartId}` : "";
  const line = idAttribute.test(open) ? open.replace(idAttribute, id) : `${open.trimEnd()}${id}`;
  return line + rest;
}

function openingLine(text: string): string {
  const end = text.indexOf("\n");
  return end === -1 ? text : text.slice(0, end);
}
