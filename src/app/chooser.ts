import { localeTag } from "../util/index.ts";
import { h } from "./dom.ts";
import { type Locale, t } from "./i18n.ts";

/** Options a select lists at most: a longer list is searched, not scrolled (and stays quick to draw). */
export const listedOptions = 300;

export interface ChooserOption {
  value: string;
  text: string;
}

/**
 * A labelled select: keyboard-usable, its label tied to it by `for`. A list longer than
 * `listedOptions` gets a search box above it; the select then lists the chosen option and the first
 * options whose text holds what was typed, and says how many more there are. Typing never changes
 * the choice: only choosing in the select does.
 */
export function chooser(
  document: Document,
  id: string,
  label: string,
  options: readonly ChooserOption[],
  selected: string,
  locale: Locale,
): { field: HTMLElement; select: HTMLSelectElement } {
  const select = h(document, "select", { id, name: id });
  const field = h(document, "div", { class: "scratch-chooser" }, h(document, "label", { for: id }, label));
  if (options.length <= listedOptions) {
    for (const option of options) select.append(optionFor(document, option, option.value === selected));
    field.append(select);
    return { field, select };
  }
  const words = t(locale).chooser;
  const number = new Intl.NumberFormat(localeTag(locale));
  const search = h(document, "input", {
    type: "search",
    id: `${id}-search`,
    autocomplete: "off",
    "aria-label": words.search(label),
    placeholder: words.placeholder(number.format(options.length)),
  });
  const list = (query: string) => {
    const current = select.value || selected;
    const needle = query.trim().toLocaleLowerCase();
    const matching = needle ? options.filter((o) => o.text.toLocaleLowerCase().includes(needle)) : options;
    const shown = matching.slice(0, listedOptions);
    const chosen = options.find((o) => o.value === current);
    const items = chosen && !shown.includes(chosen) ? [chosen, ...shown] : shown;
    select.replaceChildren(...items.map((o) => optionFor(document, o, o.value === current)));
    if (matching.length > shown.length) {
      const more = h(
        document,
        "option",
        { disabled: "" },
        words.more(number.format(matching.length - shown.length)),
      );
      select.append(more);
    }
  };
  search.addEventListener("input", () => list(search.value));
  list("");
  field.append(search, select);
  return { field, select };
}

function optionFor(document: Document, { value, text }: ChooserOption, selected: boolean): HTMLOptionElement {
  const option = h(document, "option", { value }, text);
  if (selected) option.selected = true;
  return option;
}
