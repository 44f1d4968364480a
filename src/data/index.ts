// The data room's front door: other rooms import from here, never from the files behind it.

// Public API: what app, cli, notebook, export, charts and the benchmark use, and the types in its
// signatures.

export { type GroupOptions, type GroupTotal, groupTotals, keptRows } from "./aggregate.ts";
export { type CbsTotals, type CbsTotalsOptions, cbsTotals } from "./cbs.ts";
export { type CbsTable, normaliseCbs } from "./cbs-shape.ts";
export { topicWords } from "./cbs-topics.ts";
export { findTotal, isTotalCode } from "./cbs-total-codes.ts";
export type { ColumnType } from "./column-type.ts";
export { type Cell, type Column, columnBuffer, distinctValues, tally } from "./columns.ts";
export type { ColumnSummary, CsvReading, FileDialect, ReadOptions, ReadProgress } from "./csv-reading.ts";
export {
  type DataPackage,
  type DataResource,
  type FieldConstraints,
  findResource,
  type SchemaField,
  type TableSchema,
} from "./datapackage.ts";
export type { Encoding } from "./decode.ts";
export type { Dialect } from "./dialect.ts";
export { shortHash } from "./hash.ts";
export { type ImplausibleCounts, implausibleCounts, type LeftOutRow } from "./implausible-counts.ts";
export {
  type FileLoad,
  type FileLoadTimings,
  type LoadProgress,
  type LoadStall,
  loadFile,
  warmLoaders,
} from "./load-in-workers.ts";
export { describeLocator, type SourceDescription } from "./locator.ts";
export { type OfficialDocument, type OfficialReference, officialDocument } from "./official-documents.ts";
export { type Period, parsePeriod } from "./parse-period.ts";
export { regionLevelOrder } from "./parse-region.ts";
export { type PhaseTimes, phaseClock, sharedNow } from "./phase-clock.ts";
export { type Problem, type ProblemDetail, problemText, quoted } from "./problems.ts";
export { readCsv } from "./read-csv.ts";
export { type RepeatedKey, repeatedKeys } from "./repeated-keys.ts";
export { rowObjects } from "./row-objects.ts";
export {
  defaultChoice,
  type PeriodDimension,
  type RegionDimension,
  type ScratchChoice,
  type ScratchDimensions,
  scratchDimensions,
  type ValueDimension,
} from "./scratch-dimensions.ts";
export {
  type NoChartReason,
  type RepeatedKeyReport,
  type ScratchSums,
  scratchSums,
  type UsedRows,
} from "./scratch-sums.ts";
export type { Shape, TableMetadata } from "./shape-records.ts";
export { type SourceUrls, sourceRef, sourceUrls } from "./source-url.ts";
export { type CellValue, readCsvWithSchema, type SchemaReading } from "./table-schema.ts";
export { whichCbsTable } from "./which-cbs-table.ts";

// Internal: parts of the loader and of the CBS rules that no other room uses today. Exported for the
// tests, which may as well import them straight from their files; a room that comes to need one moves
// it up to the public block.

export { crimeTypeCode, periodCode, regionCode } from "./cbs-codes.ts";
export {
  type CbsMeasure,
  cbsMeasures,
  cbsTables,
  cbsTopicKeys,
  dimensionKey,
  topicKey,
} from "./cbs-topics.ts";
export { totalRank } from "./cbs-total-codes.ts";
export { DictionaryColumn, FloatColumn } from "./columns.ts";
export { type Decoded, decodeBytes } from "./decode.ts";
export { sniffDialect } from "./dialect.ts";
export { fileRow } from "./file-row.ts";
export { finishReading } from "./finish-reading.ts";
export { type InferredColumn, inferColumn } from "./infer-column.ts";
export { sourceLabels } from "./locator.ts";
export { mergeParts } from "./merge-parts.ts";
export {
  eersteKamerSearchUrl,
  kamerstukUrl,
  officialDocuments,
  officialSearchUrl,
  tweedeKamerSearchUrl,
} from "./official-documents.ts";
export { type PackedColumn, type PackedReading, packReading, unpackReading } from "./pack.ts";
export { parseRegion } from "./parse-region.ts";
export { rawBuffers } from "./raw-buffers.ts";
export type { RawColumn } from "./raw-column.ts";
export { type RawPart, readPart } from "./read-part.ts";
export { planReading, type ReadPlan } from "./read-plan.ts";
export { splitPoint } from "./split.ts";
export type { LoadMessage, LoadRequest } from "./worker-protocol.ts";
