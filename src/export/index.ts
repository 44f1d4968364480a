export {
  composeSvg,
  dataHash,
  escapeXml,
  provenanceNamespace,
  type SvgParts,
  type SvgSource,
  type SvgSwatch,
  type SvgText,
} from "./compose.ts";
export { type CsvOptions, chartCsv } from "./csv.ts";
export { embedSnippet } from "./embed-snippet.ts";
export { type ExportMeta, figureSvg } from "./figure-svg.ts";
export { svgToPng } from "./svg-to-png.ts";
