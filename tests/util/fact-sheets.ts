import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** One row of a fact sheet's figures table (`## Cijfers`). */
export interface SheetFigure {
  sheet: string;
  id: string;
  topic: string;
  measure: string;
  value: number;
  unit: string;
  period: string;
  year: number | null;
  qualifier: string;
  locator: string;
}

const columns = ["id", "topic", "measure", "value", "unit", "period", "year", "qualifier", "locator", "what"];

/** Reads the figures tables of every fact sheet in `seeds/`. */
export function readFactSheets(root: string): SheetFigure[] {
  const dir = join(root, "seeds");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md") && name !== "README.md")
    .flatMap((name) => figuresOf(name.replace(/\.md$/, ""), readFileSync(join(dir, name), "utf8")));
}

function figuresOf(sheet: string, text: string): SheetFigure[] {
  const lines = text.split("\n");
  const headerAt = lines.findIndex((line) => /^\|\s*id\s*\|\s*topic\s*\|/.test(line));
  if (headerAt < 0) throw new Error(`seeds/${sheet}.md has no figures table`);
  const header = cells(lines[headerAt]);
  if (header.join(",") !== columns.join(","))
    throw new Error(`seeds/${sheet}.md: unexpected columns ${header}`);
  const figures: SheetFigure[] = [];
  for (const line of lines.slice(headerAt + 2)) {
    if (!line.startsWith("|")) break;
    const [id, topic, measure, value, unit, period, year, qualifier, locator] = cells(line);
    figures.push({
      sheet,
      id,
      topic,
      measure,
      value: Number(value),
      unit,
      period,
      year: year === "" ? null : Number(year),
      qualifier,
      locator,
    });
  }
  return figures;
}

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((cell) => cell.trim().replace(/^`|`$/g, ""));
}

/** Quotes differ between keyboards and documents: zo'n and zo’n are the same qualifier. */
export function sameQualifier(a: string | null | undefined, b: string | null | undefined): boolean {
  const norm = (text: string | null | undefined) => (text ?? "").replace(/[’‘`]/g, "'").trim().toLowerCase();
  return norm(a) === norm(b);
}
