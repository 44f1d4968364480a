import { parse as parseYaml } from "yaml";

/** A Markdown file split into its YAML front matter and its body. */
export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  /** Line of the file on which `body` starts (1-based). */
  bodyLine: number;
}

const fence = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Reads `---`-fenced YAML at the top of a file; a file without it has empty front matter. */
export function splitFrontMatter(text: string, file = "notebook"): FrontMatter {
  const source = text.replace(/^\uFEFF/, "");
  const match = fence.exec(source);
  if (!match) return { data: {}, body: source, bodyLine: 1 };
  let data: unknown;
  try {
    data = parseYaml(match[1]) ?? {};
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new Error(`${file}: front matter is not valid YAML: ${reason}`);
  }
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new Error(`${file}: front matter must be a mapping of keys to values`);
  }
  const bodyLine = match[0].split("\n").length - (match[0].endsWith("\n") ? 0 : 1);
  return { data: data as Record<string, unknown>, body: source.slice(match[0].length), bodyLine };
}
