import { localeTag } from "../util/index.ts";
import { h } from "./dom.ts";
import { type Locale, t } from "./i18n.ts";

/** Columns shown at a time in the summary and the rows of a wide file: a page stays quick to draw. */
export const columnsAtATime = 50;

/**
 * For a file with more columns than are shown at a time: a search box and previous/next buttons that
 * choose which columns the summary and the rows show. Calls `onChoice` with the chosen names at once
 * and after every change. Returns null (and chooses every column) when all fit.
 */
export function columnPicker(
  document: Document,
  names: readonly string[],
  locale: Locale,
  onChoice: (shown: readonly string[]) => void,
): HTMLElement | null {
  if (names.length <= columnsAtATime) {
    onChoice(names);
    return null;
  }
  const strings = t(locale).columnPicker;
  const number = new Intl.NumberFormat(localeTag(locale));
  let matching: readonly string[] = names;
  let start = 0;
  let query = "";

  const search = h(document, "input", { type: "search", class: "column-search", autocomplete: "off" });
  const previous = h(document, "button", { type: "button" }, strings.previous(columnsAtATime));
  const next = h(document, "button", { type: "button" }, strings.next(columnsAtATime));
  const status = h(document, "p", { class: "column-picker-status", role: "status" });
  const update = () => {
    const shown = matching.slice(start, start + columnsAtATime);
    previous.disabled = start === 0;
    next.disabled = start + columnsAtATime >= matching.length;
    status.textContent =
      shown.length === 0
        ? strings.none(query)
        : strings.showing(
            number.format(start + 1),
            number.format(start + shown.length),
            number.format(matching.length),
            query,
            number.format(names.length),
          );
    onChoice(shown);
  };
  search.addEventListener("input", () => {
    query = search.value.trim();
    const needle = query.toLocaleLowerCase();
    matching = needle ? names.filter((name) => name.toLocaleLowerCase().includes(needle)) : names;
    start = 0;
    update();
  });
  previous.addEventListener("click", () => {
    start = Math.max(0, start - columnsAtATime);
    update();
    if (previous.disabled) next.focus();
  });
  next.addEventListener("click", () => {
    start += columnsAtATime;
    update();
    if (next.disabled) previous.focus();
  });

  const picker = h(
    document,
    "fieldset",
    { class: "column-picker" },
    h(document, "legend", {}, strings.legend(number.format(names.length), columnsAtATime)),
    h(document, "label", { class: "scratch-chooser" }, strings.search, search),
    h(document, "div", { class: "column-picker-pages" }, previous, next),
    status,
  );
  update();
  return picker;
}
