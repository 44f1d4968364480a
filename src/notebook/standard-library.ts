import type { Definition } from "@observablehq/runtime";
import * as charts from "../charts/index.ts";
import { cbsTotals } from "../data/index.ts";
import { elementWidth } from "./generators.ts";
import type { Stdlib } from "./runtime.ts";

/** What the standard library needs from its page. */
export interface StdlibOptions {
  document: Document;
  /** The element the notebook renders into; `width` follows its width. */
  root: HTMLElement;
  locale: charts.Locale;
  dark: boolean;
  /** Loads a bundled data resource as an Arquero table. */
  data: (name: string) => Promise<unknown>;
  /** The heading level of chart titles (default 3; 1 in an embed, where the chart is the page). */
  chartTitleLevel?: 1 | 3;
}

/**
 * The names every cell can use. Each is a lazy definition: a library is only loaded when some cell
 * of the notebook references it.
 */
export function standardLibrary(options: StdlibOptions): Stdlib {
  const { document, root, locale } = options;
  const constant =
    (value: unknown): Definition =>
    () =>
      value;
  const library: Record<string, Definition> = {
    Plot: () => import("@observablehq/plot"),
    d3: () => import("d3"),
    aq: () => import("arquero"),
    op: () => import("arquero").then((module) => module.op),
    Inputs: () => import("@observablehq/inputs"),
    Papa: () => import("papaparse").then((module) => module.default),
    data: constant(options.data),
    width: () => elementWidth(root),
    locale: constant(locale),
    /** A chart text in the reader's language: `tr({ nl: "meldingen", en: "calls" })`. */
    tr: constant((text: charts.LocaleText) => charts.inLocale(text, locale)),
    cbs: constant({ totals: cbsTotals }),
    chart: constant((chartOptions: Omit<charts.ChartFigureOptions, "document" | "locale">) =>
      charts.chartFigure({
        ...chartOptions,
        // The frame's padding and border take this much of the cell's width; a 320 px screen leaves 244.
        width:
          chartOptions.width === undefined
            ? undefined
            : Math.max(200, chartOptions.width - charts.chartFrameStyle.inset),
        document,
        locale,
        dark: options.dark,
        titleLevel: options.chartTitleLevel,
      }),
    ),
    factBars: constant((rows: charts.FactRow[], markOptions: charts.FactMarkOptions = {}) =>
      charts.factBars(rows, { locale, ...markOptions }),
    ),
    factDots: constant((rows: charts.FactRow[], markOptions: charts.FactMarkOptions = {}) =>
      charts.factDots(rows, { locale, ...markOptions }),
    ),
    factLine: constant((rows: charts.FactRow[], markOptions: charts.FactMarkOptions = {}) =>
      charts.factLine(rows, { locale, ...markOptions }),
    ),
    normRule: constant((value: number | charts.FactRow, ruleOptions: Partial<charts.NormRuleOptions> = {}) =>
      charts.normRule(value, { locale, ...ruleOptions }),
    ),
    fmt: constant({
      number: (value: number) => charts.formatNumber(value, locale),
      percent: (value: number) => charts.formatPercent(value, locale),
      euro: (value: number) => charts.formatEuro(value, locale),
      value: (value: number, unit: string) => charts.formatValue(value, unit, locale),
      figure: (row: charts.FactRow) => charts.formatFigure(row, locale),
      when: (row: charts.FactRow) => charts.formatWhen(row, locale),
      label: (row: charts.FactRow) => charts.rowLabel(row, locale),
      period: (row: charts.FactRow) => charts.rowPeriod(row, locale),
      qualifier: (qualifier: string) => charts.formatQualifier(qualifier, locale),
      tip: (row: charts.FactRow) => charts.tipText(row, locale),
    }),
  };
  return library;
}
