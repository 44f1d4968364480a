export {
  type DataPackage,
  type DataResource,
  type FieldConstraints,
  findResource,
  type SchemaField,
  type TableSchema,
} from "./datapackage.ts";
export { describeLocator, type SourceDescription, sourceLabels } from "./locator.ts";
export { type CellValue, type Problem, readCsvWithSchema, type SchemaReading } from "./table-schema.ts";
