/*
 * The home page's list of notebooks made in this browser, apart from the bundled ones: each with its
 * title (from its front matter, as text), when it last changed, and a Delete button.
 */
import { h } from "./dom.ts";
import { type Locale, t } from "./i18n.ts";
import type { ListedNotebook } from "./listed-notebooks.ts";
import { routeHash } from "./route.ts";

/** The section: heading, New and Open, and one card per notebook (the last changed first). */
export function userNotebookList(
  document: Document,
  listed: readonly ListedNotebook[],
  locale: Locale,
  controls: HTMLElement[],
  onDelete: (item: ListedNotebook, card: HTMLElement) => void,
): HTMLElement {
  const strings = t(locale).own;
  const list = h(document, "ul", { class: "cards user-cards" });
  for (const item of listed) {
    const { id, changed } = item.notebook;
    const remove = h(
      document,
      "button",
      { type: "button", class: "own-button delete-notebook", "aria-label": strings.deleteLabel(item.title) },
      strings.delete,
    );
    const card = h(
      document,
      "li",
      { class: "card user-card", "data-user-notebook": id },
      h(
        document,
        "a",
        { href: routeHash({ kind: "user", id }), class: "card-link" },
        h(document, "h3", { class: "user-card-title" }, item.title),
      ),
      h(
        document,
        "p",
        { class: "card-meta" },
        h(document, "time", { datetime: new Date(changed).toISOString() }, strings.changed(changed)),
      ),
      remove,
    );
    remove.addEventListener("click", () => onDelete(item, card));
    list.append(card);
  }
  return h(
    document,
    "section",
    { class: "home-own", "aria-labelledby": "own-heading" },
    h(document, "h2", { id: "own-heading" }, strings.heading),
    h(document, "p", { class: "own-intro" }, listed.length ? strings.intro : strings.none),
    h(document, "div", { class: "own-actions" }, ...controls),
    listed.length ? list : null,
  );
}
