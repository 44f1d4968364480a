// @vitest-environment jsdom
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { toNode } from "../../src/notebook/display.ts";

const shown = (value: unknown) => toNode(value, document) as HTMLElement;

describe("toNode", () => {
  it("shows a node as it is", () => {
    // (How it mends a form's inputs for screen readers is checked in Chromium: jsdom has no CSS.escape.)
    const paragraph = document.createElement("p");
    paragraph.textContent = "Tekst";
    expect(shown(paragraph)).toBe(paragraph);
    expect(paragraph.outerHTML).toBe("<p>Tekst</p>");
  });

  it("shows values as text, markup included", () => {
    const cases: [unknown, string][] = [
      [undefined, "undefined"],
      [null, "null"],
      [83.7, "83.7"],
      ["<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>"],
      [function telling() {}, "ƒ telling()"],
      [() => 1, "ƒ (anonymous)()"],
      [{ jaar: 2024, aandeel: 83.7 }, JSON.stringify({ jaar: 2024, aandeel: 83.7 }, null, 2)],
    ];
    for (const [value, text] of cases) {
      const element = shown(value);
      expect(element.tagName).toBe("PRE");
      expect(element.textContent).toBe(text);
      expect(element.children).toHaveLength(0);
    }
  });

  it("cuts a long value at 4,000 characters, and names one that cannot be written out", () => {
    const json = (length: number) => ({
      text: "x".repeat(length - JSON.stringify({ text: "" }, null, 2).length),
    });
    expect(JSON.stringify(json(4000), null, 2)).toHaveLength(4000);
    expect(shown(json(4000)).textContent).toBe(JSON.stringify(json(4000), null, 2));
    for (const length of [4001, 4500, 50_000]) {
      const long = json(length);
      expect(shown(long).textContent).toBe(`${JSON.stringify(long, null, 2).slice(0, 4000)}…`);
    }
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(shown(circular).textContent).toBe("[object Object]");
  });

  it("previews a table's first 25 rows as text, and says how many there are", () => {
    // Synthetic rows, made up for the test.
    const rows = Array.from({ length: 40 }, (_, i) => ({
      jaar: 1990 + i,
      label: i === 0 ? "<b>vet</b>" : `rij ${i}`,
      leeg: null,
    }));
    const preview = shown(aq.from(rows));
    expect([...preview.querySelectorAll("th")].map((th) => th.textContent)).toEqual([
      "jaar",
      "label",
      "leeg",
    ]);
    const cells = [...preview.querySelectorAll("tbody tr")].map((tr) =>
      [...tr.querySelectorAll("td")].map((td) => td.textContent),
    );
    expect(cells).toEqual(rows.slice(0, 25).map((row) => [String(row.jaar), row.label, ""]));
    expect(preview.querySelector("b")).toBeNull();
    expect(preview.querySelector(".table-count")?.textContent).toBe("25 of 40 rows");
    expect(shown(aq.from(rows.slice(0, 3))).querySelector(".table-count")?.textContent).toBe("3 rows");
  });
});
