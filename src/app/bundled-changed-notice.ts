/*
 * The notice on an edit whose bundled notebook has changed since the edit began (a new build shipped
 * another file): the edit is still what the page shows; the reader can see how it differs from the
 * new bundled version, keep it (which records the new version as its starting point), or revert.
 */
import { h } from "./dom.ts";
import { type Locale, t } from "./i18n.ts";

export interface BundledChangedOptions {
  showChanges(): void;
  keepEdit(): Promise<void>;
  /** The whole-notebook revert, when the page offers it. */
  revert?(): void;
}

/** The notice (role=status), which removes itself once the reader keeps the edit. */
export function bundledChangedNotice(
  page: Document,
  locale: Locale,
  options: BundledChangedOptions,
): HTMLElement {
  const strings = t(locale);
  const show = h(page, "button", { type: "button" }, strings.showChanges);
  show.addEventListener("click", () => options.showChanges());
  const keep = h(page, "button", { type: "button" }, strings.keepEdit);
  const actions = h(page, "div", { class: "edit-sync-actions" }, show, keep);
  const notice = h(
    page,
    "div",
    { class: "edit-bundled-changed", role: "status" },
    h(page, "p", {}, strings.bundledChanged),
    actions,
  );
  keep.addEventListener("click", async () => {
    keep.disabled = true;
    try {
      await options.keepEdit();
      notice.remove();
    } catch {
      keep.disabled = false;
    }
  });
  const revert = options.revert;
  if (revert) {
    const button = h(page, "button", { type: "button" }, strings.revert);
    button.addEventListener("click", () => revert());
    actions.append(button);
  }
  return notice;
}
