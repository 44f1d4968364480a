export { isKebabId, kebabId } from "./kebab-id.ts";
export { type Locale, localeTag } from "./locale.ts";
export { record } from "./record.ts";
export { notebookSlugProblem, routeWords } from "./route-words.ts";
export { factSheetHash, parseSeedLocator, type SeedLocator } from "./seed-locator.ts";
