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
      for (let open = content.indexOf("${"); open !== -1; open = content.indexOf("${", open + 2)) {
        if (open < at) continue;
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

/** Offset of the `}` that closes an expression starting at `from`, or -1. */
function expressionEnd(text: string, from: number): number {
  try {
    const node = parseExpressionAt(text, from, { ecmaVersion: "latest" });
    const close = /^\s*\}/.exec(text.slice(node.end));
    return close ? node.end + close[0].length - 1 : -1;
  } catch {
    return -1;
  }
}
