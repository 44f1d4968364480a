import { drawFirstChart, figureInfo } from "../charts/index.ts";
import {
  type CsvReading,
  type RepeatedKeyReport,
  type ScratchChoice,
  type ScratchDimensions,
  scratchSums,
} from "../data/index.ts";
import { localeTag } from "../util/index.ts";
import { chartKeys } from "./chart-keyboard.ts";
import { chartToolbar } from "./chart-toolbar.ts";
import { chooser } from "./chooser.ts";
import { h } from "./dom.ts";
import { type Locale, t } from "./i18n.ts";
import { describeRows, reasonText, valueLabel } from "./scratch-chart-text.ts";
import { choiceQuery } from "./scratch-link.ts";

export interface ScratchChartOptions {
  width: number;
  /** The choice to start from (the default, or a link's). */
  choice: ScratchChoice;
  /** Called after every drawing: the link query of the choice and the repeated keys found. */
  onDrawn: (query: string, repeated: RepeatedKeyReport[]) => void;
  /** The permalink for a link query. */
  permalink: (query: string) => string;
}

/** The id of the first chart, for its toolbar's file names. */
const chartId = "eerste-grafiek";

/**
 * The first chart of a file: choosers for the measure, the kind of period, the region or level, each
 * category and the years; the chart in Blauw's frame with its toolbar (SVG, PNG, Gegevens, Link); the
 * sentence that says which rows it used; or, when the rules cannot decide, why there is no chart.
 */
