// @vitest-environment jsdom
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { toNode } from "../../src/notebook/display.ts";

/** A stand-in with the three methods of an Arquero table the preview uses. */
function table(rows: number) {
  const objects = Array.from({ length: rows }, (_, i) => ({ regio: `<b>R${i}</b>`, aantal: i * 1000 }));
  return {
    numRows: () => rows,
    columnNames: () => ["regio", "aantal"],
    objects: ({ limit = rows } = {}) => objects.slice(0, limit),
  };
}

function preview(rows: number, lang: string) {
  document.documentElement.lang = lang;
  const node = toNode(table(rows), document) as HTMLElement;
  return {
    count: node.querySelector(".table-count")?.textContent,
    shown: node.querySelectorAll("tbody tr").length,
    first: node.querySelector("tbody td")?.textContent,
  };
}

describe("a table's preview", () => {
  it("counts its rows in the page's language and number format", () => {
    const rows = 1234;
    const shown = 25;
    const dutch = preview(rows, "nl");
    expect(dutch.shown).toBe(shown);
    expect(dutch.count).toBe(`${shown} van ${new Intl.NumberFormat("nl-NL").format(rows)} rijen`);
    const english = preview(rows, "en");
    expect(english.count).toBe(`${shown} of ${new Intl.NumberFormat("en-GB").format(rows)} rows`);
  });

  it("says how many rows a short table has, one row in the singular", () => {
    expect(preview(3, "nl").count).toBe("3 rijen");
    expect(preview(1, "nl").count).toBe("1 rij");
    expect(preview(1, "en").count).toBe("1 row");
  });

  it("shows values as text, never as HTML", () => {
    expect(preview(2, "nl").first).toBe("<b>R0</b>");
  });
});

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

  it("previews an Arquero table's first 25 rows as text", () => {
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
  });
});
