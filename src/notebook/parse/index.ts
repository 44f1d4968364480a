export { type FrontMatter, splitFrontMatter } from "./front-matter.ts";
export { chartIdProblem, type InfoString, parseInfo } from "./info.ts";
export { type ParsedNotebook, parseNotebook, type SourceCell } from "./markdown.ts";
export { slugify } from "./slug.ts";
