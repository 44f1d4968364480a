import * as Plot from "@observablehq/plot";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import {
  chartFigure,
  type FactRow,
  factBars,
  factDots,
  factLine,
  normRule,
  sourceHref,
  tipText,
} from "../../src/charts/index.ts";
import { factRow } from "../util/fact-row.ts";

const { document } = new JSDOM("<!doctype html><body></body>").window;
const A = "seeds/antwoorden-eerste-kamer-t03934.md#vraag-14";

function row(
  year: number | null,
  value: number,
  qualifier: string | null = null,
  extra: Partial<FactRow> = {},
): FactRow {
  return factRow({ year, value, qualifier, source: A, ...extra });
}

const render = (marks: Plot.Markish[], options: Plot.PlotOptions = {}) =>
  Plot.plot({ document, width: 400, height: 200, marks, ...options }) as unknown as SVGSVGElement;

describe("factBars", () => {
  const rows = [row(2019, 300000, "ruim"), row(2024, 400000, "zo'n"), row(2023, 350000)];
  const svg = render(factBars(rows, { x: (d) => String(d.year), y: "value" }), { x: { type: "band" } });

  it("draws exact bars solid and approximate bars light with a dashed outline", () => {
    const groups = [...svg.querySelectorAll('g[aria-label="bar"]')];
    expect(groups).toHaveLength(2);
    const [exact, approx] = groups;
    expect(exact.querySelectorAll("rect")).toHaveLength(1);
    expect(exact.getAttribute("stroke-dasharray")).toBeNull();
    expect(approx.querySelectorAll("rect")).toHaveLength(2);
    expect(approx.getAttribute("stroke-dasharray")).toBe("4,3");
    expect(Number(approx.getAttribute("fill-opacity"))).toBeLessThan(0.5);
  });

  it("labels each bar with its figure, qualifier included", () => {
    const labels = [...svg.querySelectorAll('g[aria-label="text"] text')].map((t) => t.textContent);
    expect(labels).toEqual(["≈ 300.000 (ruim)", "≈ 400.000 (zo'n)", "350.000"]);
  });
});

describe("factDots and factLine", () => {
  it("draws approximate dots hollow", () => {
    const svg = render(factDots([row(2019, 1), row(2020, 2, "circa")]));
    const [exact, approx] = [...svg.querySelectorAll('g[aria-label="dot"]')];
    expect(exact.getAttribute("fill")).not.toBe("none");
    expect(approx.getAttribute("fill")).toBe("none");
    expect(approx.getAttribute("stroke")).toBeTruthy();
  });

  it("breaks the line where a year is missing", () => {
    const rows = [
      row(2013, 85.3),
      row(2014, 86.1),
      row(2016, 84.3),
      row(2017, 85, "afgerond"),
      row(2019, 84.6),
    ];
    const svg = render(factLine(rows));
    const paths = svg.querySelectorAll('g[aria-label="line"] path');
    // 2013–2014 and 2016–2017 are segments; 2019 stands alone.
    expect(paths).toHaveLength(3);
    expect(svg.querySelectorAll('g[aria-label="dot"] circle')).toHaveLength(5);
  });
});

describe("normRule", () => {
  it("draws a dashed rule with its formatted label", () => {
    const svg = render(normRule(90, { label: "Norm", unit: "percent" }), { y: { domain: [70, 100] } });
    expect(svg.querySelector('g[aria-label="rule"]')?.getAttribute("stroke-dasharray")).toBe("6,4");
    expect(svg.querySelector('g[aria-label="text"] text')?.textContent).toBe("Norm 90%");
  });
});

describe("colour by label", () => {
  it("colours bars by the label in the reader's language, so an English legend matches them", () => {
    const rows = [
      row(2019, 300000, null, { label: "Gekozen gebied", label_en: "Chosen area" }),
      row(2024, 400000, null, { label: "Ter vergelijking", label_en: "For comparison" }),
    ];
    const domain = rows.map((d) => d.label_en as string);
    const svg = render(
      factBars(rows, { x: (d) => String(d.year), y: "value", fill: "label", locale: "en" }),
      {
        x: { type: "band" },
        color: { domain, range: ["red", "green"] },
      },
    );
    const fills = [...svg.querySelectorAll('g[aria-label="bar"] rect')].map((rect) =>
      rect.getAttribute("fill"),
    );
    expect(fills).toEqual(["red", "green"]);
  });
});

