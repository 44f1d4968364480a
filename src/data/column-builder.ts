// Column builders: cells go from the parser straight into typed storage, one column at a time, with
// no object per row. A column the first records show to be numeric is read into a Float64Array as it
// streams; any other column is dictionary-encoded (each distinct text once, a code per row), and its
// type is inferred afterwards from its distinct texts weighted by how often each occurs. A column
// whose texts hardly repeat (names, free text) falls back to a plain array of texts.

import { CodeBuilder } from "./code-builder.ts";
import { NumberBuilder } from "./number-builder.ts";
import type { NumberFormat } from "./parse-number.ts";
import type { TextBuilder } from "./text-builder.ts";

/** How the first records say a column should be built. */
export type ColumnPlan = { kind: "numbers"; format: NumberFormat } | { kind: "codes" };

/** A column as it streams in, whichever way it is built. */
export type Builder = NumberBuilder | CodeBuilder | TextBuilder;

/** The builder a column's plan asks for, with room for `capacity` rows. */
export function builderFor(plan: ColumnPlan, capacity: number): Builder {
  return plan.kind === "numbers" ? new NumberBuilder(plan.format, capacity) : new CodeBuilder(capacity);
}
