export { chartIdOf, setChartId } from "./chart-id.ts";
export {
  blockContent,
  deleteBlock,
  editBlock,
  insertBlock,
  moveBlock,
  type NotebookDocument,
  type SourceBlock,
  type SourceBlockKind,
  type Span,
  serialize,
} from "./document.ts";
export { type FrontMatter, splitFrontMatter } from "./front-matter.ts";
export { chartIdProblem, type InfoString, parseInfo } from "./info.ts";
export { type ParsedNotebook, parseNotebook, type SourceCell, type SourceProse } from "./markdown.ts";
export { type Joined, type SettledDocument, settleDocument } from "./settle-document.ts";
export { slugify } from "./slug.ts";
