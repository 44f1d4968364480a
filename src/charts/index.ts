export {
  type ChartFigureOptions,
  chartFigure,
  type FigureInfo,
  type FigureSource,
  figureInfo,
} from "./chart-figure.ts";
export { chartFrameStyle, chartFrameWords } from "./chart-frame-style.ts";
export { type Box, type ChartPoint, recordPoints } from "./chart-points.ts";
export { chartSummary, type SummaryOptions } from "./chart-summary.ts";
export { drawFirstChart, drawYearTotals, type FirstChartOptions, firstChartRows } from "./first-chart.ts";
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
export { inLocale, type LocaleText } from "./locale-text.ts";
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
export { giveMarkGroupsRoles } from "./plot-roles.ts";
export { movePoint, type PointKey, readingOrder } from "./point-order.ts";
export { pointText } from "./point-text.ts";
export { formatQualifier } from "./qualifier.ts";
export { rowLabel, rowPeriod } from "./row-label.ts";
export { sourceHref, sourceLine } from "./source.ts";
export type { FactRow, Locale } from "./types.ts";
