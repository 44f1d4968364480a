import { record } from "../util/index.ts";
import { summarise } from "./column-summary.ts";
import { type Column, distinctValues } from "./columns.ts";
import type { ColumnSummary, CsvReading } from "./csv-reading.ts";
import { derivedType } from "./derived-columns.ts";
import { fileRow } from "./file-row.ts";
import { uniqueName } from "./header-names.ts";
import { problemAt } from "./problems.ts";
import type { RawPart } from "./read-part.ts";
import type { ReadPlan } from "./read-plan.ts";
import type { TableMetadata } from "./shape-records.ts";
import { typeRawColumn } from "./type-raw-column.ts";
import type { TypedColumn } from "./typed-column.ts";

/**
 * Types every column of a reading and reports what did not fit; `{retry}` when a column planned as
 * numbers must be read again as texts.
 */
export function finishReading(plan: ReadPlan, part: RawPart): CsvReading | { retry: number[] } {
  if (part.retry) return { retry: part.retry };
  const typed = plan.header.map((name, j) =>
    typeRawColumn(
      part.columns[j],
      plan.preferComma,
      plan.types && Object.hasOwn(plan.types, name) ? plan.types[name] : undefined,
    ),
  );
  const retry = typed.flatMap((column, j) => (column === "retry-as-codes" ? [j] : []));
  if (retry.length > 0) return { retry };
  const problems = [...plan.headerProblems, ...part.problems];
  if (plan.header.length === 0) problems.push(problemAt(1, "", { code: "empty-file" }));
  const metadata: TableMetadata = { ...plan.metadata, notes: [...plan.metadata.notes] };
  if (part.source) metadata.source = part.source;
  const data = record<Column>();
  const columns: ColumnSummary[] = [];
  plan.header.forEach((name, j) => {
    const column = typed[j] as TypedColumn;
    for (const misfit of column.misfits) {
      problems.push(
        problemAt(fileRow(part.rowBreaks, misfit.index), name, {
          code: "misfit",
          text: misfit.text,
          type: column.type,
        }),
      );
    }
    if (column.moreMisfits > 0) {
      problems.push(
        problemAt(fileRow(part.rowBreaks, column.misfits[column.misfits.length - 1].index), name, {
          code: "more-misfits",
          count: column.moreMisfits,
          type: column.type,
        }),
      );
    }
    data[name] = column.column;
    columns.push({
      ...summarise(name, column.type, column.column, column.missing, column.range),
      unit: Object.hasOwn(metadata.units, name) ? metadata.units[name] : undefined,
      decimal: column.type === "number" || column.type === "percent" ? column.format?.decimal : undefined,
    });
    for (const [suffix, values] of Object.entries(column.derived)) {
      const derivedName = uniqueName(`${name}_${suffix}`, data);
      data[derivedName] = values;
      columns.push({ ...summarise(derivedName, derivedType(suffix), values, 0), derivedFrom: name });
    }
    if (column.type === "period") {
      const kinds = [...distinctValues(column.derived.kind ?? [])];
      if (kinds.length > 1) {
        metadata.notes.push(
          `Column "${name}" mixes ${kinds.join(", ")} periods: filter on ${name}_kind before summing.`,
        );
      }
    }
  });
  problems.sort((a, b) => a.row - b.row);
  return {
    dialect: plan.dialect,
    metadata,
    columns,
    data,
    rowCount: part.rows,
    problems,
    rowBreaks: part.rowBreaks,
  };
}
