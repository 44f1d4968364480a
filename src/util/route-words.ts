import { isKebabId } from "./kebab-id.ts";

/** The first word of the app's own routes (`#/bron/…`, `#/eigen/…`, `#/bestand`). */
export const routeWords = { source: "bron", own: "eigen", file: "bestand" } as const;

const taken = new Set<string>(Object.values(routeWords));

/**
 * Why a notebook file's name cannot be its slug, its address `#/<slug>`, or null when it can: the slug
 * must be kebab-case, and must not be one of the app's own route words, or the page could not be reached.
 */
export function notebookSlugProblem(slug: string): string | null {
  if (taken.has(slug))
    return `the name "${slug}" is taken by the app's own pages (#/${slug}); give the notebook another file name`;
  if (!isKebabId(slug))
    return `the name "${slug}" is not kebab-case (lowercase letters and digits joined by single hyphens), so no address can reach it`;
  return null;
}
