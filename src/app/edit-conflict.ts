/*
 * What a tab says when another tab has saved the same notebook: at once, when the other tab's news
 * arrives (role=status, with Reload), and when its own save is refused (role=alert, with Reload and
 * the ways to keep its own copy: download it, or keep it as a new notebook when the page offers that).
 */
import { h } from "./dom.ts";
import { type Locale, t } from "./i18n.ts";

export interface SyncNoticeOptions {
  reload(): void;
  download(text: string): void;
  keepAsNew?(text: string): Promise<void>;
}

/** The notice; empty until one of its two messages is shown. */
export function syncNotice(
  page: Document,
  locale: Locale,
  options: SyncNoticeOptions,
): { element: HTMLElement; otherTabSaved(): void; refused(text: string): void } {
  const strings = t(locale);
  const element = h(page, "div", { class: "edit-sync-place" });
  const button = (label: string, act: () => void) => {
    const made = h(page, "button", { type: "button" }, label);
    made.addEventListener("click", act);
    return made;
  };
  // A fresh element for each message, so that its role is announced as it appears.
  const show = (role: "status" | "alert", message: string, ...buttons: HTMLElement[]) => {
    element.replaceChildren(
      h(
        page,
        "div",
        { class: `edit-sync edit-sync-${role}`, role },
        h(page, "p", {}, message),
        h(page, "div", { class: "edit-sync-actions" }, ...buttons),
      ),
    );
  };
  let refused = false;
  return {
    element,
    otherTabSaved: () => {
      if (!refused) show("status", strings.otherTabSaved, button(strings.reload, options.reload));
    },
    refused: (text) => {
      refused = true;
      const buttons = [
        button(strings.reload, options.reload),
        button(strings.downloadMine, () => options.download(text)),
      ];
      const keepAsNew = options.keepAsNew;
      if (keepAsNew) {
        const keep = button(strings.keepAsNew, () => {
          keep.disabled = true;
          keepAsNew(text).catch(() => {
            keep.disabled = false;
            element.append(
              h(page, "p", { class: "edit-sync-failed", role: "alert" }, strings.keepAsNewFailed),
            );
          });
        });
        buttons.push(keep);
      }
      show("alert", strings.saveRefused, ...buttons);
    },
  };
}
