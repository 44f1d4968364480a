import { isKebabId } from "../../util/index.ts";
/** The info string of a fenced block: its language and `key=value` attributes. */
export interface InfoString {
  language: string;
  attributes: Record<string, string>;
}

const attribute = /([A-Za-z][\w-]*)(?:=(?:"([^"]*)"|'([^']*)'|(\S+)))?/g;

/** Parses ```` ```js id=share-within-15-minutes ````; a bare word counts as `word=""`. */
export function parseInfo(info: string): InfoString {
  const trimmed = info.trim();
  const [language = "", ...rest] = trimmed.split(/\s+/);
  const attributes: Record<string, string> = {};
  for (const match of rest.join(" ").matchAll(attribute)) {
    attributes[match[1]] = match[2] ?? match[3] ?? match[4] ?? "";
  }
  return { language: language.toLowerCase(), attributes };
}

/** Returns why an id cannot name a chart file and embed URL, or null when it can. */
export function chartIdProblem(id: string): string | null {
  if (isKebabId(id)) return null;
  return `chart id "${id}" must be kebab-case: lowercase letters and digits joined by single hyphens`;
}
