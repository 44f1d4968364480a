export {
  composeSvg,
  dataHash,
  escapeXml,
  fontStack,
  provenanceNamespace,
  type SvgParts,
  type SvgSource,
  type SvgSwatch,
  type SvgText,
} from "./compose.ts";
export { type CsvOptions, chartCsv } from "./csv.ts";
export { embedSnippet } from "./embed.ts";
export { type ExportMeta, figureSvg, svgToPng } from "./figure.ts";
