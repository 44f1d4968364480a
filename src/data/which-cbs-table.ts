import { normaliseCbs } from "./cbs-shape.ts";
import { cbsMeasures, cbsTables } from "./cbs-topics.ts";
import type { CsvReading } from "./csv-reading.ts";

/**
 * The known CBS table ("47008NED", "47013NED") a reading is an export of, judged by its topics: the one
 * with most of its topics in the file (a bare "Totaal" says too little on its own), with regions or
 * periods beside them; undefined for any other file.
 */
export function whichCbsTable(reading: CsvReading): string | undefined {
  let best: { table: string; found: number } | undefined;
  for (const table of cbsTables()) {
    const { data } = normaliseCbs(reading, table);
    if (!data.RegioS && !data.Perioden) continue;
    const found = cbsMeasures(table).filter(
      (measure) => data[measure.key] && !/^Totaal_\d+$/.test(measure.key),
    ).length;
    if (found > 0 && (!best || found > best.found)) best = { table, found };
  }
  return best?.table;
}