describe("tips", () => {
  it("give figure, what and when, and the source", () => {
    expect(tipText(row(2019, 300000, "ruim"))).toBe(
      "≈ 300.000 (ruim)\nInternetaangiften (2019)\nBron: Antwoorden Eerste Kamer T03934, vraag 14",
    );
    expect(tipText(row(2019, 300000, "ruim"), "en")).toContain(
      "Source: Answers to the Senate, T03934, question 14",
    );
  });

  it("in English give the English label and hedge, and quote the source's own word", () => {
    const english = tipText(row(2019, 300000, "ruim", { label_en: "Reports filed online" }), "en");
    expect(english).toBe(
      "≈ 300,000 (over)\nReports filed online (2019)\nSource: Answers to the Senate, T03934, question 14\nThe source says “ruim”",
    );
    expect(tipText(row(2019, 300000, null, { label_en: "Reports filed online" }), "en")).not.toContain(
      "says",
    );
  });

  it("say so when Blauw computed the figure, before naming the source of its inputs", () => {
    const perDay = { ...row(2019, 822, "ruim"), derived_from: "ruim 300.000 in 2019 ÷ 365 dagen" };
    expect(tipText(perDay)).toBe(
      "≈ 822 (ruim)\nInternetaangiften (2019)\nBerekend uit ruim 300.000 in 2019 ÷ 365 dagen\nBron: Antwoorden Eerste Kamer T03934, vraag 14",
    );
    const figure = chartFigure({
      document,
      locale: "nl",
      title: "Per dag",
      rows: [perDay],
      plot: { marks: [] },
    });
    expect(figure.querySelector(".blauw-chart-derived")?.textContent).toBe(
      "Berekend door Blauw, staat zo niet in de bron: Internetaangiften — 2019: ruim 300.000 in 2019 ÷ 365 dagen.",
    );
    const plain = chartFigure({
      document,
      locale: "nl",
      title: "Per jaar",
      rows: [row(2019, 300000, "ruim")],
      plot: { marks: [] },
    });
    expect(plain.querySelector(".blauw-chart-derived")).toBeNull();
  });
});

describe("chartFigure", () => {
  const make = (rows: FactRow[], title = "Internetaangiften") =>
    chartFigure({
      document,
      locale: "nl",
      title,
      subtitle: "2019 en 2024",
      note: "Twee meetpunten.",
      rows,
      ariaDescription: "Twee staven.",
      width: 500,
      plot: { marks: factBars(rows, { x: (d) => String(d.year), y: "value" }), x: { type: "band" } },
    });

  it("frames the plot with title, subtitle, key, note and source links", () => {
    const rows = [
      row(2019, 300000, "ruim"),
      row(2014, 309824, null, { source: "https://www.nu.nl/binnenland/4004146/x.html" }),
    ];
    const figure = make(rows);
    expect(figure.tagName).toBe("FIGURE");
    expect(figure.querySelector("h3.blauw-chart-title")?.textContent).toBe("Internetaangiften");
    expect(figure.querySelector(".blauw-chart-subtitle")?.textContent).toBe("2019 en 2024");
    const svg = figure.querySelector("svg");
    expect(svg?.getAttribute("aria-label")).toBe("Internetaangiften");
    expect(svg?.getAttribute("aria-description")).toBe("Twee staven.");
    expect(svg?.getAttribute("width")).toBe("500");
    expect(figure.querySelector(".blauw-chart-key")).not.toBeNull();
    expect(figure.querySelector(".blauw-chart-note")?.textContent).toBe("Twee meetpunten.");
    const source = figure.querySelector(".blauw-chart-source");
    expect(source?.textContent).toBe("Bron: Antwoorden Eerste Kamer T03934, vraag 14; nu.nl");
    const links = [...(source?.querySelectorAll("a") ?? [])].map((a) => a.getAttribute("href"));
    expect(links).toEqual([
      "#/bron/antwoorden-eerste-kamer-t03934/vraag-14",
      "https://www.nu.nl/binnenland/4004146/x.html",
    ]);
  });

  it("leaves the key out when every figure is exact", () => {
    expect(make([row(2023, 1)]).querySelector(".blauw-chart-key")).toBeNull();
  });

  it("shows markup from data as text, never as HTML", () => {
    const figure = make([row(2023, 1, null, { label: "<b>vet</b>" })], "<img src=x onerror=alert(1)>");
    expect(figure.querySelector("img, b")).toBeNull();
    expect(figure.querySelector("h3")?.textContent).toBe("<img src=x onerror=alert(1)>");
  });
});

describe("sourceHref", () => {
  it("routes fact-sheet locators into the app and leaves URLs alone", () => {
    expect(sourceHref("seeds/kamerbrief-politie-maart-2026.md#inhoud")).toBe(
      "#/bron/kamerbrief-politie-maart-2026/inhoud",
    );
    expect(sourceHref("https://example.org/a")).toBe("https://example.org/a");
  });
});

describe("factLine on dates", () => {
  it("joins consecutive months and breaks where a month is missing", () => {
    const month = (m: number) => ({ ...row(2024, 80 + m), x: new Date(Date.UTC(2024, m, 1)) });
    const svg = render(factLine([month(0), month(1), month(2), month(4), month(5)], { x: "x" }));
    expect(svg.querySelectorAll('g[aria-label="line"] path')).toHaveLength(2);
  });
});

describe("source line for the reader's own file", () => {
  it("names a source that is not a place to link to, without a link", () => {
    const figure = chartFigure({
      document,
      locale: "nl",
      title: "t",
      rows: [row(2024, 1, null, { source: "Jouw bestand: x.csv" })],
      plot: { marks: [] },
    });
    expect(figure.querySelector(".blauw-chart-source a")).toBeNull();
    expect(figure.querySelector(".blauw-chart-source")?.textContent).toBe("Bron: Jouw bestand: x.csv");
  });
});
