export {
  describeTotals,
  drawFirstChart,
  drawYearTotals,
  type FirstChart,
  type FirstChartData,
  firstChartData,
  pickFirstChart,
} from "./first-chart.ts";
export {
  derivedLine,
  formatEuro,
  formatFigure,
  formatNumber,
  formatPercent,
  formatValue,
  formatWhen,
  isApproximate,
  isDerived,
} from "./format.ts";
export {
  type ChartFigureOptions,
  chartFigure,
  type FigureInfo,
  type FigureSource,
  figureInfo,
} from "./frame.ts";
export {
  type FactMarkOptions,
  factBars,
  factDots,
  factLine,
  type NormRuleOptions,
  normRule,
  tipText,
} from "./marks.ts";
export { approxStyle, categorical, palette } from "./palette.ts";
export { sourceHref, sourceLine } from "./source.ts";
export type { FactRow, Locale } from "./types.ts";
