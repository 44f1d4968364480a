import { XMLParser, XMLValidator } from "fast-xml-parser";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import type { FactRow } from "../../src/charts/index.ts";
import {
  composeSvg,
  dataHash,
  embedSnippet,
  provenanceNamespace,
  type SvgParts,
} from "../../src/export/index.ts";
import { factRow } from "../util/fact-row.ts";
import { xmlAllowed, xmlShown } from "../util/xml-characters.ts";

const row = (value: number, extra: Partial<FactRow> = {}): FactRow =>
  factRow({
    measure: "share",
    label: "Aandeel",
    value,
    unit: "percent",
    source: "seeds/kamerbrief-politie-maart-2026.md#reactietijden",
    ...extra,
  });

const parts = (overrides: Partial<SvgParts> = {}): SvgParts => ({
  width: 640,
  height: 420,
  background: "rgb(255, 255, 255)",
  fontFamily: 'system-ui, "Segoe UI", sans-serif',
  title: "Aandeel binnen 15 minuten <2024> & meer",
  description: "Stippen per jaar; de norm is 90%.",
  texts: [
    {
      text: "Aandeel binnen 15 minuten <2024> & meer",
      x: 8,
      y: 24,
      size: 18,
      weight: 700,
      color: "rgb(29, 36, 48)",
    },
    { text: "Bron: Kamerbrief politie (maart 2026)", x: 8, y: 410, size: 12, color: "rgb(91, 100, 116)" },
  ],
  swatches: [{ label: "Gemeten", color: "#0072B2", x: 8, y: 40 }],
  plot: '<svg width="640" height="300"><g fill="currentColor"><text>90%</text></g></svg>',
  plotY: 60,
  metadata: {
    notebook: "reaction-times",
    chart: "share-within-15-minutes",
    sources: [
      {
        ref: "kamerbrief-politie-maart-2026#reactietijden",
        label: "Kamerbrief politie",
        href: "https://example.org/blauw/#/bron/kamerbrief-politie-maart-2026/reactietijden",
        document: "https://www.tweedekamer.nl/zoeken?qry=2026Z04819",
      },
    ],
    dataHash: "0123abcd",
    permalink: "index.html#/reaction-times/share-within-15-minutes?d=0123abcd",
  },
  ...overrides,
});

describe("the standalone SVG", () => {
  const svg = composeSvg(parts());
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(svg);

  it("is well-formed XML with size, viewBox and a declared font stack", () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(parsed.svg.width).toBe("640");
    expect(parsed.svg.height).toBe("420");
    expect(parsed.svg.viewBox).toBe("0 0 640 420");
    expect(parsed.svg["font-family"]).toContain("sans-serif");
  });

  it("holds every part: title, desc, provenance, texts, legend as SVG and the plot", () => {
    expect(parsed.svg.title["#text"]).toBe("Aandeel binnen 15 minuten <2024> & meer");
    expect(parsed.svg.desc["#text"]).toBe("Stippen per jaar; de norm is 90%.");
    const chart = parsed.svg.metadata["blauw:chart"];
    expect(chart["xmlns:blauw"]).toBe(provenanceNamespace);
    expect(chart).toMatchObject({
      notebook: "reaction-times",
      chart: "share-within-15-minutes",
      "data-hash": "0123abcd",
      permalink: "index.html#/reaction-times/share-within-15-minutes?d=0123abcd",
    });
    expect(chart["blauw:source"]).toMatchObject({
      ref: "kamerbrief-politie-maart-2026#reactietijden",
      href: "https://example.org/blauw/#/bron/kamerbrief-politie-maart-2026/reactietijden",
      document: "https://www.tweedekamer.nl/zoeken?qry=2026Z04819",
    });
    expect(svg).toContain(">Bron: Kamerbrief politie (maart 2026)</text>");
    expect(svg).toMatch(/<g class="legend">\s*<rect [^>]*fill="#0072B2"/);
    expect(svg).toContain(">Gemeten</text>");
    expect(svg).toContain('<g transform="translate(0,60)">');
  });

  it("leaves nothing to chance: no currentColor, no external references, no time unless asked", () => {
    expect(svg).not.toContain("currentColor");
    expect(svg).not.toMatch(/<image|<link|@import|url\(|<style/);
    expect(svg).not.toContain("created=");
    expect(
      composeSvg(parts({ metadata: { ...parts().metadata, created: "2026-11-23T20:00:00Z" } })),
    ).toContain('created="2026-11-23T20:00:00Z"');
  });

  it("escapes text, so a title cannot become markup", () => {
    expect(svg).toContain("&lt;2024&gt; &amp; meer");
    const hostile = composeSvg(parts({ title: '"/><script>alert(1)</script>' }));
    expect(hostile).not.toContain("<script>");
    expect(XMLValidator.validate(hostile)).toBe(true);
  });
});

