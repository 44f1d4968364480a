import { median } from "./median.ts";

/** The smallest, middle and largest of some measurements: what a reader needs to judge a median. */
export interface Spread {
  min: number;
  median: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) throw new RangeError("spread of no values");
  return { min: Math.min(...values), median: median(values), max: Math.max(...values) };
}
