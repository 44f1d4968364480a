import type { ColumnTable } from "arquero";
import datapackage from "../../data/datapackage.json";
import { type DataPackage, findResource, readCsvWithSchema } from "../data/index.ts";

// Each CSV becomes its own small chunk, fetched the first time a cell asks for it.
const files = import.meta.glob<string>("/data/*.csv", { query: "?raw", import: "default" });
const cache = new Map<string, Promise<ColumnTable>>();

/** The Arquero table of `data/<name>.csv`, typed by its Table Schema in `data/datapackage.json`. */
export function bundledTable(name: string): Promise<ColumnTable> {
  let table = cache.get(name);
  if (!table) {
    table = load(name);
    cache.set(name, table);
  }
  return table;
}

async function load(name: string): Promise<ColumnTable> {
  const resource = findResource(datapackage as unknown as DataPackage, name);
  const read = files[`/${resource.path}`];
  if (!read) throw new Error(`Data file ${resource.path} is not bundled with the site`);
  const [text, aq] = await Promise.all([read(), import("arquero")]);
  const { columns, problems } = readCsvWithSchema(text, resource.schema);
  if (problems.length > 0) {
    const first = problems[0];
    throw new Error(`${resource.path}: row ${first.row}, column ${first.column}: ${first.message}`);
  }
  return aq.table(columns);
}
