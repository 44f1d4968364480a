// @vitest-environment jsdom
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
