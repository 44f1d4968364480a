import * as Plot from "@observablehq/plot";
import fc from "fast-check";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { roundNumbers, snapshotMarkup } from "./snapshot-markup.ts";

const { document } = new JSDOM("<!doctype html><body></body>").window;

/** A small clipped plot of synthetic points (made up for the test). */
const clipped = () =>
  (
    Plot.plot({
      document,
      width: 300,
      height: 120,
      marks: [Plot.lineY([1, 3, 2.123456], { clip: true }), Plot.dot([[0, 1 / 3]], { clip: true })],
    }) as unknown as SVGSVGElement
  ).outerHTML;

/** The element names and attribute names of markup, in document order: what a snapshot must keep. */
function structure(markup: string): string[] {
  const template = document.createElement("template");
  template.innerHTML = markup;
  return [...template.content.querySelectorAll("*")].map(
    (element) =>
      `${element.localName}[${[...element.attributes]
        .map((attribute) => attribute.name)
        .filter((name) => name !== "xmlns")
        .sort()
        .join(",")}]`,
  );
}

describe("snapshotMarkup", () => {
  const markup = clipped();
  const snapshot = snapshotMarkup(markup);
  const lines = snapshot.trimEnd().split("\n");

  it("keeps every element and attribute of the chart", () => {
    expect(structure(snapshot)).toEqual(structure(markup));
  });

  it("writes one element per line, indented by its depth", () => {
    for (const line of lines) expect(line.match(/<[a-zA-Z]/g)?.length ?? 0).toBeLessThanOrEqual(1);
    const openings = lines.filter((line) => /^\s*<[a-zA-Z]/.test(line)).length;
    expect(openings).toBe(structure(markup).length);
    const depth = (line: string) => (line.length - line.trimStart().length) / 2;
    expect(lines.map(depth).slice(0, 2)).toEqual([0, 1]);
  });

  it("writes each element's attributes in alphabetical order", () => {
    for (const line of lines) {
      const names = [...(/^\s*<[^>]*>/.exec(line)?.[0] ?? "").matchAll(/ ([\w:-]+)="/g)].map((m) => m[1]);
      expect(names).toEqual([...names].sort());
    }
  });

  it("rounds numbers to two decimals, within 0.005 of each number drawn", () => {
    const number = /-?\d*\.?\d+(?:e[-+]?\d+)?/gi;
    const attributeNumbers = (html: string) => {
      const template = document.createElement("template");
      template.innerHTML = html;
      return [...template.content.querySelectorAll("*")].flatMap((element) =>
        [...element.attributes]
          .filter((attribute) => !/^(aria-|class|xmlns)/.test(attribute.name))
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((attribute) => attribute.value.match(number)?.map(Number) ?? []),
      );
    };
    const drawn = attributeNumbers(markup);
    const kept = attributeNumbers(snapshot);
    expect(kept.map((numbers) => numbers.length)).toEqual(drawn.map((numbers) => numbers.length));
    expect(drawn.flat().some((n) => Math.abs(n * 100 - Math.round(n * 100)) > 1e-6)).toBe(true);
    kept.flat().forEach((n, i) => {
      expect(Math.abs(n - drawn.flat()[i])).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(n * 100 - Math.round(n * 100))).toBeLessThan(1e-6);
    });
  });

  it("gives the same text for the same chart however many plots were drawn before it", () => {
    const first = clipped();
    const second = clipped();
    // Plot counts its clip paths across plots: the raw markup differs, the snapshot does not.
    expect(first).not.toBe(second);
    expect(snapshotMarkup(first)).toBe(snapshotMarkup(second));
    expect(snapshot).toMatch(/<clipPath id="plot-clip-1">/);
    expect(snapshot).toMatch(/clip-path="url\(#plot-clip-1\)"/);
    expect(snapshot).not.toMatch(/plot-[0-9a-f]{6}/);
  });

  it("gives a root svg its namespace, so that the file opens as an image", () => {
    expect(lines[0]).toMatch(/ xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it("leaves the digits of addresses and words alone, and shows invisible spaces", () => {
    const figure = snapshotMarkup(
      '<figure><a href="https://example.org/x-1.1474647">nu.nl</a><p aria-label="0.123456">€\u00a0186 mln </p></figure>',
    );
    expect(figure).toContain('href="https://example.org/x-1.1474647"');
    expect(figure).toContain('aria-label="0.123456"');
    expect(figure).toContain('<p aria-label="0.123456">€&#160;186 mln&#32;</p>');
  });
});

describe("roundNumbers", () => {
  it("moves no number by more than half a hundredth, and leaves short ones as written", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (value) => {
        const rounded = Number(roundNumbers(String(value)));
        expect(Math.abs(rounded - value)).toBeLessThanOrEqual(0.005 + 1e-9 * Math.abs(value));
      }),
    );
    expect(roundNumbers("M0,0L-6,0 translate(49,24) 0.32em 1.5")).toBe(
      "M0,0L-6,0 translate(49,24) 0.32em 1.5",
    );
    expect(roundNumbers("M1e-7,-0.0001")).toBe("M0,0");
    // A colour whose digits read as a number with an exponent ("009E73") is a colour.
    const colours = "#009E73 #D55E00 #1e5 #D55 url(#plot-clip-1)";
    expect(roundNumbers(colours)).toBe(colours);
  });
});
