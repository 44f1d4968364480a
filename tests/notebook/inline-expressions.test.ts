// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the prose under test holds ${…} on purpose
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { extractInlineExpressions, inlinePlaceholder } from "../../src/notebook/parse/inline-expressions.ts";

const markdown = new MarkdownIt({ html: false });

/** The prose's expressions and its HTML with the placeholders in place, as the notebook parser renders it. */
function extract(text: string) {
  const tokens = markdown.parse(text, {});
  const expressions = extractInlineExpressions(tokens);
  return { expressions, html: markdown.renderer.render(tokens, markdown.options, {}).trim() };
}

describe("extractInlineExpressions", () => {
  it("puts a numbered placeholder where each expression was, and returns the sources in order", () => {
    const { expressions, html } = extract("Het aandeel was ${share.toFixed(1)}% in ${ {a: 1}.a + year }.");
    expect(expressions).toEqual(["share.toFixed(1)", "{a: 1}.a + year"]);
    expect(html).toBe(`<p>Het aandeel was ${inlinePlaceholder(0)}% in ${inlinePlaceholder(1)}.</p>`);
  });

  it("escapes the text around an expression, so prose never becomes markup", () => {
    const { html } = extract('a < b & "c" ${x} <script>');
    expect(html).toBe(`<p>a &lt; b &amp; &quot;c&quot; ${inlinePlaceholder(0)} &lt;script&gt;</p>`);
  });

  it("leaves code spans, fences and text that is no expression as they are", () => {
    const { expressions, html } = extract("`${code}` and ${ not closed\n\n```\n${fenced}\n```\n\n${a b}");
    expect(expressions).toEqual([]);
    expect(html).not.toContain("inline-cell");
    expect(html).toContain("<code>${code}</code>");
  });

  it("does not read an expression across Markdown that splits it (emphasis)", () => {
    expect(extract("${a *b* c}").expressions).toEqual([]);
    expect(extract("${a * b}").expressions).toEqual(["a * b"]);
  });

  it("finds an expression whose text holds a brace, and skips one that is too long to read", () => {
    expect(extract('${"}".length}').expressions).toEqual(['"}".length']);
    expect(extract(`\${${"1+".repeat(3000)}1}`).expressions).toEqual([]);
  });
});
