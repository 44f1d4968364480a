import { record } from "../util/index.ts";
import type { Column } from "./columns.ts";
import type { CsvReading, ReadOptions } from "./csv-reading.ts";
import { type Decoded, decodeBytes, stripBom } from "./decode.ts";
import { type NotText, sniffNotText } from "./file-kind.ts";
import { finishReading } from "./finish-reading.ts";
import { type PhaseTimes, phaseClock, splitPhase } from "./phase-clock.ts";
import { problemAt } from "./problems.ts";
import { readPart } from "./read-part.ts";
import { planReading, planWithTexts, type ReadPlan } from "./read-plan.ts";

/**
 * Reads a CSV the way Blauw does everywhere (app, `npm run inspect`, tests): decode, sniff the dialect,
 * parse, find the table in official export layouts, infer every column's type from all its rows,
 * and report every problem with its row and column. Rows are never dropped.
 */
export function readCsv(input: Uint8Array | string, options: ReadOptions = {}): CsvReading {
  const clock = phaseClock();
  const notText = typeof input === "string" ? null : sniffNotText(input);
  if (notText) return notTextReading(notText);
  const decoded: Decoded =
    typeof input === "string" ? { ...stripBom(input), encoding: "utf-8" } : decodeBytes(input);
  clock.lap("decode");
  const plan = planReading(decoded, options.types);
  clock.lap("plan");
  const reading = readDecoded(decoded.text, plan, options.onProgress, clock);
  if (options.timings) Object.assign(options.timings, clock.phases);
  return reading;
}

/** What is said of a file that is not text (an image, a workbook, an archive): no rows, one problem. */
export function notTextReading(kind: NotText): CsvReading {
  return {
    dialect: {
      delimiter: ",",
      quote: '"',
      lineEnding: "\n",
      encoding: "utf-8",
      bom: false,
      shape: "plain",
      headerRows: 0,
    },
    metadata: { filters: [], units: record<string>(), notes: [] },
    columns: [],
    data: record<Column>(),
    rowCount: 0,
    problems: [problemAt(1, "", { code: "not-text", kind })],
    rowBreaks: [],
  };
}

/**
 * Reads a whole decoded text by a plan; a column planned as numbers from the first records that turns
 * out not to be is read again as text. With a `clock`, its phases are timed (see `ReadOptions.timings`).
 */
export function readDecoded(
  text: string,
  plan: ReadPlan,
  onProgress?: ReadOptions["onProgress"],
  clock?: ReturnType<typeof phaseClock>,
): CsvReading {
  for (;;) {
    const partTimes: PhaseTimes = {};
    const part = readPart(text, plan, { first: true, last: true, onProgress, timings: clock && partTimes });
    if (clock) {
      clock.lap("read the part");
      splitPhase(clock.phases, "read the part", partTimes, "unquote and finish the part");
    }
    const reading = finishReading(plan, part);
    clock?.lap("type columns");
    if (!("retry" in reading)) return reading;
    plan = planWithTexts(plan, reading.retry);
  }
}