describe("the data hash", () => {
  it("is the same for the same rows and changes when a figure changes", () => {
    expect(dataHash([row(83.7)])).toBe(dataHash([row(83.7)]));
    expect(dataHash([row(83.7)])).not.toBe(dataHash([row(83.8)]));
    expect(dataHash([row(83.7)])).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe("the embed snippet", () => {
  it("is an iframe and a resize script, with the title escaped", () => {
    const snippet = embedSnippet("https://example.org/embed.html#/a/b?c1=x", 'Titel "met" <tekens>');
    expect(snippet).toContain('<iframe src="https://example.org/embed.html#/a/b?c1=x"');
    expect(snippet).toContain('title="Titel &#34;met&#34; &#60;tekens&#62;"');
    expect(snippet).toContain('d.type!=="blauw:height"');
  });

  it("writes a title's control characters as U+FFFD", () => {
    const title = "Titel\u0001\uFFFE\uD800";
    expect(embedSnippet("https://example.org/embed.html#/a/b", title)).toContain(
      `title="${xmlShown(title)}"`,
    );
  });
});

describe("the standalone SVG of a file's own names and values", () => {
  // Synthetic: what a dropped CSV can put in a chart's texts — C0 controls, U+FFFE/U+FFFF, lone
  // surrogates — and the word currentColor as a column name and as a value.
  const hostile = "a\u0001b\u000Bc\u001Fd\uFFFEe\uFFFFf\uD800g\uDC00h\tk";
  const trickyParts = (hostile: string) =>
    parts({
      title: `currentColor ${hostile}`,
      description: `per ${hostile}`,
      texts: [
        { text: `currentColor ${hostile}`, x: 8, y: 24, size: 18, weight: 700, color: "rgb(29, 36, 48)" },
        {
          text: "Bron: currentColor",
          x: 8,
          y: 410,
          size: 12,
          color: "rgb(91, 100, 116)",
          href: `https://x.nl/?q=${hostile}`,
        },
      ],
      swatches: [{ label: `currentColor${hostile}`, color: "#0072B2", x: 8, y: 40 }],
      // Markup as a browser serialises it: a tab in an attribute as a reference, other characters raw.
      plot: `<svg width="640" height="300"><g fill="currentColor" stroke="CurrentColor" aria-label="currentColor ${hostile.replace("\t", "&#9;")}"><text style="fill: currentColor; font-weight: 700">currentColor ${hostile}<title>currentColor</title></text><stop stop-color="currentColor"/></g></svg>`,
      metadata: {
        ...parts().metadata,
        notebook: `bestand${hostile}`,
        chart: "currentColor",
        sources: [{ ref: `Jouw bestand: ${hostile}.csv`, label: "currentColor", href: "", document: "" }],
        permalink: "#/bestand?file=currentColor.csv",
      },
    });
  const { window } = new JSDOM("");
  const read = (svg: string) => new window.DOMParser().parseFromString(svg, "image/svg+xml");
  const tricky = trickyParts(hostile);
  const svg = composeSvg(tricky);
  const doc = read(svg);
  it("holds no character XML forbids, and a strict XML parser reads it", () => {
    expect(xmlAllowed(svg)).toBe(true);
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  });

  it("shows each forbidden character as U+FFFD in texts, attributes and metadata", () => {
    expect(doc.querySelector("svg > title")?.textContent).toBe(xmlShown(tricky.title));
    expect(doc.querySelector("svg > desc")?.textContent).toBe(xmlShown(tricky.description));
    const chart = doc.getElementsByTagName("blauw:chart")[0];
    expect(chart.getAttribute("notebook")).toBe(xmlShown(tricky.metadata.notebook));
    expect(doc.getElementsByTagName("blauw:source")[0].getAttribute("ref")).toBe(
      xmlShown(tricky.metadata.sources[0].ref),
    );
    const texts = [...doc.querySelectorAll("text")].map((text) => text.textContent);
    expect(texts).toContain(xmlShown(tricky.texts[0].text));
    expect(texts).toContain(xmlShown(tricky.swatches[0].label));
    expect(doc.querySelector("g[aria-label]")?.getAttribute("aria-label")).toBe(
      xmlShown(`currentColor ${hostile}`),
    );
  });

  it("resolves currentColor in paint only: the word in texts, titles and metadata stays", () => {
    // Without forbidden characters, so that this holds on its own.
    const doc = read(composeSvg(trickyParts("")));
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    const color = tricky.texts[0].color;
    expect(doc.querySelector("svg > title")?.textContent?.startsWith("currentColor ")).toBe(true);
    expect(doc.getElementsByTagName("blauw:chart")[0].getAttribute("chart")).toBe("currentColor");
    expect(doc.getElementsByTagName("blauw:source")[0].getAttribute("label")).toBe("currentColor");
    expect(doc.getElementsByTagName("blauw:chart")[0].getAttribute("permalink")).toBe(
      "#/bestand?file=currentColor.csv",
    );
    const texts = [...doc.querySelectorAll("text")].map((text) => text.textContent ?? "");
    expect(texts.filter((text) => text.includes("currentColor"))).toHaveLength(4);
    expect(doc.querySelector("g[aria-label]")?.getAttribute("aria-label")?.startsWith("currentColor ")).toBe(
      true,
    );
    const plotGroup = doc.querySelector("g[aria-label]");
    expect(plotGroup?.getAttribute("fill")).toBe(color);
    expect(plotGroup?.getAttribute("stroke")).toBe(color);
    expect(doc.querySelector("stop")?.getAttribute("stop-color")).toBe(color);
    expect(doc.querySelector("text[style]")?.getAttribute("style")).toBe(`fill: ${color}; font-weight: 700`);
    const legendText = doc.querySelector("g.legend text");
    expect(legendText?.getAttribute("fill")).toBe(color);
    const paint = ["fill", "stroke", "color", "stop-color", "flood-color", "lighting-color", "style"];
    for (const element of doc.querySelectorAll("*"))
      for (const name of paint) expect(element.getAttribute(name) ?? "").not.toMatch(/currentcolor/i);
  });
});
