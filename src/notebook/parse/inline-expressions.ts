import { parseExpressionAt } from "acorn";
import type { Token } from "markdown-it";

/** Where an inline expression's value goes: an empty element the runtime fills with text. */
export function inlinePlaceholder(index: number): string {
  return `<span class="inline-cell" data-inline="${index}"></span>`;
}

/**
 * Finds `${expression}` in the prose's text (not in code spans or fences), puts a placeholder in
 * its place and returns the expressions' sources, in order. Text the parser cannot read as an
 * expression closed by `}` stays as it is. An expression is found only within one run of text:
 * Markdown inside it (`${a * b * c}` read as emphasis) keeps it from being one.
 */
export function extractInlineExpressions(tokens: Token[]): string[] {
  const found: string[] = [];
  for (const token of tokens) {
    for (const child of token.type === "inline" ? (token.children ?? []) : []) {
      if (child.type !== "text" || !child.content.includes("${")) continue;
      const content = child.content;
      let html = "";
      let at = 0;
      let close = -1;
      for (let open = content.indexOf("${"); open !== -1; open = content.indexOf("${", open + 2)) {
        if (open < at) continue;
        // No `}` left: nothing more can close (found once per `}`, so the text is scanned once).
        if (close < open) close = content.indexOf("}", open);
        if (close === -1) break;
        const end = expressionEnd(content, open + 2);
        if (end === -1) continue;
        html += escapeHtml(content.slice(at, open)) + inlinePlaceholder(found.length);
        found.push(content.slice(open + 2, end).trim());
        at = end + 1;
      }
      if (at === 0) continue;
      // The text around the expressions is escaped here as markdown-it escapes text; the rest is ours.
      child.type = "html_inline";
      child.content = html + escapeHtml(content.slice(at));
    }
  }
  return found;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Longest inline expression read, in characters: bounds the work per `${`, so prose is read in linear time. */
const longest = 4000;

/** Offset of the `}` that closes an expression starting at `from`, or -1. */
function expressionEnd(text: string, from: number): number {
  // Parsed in a window of its own: acorn counts the lines before its starting point on every call.
  const window = text.slice(from, from + longest);
  try {
    let at = parseExpressionAt(window, 0, { ecmaVersion: "latest" }).end;
    while (at < window.length && /\s/.test(window[at])) at++;
    return window[at] === "}" ? from + at : -1;
  } catch {
    return -1;
  }
}
