import type { ColumnTable } from "arquero";
import type { loadFile } from "../data/index.ts";
import { loadAttachedFile } from "./attached-files.ts";
import { type Locale, t } from "./i18n.ts";

/**
 * The cells' `attached(name)` in a notebook made in this browser: the Arquero table of a file kept with
 * it, read by the same worker loader as a dropped file (so a 47013NED export reads as on the scratch page).
 */
export function attachedTables(
  notebook: string,
  locale: Locale,
  /** The worker loader (passed in, so that this chunk shares no module with the reading path). */
  load: typeof loadFile,
): (name: string) => Promise<ColumnTable> {
  return async (name) => {
    const file = await loadAttachedFile(notebook, String(name));
    if (!file) throw new Error(t(locale).own.noAttachedFile(String(name)));
    const [reading, aq] = await Promise.all([load(file, file.name, () => {}).result, import("arquero")]);
    return aq.table(reading.data);
  };
}
