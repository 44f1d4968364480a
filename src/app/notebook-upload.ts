/*
 * What a notebook page shows when the reader's own file has been read for it: the file checked
 * against the columns the notebook accepts (with the way to get a file that fits when it does not),
 * implausible counts left out, the notebook switched to the file, and a way back to the bundled data.
 * Loaded when a file is dropped on a notebook, not with every notebook page.
 */
import type { CsvReading } from "../data/index.ts";
import { implausibleCounts, normaliseCbs, topicWords } from "../data/index.ts";
import { h } from "./dom.ts";
import { type Locale, t } from "./i18n.ts";
import type { Accepts, NotebookPage } from "./notebook-page.ts";
import type { Toaster } from "./toast.ts";
import { uploadProblems } from "./upload-problems.ts";

/** What the notebook page's upload needs from the app around it. */
export interface UploadContext {
  document: Document;
  locale: Locale;
  target: NotebookPage;
  accepts: Accepts;
  file: File;
  toasts: Toaster;
  /** The line about files dropped with it and not opened ("" when none). */
  noteLine(): HTMLElement | string;
  /** Opens the file on the scratch page instead. */
  openAsScratch(): void;
}

/** Gives the notebook the file that was read, or says why it does not fit. */
export async function showUpload(context: UploadContext, reading: CsvReading): Promise<void> {
  const { document, locale, target, accepts, file, toasts, noteLine } = context;
  const strings = t(locale);
  const table = normaliseCbs(reading, accepts.table);
  const names = Object.keys(table.data).filter((name) => !/_(level|date|kind|year)$/.test(name));
  const missing = accepts.columns.filter((name) => !Object.hasOwn(table.data, name));
  if (missing.length > 0) {
    const parts = (full: boolean) => {
      const asScratch = h(
        document,
        "button",
        { type: "button", class: "link-button" },
        strings.openAsScratch,
      );
      asScratch.addEventListener("click", () => context.openAsScratch());
      const link = h(
        document,
        "a",
        { href: portalTableUrl(accepts.table), rel: "noopener", target: "_blank" },
        strings.tableLink(accepts.table),
      );
      const holds = strings.fileHolds(strings.shapeNames[table.shape] ?? table.shape, names);
      return [
        noteLine(),
        h(document, "p", {}, strings.missingColumns(file.name, accepts.table, missing)),
        // What the file does hold is detail for the page; the toast stays short on a phone.
        full ? h(document, "p", {}, holds) : "",
        h(document, "p", {}, strings.howToGet(accepts.table, missing.map(topicWords))),
        h(document, "p", { class: "upload-actions" }, link, " ", asScratch),
      ];
    };
    target.notice(h(document, "div", { class: "upload-notice upload-mismatch" }, ...parts(true)));
    toasts.show("alert", ...parts(false));
    return;
  }
  const aq = await import("arquero");
  // Counts that cannot be right are problems too; the rows they concern stay out of every sum.
  const counts = implausibleCounts(table, accepts.table);
  const problems = [...reading.problems, ...counts.problems].sort((a, b) => a.row - b.row);
  target.setUpload({
    name: file.name,
    table: aq.table(table.data),
    rowCount: table.rowCount,
    problems,
    leftOut: counts.leftOut,
  });
  const parts = (full: boolean) => {
    const back = h(
      document,
      "button",
      { type: "button", class: "link-button upload-back" },
      strings.backToBundled,
    );
    back.addEventListener("click", () => {
      target.setUpload(null);
      target.notice(null);
      toasts.dismiss();
    });
    return [
      noteLine(),
      h(
        document,
        "p",
        {},
        h(document, "strong", { class: "your-file" }, strings.yourFile),
        ` ${strings.chartsUseFile(file.name, table.rowCount)}`,
      ),
      table.shape === "odata" && table.renamed.length === 0
        ? ""
        : h(document, "p", {}, strings.readAs(strings.shapeNames[table.shape] ?? table.shape)),
      ...table.unmatched.map(({ column, labels }) =>
        h(document, "p", {}, strings.unmatchedLabels(column, labels)),
      ),
      // The list is for the page; the toast stays short on a phone and points to it.
      problems.length === 0
        ? ""
        : full
          ? uploadProblems(document, problems, locale)
          : h(document, "p", {}, strings.problemsAbove(problems.length)),
      back,
    ];
  };
  target.notice(h(document, "div", { class: "upload-notice" }, ...parts(true)));
  toasts.show("status", ...parts(false));
}

/** A table's page on the Politie open-data portal (StatLine), where its download is made. */
function portalTableUrl(table: string): string {
  return `https://data.politie.nl/#/Politie/nl/dataset/${encodeURIComponent(table)}/table`;
}
