import type { LoadProgress, LoadStall } from "../data/index.ts";
import { localeTag } from "../util/index.ts";
import { h } from "./dom.ts";
import type { Locale, Strings } from "./i18n.ts";
import { progressBarValue } from "./progress-bar-value.ts";
import { progressSize } from "./progress-size.ts";

/** What the reader can do from the progress panel. */
export interface ProgressActions {
  /** Stop reading (the Cancel button, and Stop once the reading is stuck). */
  onCancel: () => void;
  /** Start reading the same file again, with fresh workers. */
  onRetry: () => void;
  /** A line said with the progress, such as which of several dropped files is being opened. */
  note?: string;
}

/** The progress panel of one load. */
export interface ProgressPanel {
  element: HTMLElement;
  update: (progress: LoadProgress) => void;
  /** Says that the reading is stuck, with Try again and Stop; the focus goes to Try again. */
  stalled: (stall: LoadStall) => void;
  /** Puts the focus on the panel's Cancel button (after Try again, so the focus stays with the load). */
  focus: () => void;
  /** Whether the reading is stuck now (said so, with Try again and Stop). */
  isStuck: () => boolean;
}

/**
 * A progress panel for reading a file: bytes and rows so far, and a cancel button; when the reading
 * gets stuck, a message that says so (`role=alert`) and the buttons Try again and Stop.
 */
export function progressPanel(
  document: Document,
  name: string,
  strings: Strings,
  locale: Locale,
  actions: ProgressActions,
): ProgressPanel {
  const bar = h(document, "progress", { max: "1", value: "0" });
  const text = h(document, "p", { class: "load-progress-text", role: "status" }, strings.reading);
  const cancel = h(document, "button", { type: "button", class: "load-cancel" }, strings.cancel);
  cancel.addEventListener("click", actions.onCancel);
  const message = h(document, "p", { class: "load-stalled-text" });
  const retry = h(document, "button", { type: "button", class: "load-retry" }, strings.retry);
  const stop = h(document, "button", { type: "button", class: "load-stop" }, strings.stop);
  retry.addEventListener("click", actions.onRetry);
  stop.addEventListener("click", actions.onCancel);
  const actionsRow = h(document, "p", { class: "load-stalled-actions" }, retry, " ", stop);
  actionsRow.hidden = true;
  // Present (empty) from the start, so that what is put in it later is announced.
  const alert = h(document, "div", { class: "load-stalled", role: "alert" }, message, actionsRow);
  const element = h(
    document,
    "section",
    { class: "load-progress", "aria-label": name },
    h(document, "h2", {}, name),
    bar,
    text,
    actions.note ? h(document, "p", { class: "load-note" }, actions.note) : null,
    cancel,
    alert,
  );
  const number = new Intl.NumberFormat(localeTag(locale));
  let stuck = false;
  return {
    element,
    update: (progress) => {
      if (stuck) {
        // Word from the workers after a silence: the reading goes on, and so does the panel.
        stuck = false;
        const hadFocus = alert.contains(document.activeElement);
        message.textContent = "";
        actionsRow.hidden = true;
        cancel.hidden = false;
        element.classList.remove("stuck");
        if (hadFocus) cancel.focus();
      }
      bar.value = progressBarValue(progress);
      text.textContent = strings.progress(
        progress.stage,
        progressSize(progress.bytes, progress.totalBytes, locale),
        progressSize(progress.totalBytes, progress.totalBytes, locale),
        number.format(progress.rows),
      );
    },
    stalled: (stall) => {
      stuck = true;
      message.textContent =
        stall.kind === "silent" ? strings.stalled(stall.seconds) : strings.crashed(stall.message);
      actionsRow.hidden = false;
      cancel.hidden = true;
      element.classList.add("stuck");
      retry.focus();
    },
    focus: () => cancel.focus(),
    isStuck: () => stuck,
  };
}
