import { derivedLine, formatFigure, formatWhen, isDerived } from "./format.ts";
import { isTranslatedQualifier } from "./qualifier.ts";
import { rowLabel } from "./row-label.ts";
import { sourceLine } from "./source.ts";
import type { FactRow, Locale } from "./types.ts";

/**
 * A figure in one line, for a screen reader and the table's words alike: what, when, the figure with
 * its qualifier, how it was computed, the source — the words of the tip (`tipText`), in reading order.
 * "Binnen 15 minuten ter plaatse, 2024: 83,7%. Bron: antwoorden Eerste Kamer, antwoord 20".
 */
export function pointText(row: FactRow, locale: Locale = "nl"): string {
  const when = formatWhen(row, locale);
  const parts = [
    `${rowLabel(row, locale)}${when ? `, ${when}` : ""}: ${formatFigure(row, locale)}`,
    ...(isDerived(row) ? [derivedLine(row, locale)] : []),
    sourceLine(row.source, locale),
  ];
  if (isTranslatedQualifier(row.qualifier, locale)) parts.push(`The source says “${row.qualifier?.trim()}”`);
  return parts.join(". ");
}
