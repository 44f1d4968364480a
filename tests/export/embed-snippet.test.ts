import { describe, expect, it } from "vitest";
import { embedSnippet } from "../../src/export/index.ts";

/** Runs the snippet's script against one iframe and a message; the iframe's height afterwards. */
function afterMessage(
  snippet: string,
  message: { origin: string; data: unknown; fromFrame?: boolean },
): string {
  const script = /<script>([\s\S]*)<\/script>/.exec(snippet)?.[1] ?? "";
  const frame = {
    src: "https://blauw.example/embed.html#/a/b",
    contentWindow: {},
    style: { height: "480px" },
  };
  let listener: ((event: unknown) => void) | undefined;
  const document = { querySelectorAll: () => [frame] };
  const addEventListener = (_type: string, callback: (event: unknown) => void) => {
    listener = callback;
  };
  new Function("addEventListener", "document", script)(addEventListener, document);
  listener?.({
    origin: message.origin,
    data: message.data,
    source: message.fromFrame === false ? {} : frame.contentWindow,
  });
  return frame.style.height;
}

describe("the embed snippet's resize script", () => {
  const snippet = embedSnippet("https://blauw.example/embed.html#/a/b", "Titel");

  it("takes the height its own frame posts", () => {
    expect(
      afterMessage(snippet, { origin: "https://blauw.example", data: { type: "blauw:height", height: 612 } }),
    ).toBe("612px");
  });

  it("ignores messages from another origin or another window", () => {
    const data = { type: "blauw:height", height: 612 };
    expect(afterMessage(snippet, { origin: "https://evil.example", data })).toBe("480px");
    expect(afterMessage(snippet, { origin: "https://blauw.example", data, fromFrame: false })).toBe("480px");
  });

  it("ignores heights that are not a finite number in a sane range", () => {
    for (const height of [
      "100px;background:url(x)",
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -5,
      0,
      1e9,
      "612",
    ]) {
      expect(
        afterMessage(snippet, { origin: "https://blauw.example", data: { type: "blauw:height", height } }),
      ).toBe("480px");
    }
  });
});