export async function renderScratchChart(
  document: Document,
  file: { name: string; reading: CsvReading },
  dimensions: ScratchDimensions,
  locale: Locale,
  options: ScratchChartOptions,
): Promise<HTMLElement> {
  const strings = t(locale);
  const words = strings.scratch;
  const section = h(
    document,
    "section",
    { class: "scratch-chart" },
    h(document, "h2", {}, strings.firstChart),
  );
  let choice: ScratchChoice = {
    ...options.choice,
    categories: { ...options.choice.categories },
  };
  const undecided = "";
  const all = "*";
  const form = h(document, "form", { class: "scratch-choosers" });
  form.addEventListener("submit", (event) => event.preventDefault());
  const fieldset = h(document, "fieldset", {}, h(document, "legend", {}, words.choices));
  form.append(fieldset);
  const readers: ((choice: ScratchChoice) => void)[] = [];

  if (dimensions.measures.length > 0) {
    const { field, select } = chooser(
      document,
      "scratch-measure",
      words.measure,
      dimensions.measures.map((m) => ({ value: m.column, text: m.column })),
      choice.measure,
      locale,
    );
    fieldset.append(field);
    readers.push((next) => {
      next.measure = select.value;
    });
  }
  const period = dimensions.period;
  if (period?.kind === "period" && period.steps.length > 1) {
    const { field, select } = chooser(
      document,
      "scratch-step",
      words.step,
      period.steps.map((step) => ({ value: step, text: words.steps[step]?.[0] ?? step })),
      choice.step ?? "",
      locale,
    );
    fieldset.append(field);
    readers.push((next) => {
      next.step = select.value;
    });
  }
  const region = dimensions.region;
  if (region) {
    const options = [
      ...(choice.region === undefined ? [{ value: undecided, text: words.undecided }] : []),
      ...region.levels.map((level) => ({
        value: `level:${level}`,
        text: words.levelOption(words.levels[level]?.[0] ?? level),
      })),
      ...(region.levels.length === 0 && region.candidates.length === 0
        ? [{ value: all, text: words.allAdded }]
        : []),
      ...region.values.map((value) => ({ value: `value:${value}`, text: valueLabel(region.column, value) })),
    ];
    const current =
      choice.region === undefined
        ? undecided
        : choice.region === null
          ? all
          : "value" in choice.region
            ? `value:${choice.region.value}`
            : `level:${choice.region.level}`;
    const { field, select } = chooser(document, "scratch-region", words.region, options, current, locale);
    fieldset.append(field);
    readers.push((next) => {
      const value = select.value;
      if (value === undecided) delete next.region;
      else if (value === all) next.region = null;
      else if (value.startsWith("level:")) next.region = { level: value.slice(6) };
      else next.region = { value: value.slice(6) };
    });
  }
  dimensions.categories.forEach((category, i) => {
    // Without a time axis, the first category is drawn as bars: all its values are shown.
    if (!period && i === 0) return;
    const chosen = choice.categories[category.column];
    const options = [
      ...(chosen === undefined ? [{ value: undecided, text: words.undecided }] : []),
      ...(category.candidates.length === 0 ? [{ value: all, text: words.allAdded }] : []),
      ...category.values.map((value) => ({
        value: `value:${value}`,
        text: valueLabel(category.column, value),
      })),
    ];
    const current = chosen === undefined ? undecided : chosen === null ? all : `value:${chosen}`;
    const { field, select } = chooser(
      document,
      `scratch-category-${i}`,
      category.column,
      options,
      current,
      locale,
    );
    fieldset.append(field);
    readers.push((next) => {
      const value = select.value;
      if (value === undecided) delete next.categories[category.column];
      else next.categories[category.column] = value === all ? null : value.slice(6);
    });
  });
  if (dimensions.years.length > 1) {
    const years = dimensions.years.map((year) => ({ value: String(year), text: String(year) }));
    const from = chooser(
      document,
      "scratch-from",
      words.from,
      years,
      String(choice.from ?? dimensions.years[0]),
      locale,
    );
    const to = chooser(
      document,
      "scratch-to",
      words.to,
      years,
      String(choice.to ?? dimensions.years.at(-1)),
      locale,
    );
    fieldset.append(from.field, to.field);
    readers.push((next) => {
      const a = Number(from.select.value);
      const b = Number(to.select.value);
      next.from = Math.min(a, b) === dimensions.years[0] ? undefined : Math.min(a, b);
      next.to = Math.max(a, b) === dimensions.years.at(-1) ? undefined : Math.max(a, b);
    });
  }
  if (readers.length > 0 && dimensions.measures.length > 0) section.append(form);

  const output = h(document, "div", {
    class: "cell scratch-chart-output",
    "data-cell-id": chartId,
    "aria-live": "polite",
  });
  section.append(output);

  // A turn for the page between passes over millions of rows; a newer choice wins over an older one.
  const turn = () => new Promise((resolve) => setTimeout(resolve, 0));
  let drawing = 0;
  const draw = async () => {
    const token = ++drawing;
    // Turns between building the choosers, summing and drawing: none of them holds up the page long.
    await turn();
    const sums = await scratchSums(file.reading, dimensions, choice, turn);
    if (token !== drawing) return;
    await turn();
    if (token !== drawing) return;
    const query = choiceQuery(file.name, dimensions, choice);
    output.replaceChildren();
    if (sums.kind === "none") {
      output.append(
        h(
          document,
          "p",
          { class: "chart-message", role: "status" },
          reasonText(sums.reason, strings, locale),
        ),
      );
    } else {
      const { series, sentence } = describeRows(sums, dimensions, locale);
      const figure = drawFirstChart(sums, {
        document,
        locale,
        width: options.width,
        title: sums.measure,
        subtitle: sentence,
        series,
        source: words.source(file.name),
      });
      if (figure) {
        const info = figureInfo.get(figure);
        if (info) chartKeys(figure, info, locale);
        output.append(
          figure,
          chartToolbar(output, figure, {
            slug: "bestand",
            locale,
            permalink: () => options.permalink(query),
          }),
        );
      }
      const number = new Intl.NumberFormat(localeTag(locale));
      const left = sums.repeated.filter((report) => report.yearRow).length;
      output.append(
        h(
          document,
          "p",
          { class: "chart-used" },
          words.usedRows(number.format(sums.used.rows)) +
            (left > 0 ? words.yearRowsLeft(number.format(left)) : ""),
        ),
      );
    }
    options.onDrawn(query, sums.repeated);
  };
  form.addEventListener("change", () => {
    const next: ScratchChoice = { ...choice, categories: { ...choice.categories } };
    for (const read of readers) read(next);
    choice = next;
    void draw();
  });
  await draw();
  return section;
}
