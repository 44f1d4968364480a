/** The parts of a Frictionless Data Package that Blauw reads. */
export interface FieldConstraints {
  required?: boolean;
  enum?: (string | number)[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
}

export interface SchemaField {
  name: string;
  type: "string" | "integer" | "number" | "boolean" | "date" | "year";
  description?: string;
  constraints?: FieldConstraints;
}

export interface TableSchema {
  fields: SchemaField[];
  /** Cell texts that mean "no value"; Frictionless's default is the empty string. */
  missingValues?: string[];
}

export interface DataResource {
  name: string;
  path: string;
  title?: string;
  description?: string;
  schema: TableSchema;
  sources?: { title: string; path: string }[];
}

export interface DataPackage {
  name: string;
  title?: string;
  resources: DataResource[];
  sources?: { title: string; path: string }[];
}

/** The resource called `name`; the error lists the names that do exist. */
export function findResource(pkg: DataPackage, name: string): DataResource {
  const resource = pkg.resources.find((r) => r.name === name);
  if (resource) return resource;
  const known = pkg.resources.map((r) => r.name).join(", ");
  throw new Error(`No data resource named "${name}"; known resources: ${known}`);
}
