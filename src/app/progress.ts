import { h } from "./dom.ts";
import type { LoadProgress } from "./file-loader.ts";
import type { Locale, Strings } from "./i18n.ts";

/** A progress panel for reading a file: bytes and rows so far, and a cancel button. */
export function progressPanel(
  document: Document,
  name: string,
  strings: Strings,
  locale: Locale,
  onCancel: () => void,
): { element: HTMLElement; update: (progress: LoadProgress) => void } {
  const bar = h(document, "progress", { max: "1", value: "0" });
  const text = h(document, "p", { class: "load-progress-text" }, strings.reading);
  const cancel = h(document, "button", { type: "button", class: "load-cancel" }, strings.cancel);
  cancel.addEventListener("click", onCancel);
  const element = h(
    document,
    "section",
    { class: "load-progress", role: "status", "aria-live": "polite" },
    h(document, "h2", {}, name),
    bar,
    text,
    cancel,
  );
  const number = new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB");
  const megabytes = (bytes: number) => `${number.format(Math.round(bytes / 1e5) / 10)} MB`;
  return {
    element,
    update: (progress) => {
      const share = progress.totalBytes ? progress.bytes / progress.totalBytes : 0;
      // Reading the bytes is the first half of the work, parsing them the second.
      bar.value = progress.stage === "reading" ? share / 2 : 0.5 + share / 2;
      text.textContent = strings.progress(
        progress.stage,
        megabytes(progress.bytes),
        megabytes(progress.totalBytes),
        number.format(progress.rows),
      );
    },
  };
}
