import { defaultChoice, type ScratchChoice, type ScratchDimensions } from "../data/index.ts";

/**
 * The first chart's choice as a link's query: the file's name (a link cannot carry the file itself),
 * the measure, the kind of period, the region or level, a value per category column (by position,
 * `*` for all added up) and the years.
 */
export function choiceQuery(fileName: string, dimensions: ScratchDimensions, choice: ScratchChoice): string {
  const query = new URLSearchParams({ file: fileName, m: choice.measure });
  if (choice.step) query.set("step", choice.step);
  if (choice.region === null) query.set("region", "*");
  else if (choice.region && "value" in choice.region) query.set("region", choice.region.value.trim());
  else if (choice.region) query.set("level", choice.region.level);
  dimensions.categories.forEach((category, i) => {
    const value = choice.categories[category.column];
    if (value !== undefined) query.set(`c${i}`, value === null ? "*" : value.trim());
  });
  if (choice.from !== undefined) query.set("from", String(choice.from));
  if (choice.to !== undefined) query.set("to", String(choice.to));
  return query.toString();
}

/**
 * The choice a link's query asks for, on top of the default one; values the file does not hold are
 * ignored, and "all added up" is honoured only where the default offers it (no total in the column).
 */
export function queryChoice(dimensions: ScratchDimensions, query: URLSearchParams): ScratchChoice {
  const choice = defaultChoice(dimensions);
  const measure = query.get("m");
  if (measure && dimensions.measures.some((m) => m.column === measure)) choice.measure = measure;
  const step = query.get("step");
  const period = dimensions.period;
  if (step && period?.kind === "period" && period.steps.includes(step)) choice.step = step;
  const region = dimensions.region;
  if (region) {
    const value = query.get("region");
    const level = query.get("level");
    const match = region.values.find((v) => v.trim() === value);
    if (match !== undefined) choice.region = { value: match };
    else if (level && region.levels.includes(level)) choice.region = { level };
    else if (value === "*" && region.levels.length === 0 && region.candidates.length === 0)
      choice.region = null;
  }
  dimensions.categories.forEach((category, i) => {
    const value = query.get(`c${i}`);
    const match = category.values.find((v) => v.trim() === value);
    if (match !== undefined) choice.categories[category.column] = match;
    else if (value === "*" && category.candidates.length === 0) choice.categories[category.column] = null;
  });
  const year = (key: string) => {
    const text = query.get(key);
    return text && /^\d{4}$/.test(text) ? Number(text) : undefined;
  };
  choice.from = year("from");
  choice.to = year("to");
  return choice;
}
