export { type GroupOptions, type GroupTotal, groupTotals, keptRows } from "./aggregate.ts";
export { type RawColumn, rawBuffers } from "./builders.ts";
export { type CbsTotals, type CbsTotalsOptions, cbsTotals } from "./cbs.ts";
export { crimeTypeCode, periodCode, regionCode } from "./cbs-codes.ts";
export { type CbsTable, normaliseCbs } from "./cbs-shape.ts";
export {
  type CbsMeasure,
  cbsMeasures,
  cbsTables,
  cbsTopicKeys,
  dimensionKey,
  topicKey,
  topicWords,
} from "./cbs-topics.ts";
export { findTotal, isTotalCode, totalRank } from "./cbs-total-codes.ts";
export {
  type Cell,
  type Column,
  columnBuffer,
  DictionaryColumn,
  distinctValues,
  FloatColumn,
  tally,
} from "./columns.ts";
export {
  type DataPackage,
  type DataResource,
  type FieldConstraints,
  findResource,
  type SchemaField,
  type TableSchema,
} from "./datapackage.ts";
export { type Decoded, decodeBytes, type Encoding } from "./decode.ts";
export { type Dialect, sniffDialect } from "./dialect.ts";
export { fileRow } from "./file-row.ts";
export { shortHash } from "./hash.ts";
export { type ImplausibleCounts, implausibleCounts, type LeftOutRow } from "./implausible-counts.ts";
export { type InferredColumn, inferColumn } from "./infer.ts";
export { describeLocator, type SourceDescription, sourceLabels } from "./locator.ts";
export {
  eersteKamerSearchUrl,
  kamerstukUrl,
  type OfficialDocument,
  type OfficialReference,
  officialDocument,
  officialDocuments,
  officialSearchUrl,
  tweedeKamerSearchUrl,
} from "./official-documents.ts";
export { type PackedColumn, type PackedReading, packReading, unpackReading } from "./pack.ts";
export { type PhaseTimes, phaseClock, sharedNow } from "./phase-clock.ts";
export { type ProblemDetail, problemText, quoted } from "./problems.ts";
export {
  type ColumnSummary,
  type CsvReading,
  type FileDialect,
  finishReading,
  mergeParts,
  planReading,
  type RawPart,
  type ReadOptions,
  type ReadPlan,
  type ReadProgress,
  readCsv,
  readPart,
  rowObjects,
} from "./read.ts";
export { type RepeatedKey, repeatedKeys } from "./repeated-keys.ts";
export type { Shape, TableMetadata } from "./shape.ts";
export { type SourceUrls, sourceRef, sourceUrls } from "./source-url.ts";
export { splitPoint } from "./split.ts";
export { type CellValue, type Problem, readCsvWithSchema, type SchemaReading } from "./table-schema.ts";
export { type ColumnType, type Period, parsePeriod, parseRegion, regionLevelOrder } from "./values.ts";
export { whichCbsTable } from "./which-cbs-table.ts";
export type { HelperTimings, LoadMessage, LoadRequest, LoadTimings } from "./worker-protocol.ts";
