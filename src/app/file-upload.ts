import { type ColumnType, type CsvReading, type FileLoad, loadFile } from "../data/index.ts";
import { h } from "./dom.ts";
import { type Locale, t } from "./i18n.ts";
import type { Accepts, NotebookPage } from "./notebook-page.ts";
import { progressPanel } from "./progress.ts";
import { parseRoute, routeHash } from "./route.ts";
import type { Toaster } from "./toast.ts";

/** A CSV file the reader opened, as read, with the column types they chose. */
export interface OpenedFile {
  name: string;
  reading: CsvReading;
  file: File;
  types: Record<string, ColumnType>;
}

export interface FileUploadContext {
  window: Window;
  main: HTMLElement;
  toasts: Toaster;
  locale: () => Locale;
  /** The notebook page on screen, if any. */
  page: () => NotebookPage | null;
  /** Draws the current route again. */
  render: (force: boolean) => Promise<void>;
  /** Keeps the toast shown now through the next render (it is about the page drawn next). */
  keepToast: () => void;
  /** A page for a message in place of the content. */
  notFound: (message: string) => HTMLElement;
}

/** Reading a dropped or chosen CSV file: onto the scratch page, or into a notebook that accepts it. */
export interface FileUpload {
  /** The file last read for the scratch page, if any. */
  opened: () => OpenedFile | null;
  /** Reads a file with a progress panel in the page, then shows it on the scratch page. */
  openFile: (file: File, types?: Record<string, ColumnType>, others?: string[], retried?: boolean) => void;
  /** Reads a file in a toast over a notebook that accepts one; its charts switch to the file. */
  openIntoNotebook: (target: NotebookPage, accepts: Accepts, file: File, others?: string[]) => void;
  /** Stops a reading that got stuck (the reader went elsewhere). */
  cancelStuck: () => void;
}

/**
 * The file-upload flow: one file read at a time (a new one cancels the last), with progress that can
 * cancel and retry, and what was read kept for the scratch page.
 */
export function fileUpload(context: FileUploadContext): FileUpload {
  const { window, main, toasts } = context;
  const { document } = window;
  let opened: OpenedFile | null = null;
  let loading: FileLoad | null = null;
  /** Stops the load on screen; the focus goes back to the page, as the panel it was in goes away. */
  const stopLoading = () => {
    loading?.cancel();
    main.focus({ preventScroll: true });
  };
  /** Which of several files dropped together was opened, and which not; in the page's language. */
  const onlyFirst = (file: File, others: string[]) =>
    others.length > 0 ? t(context.locale()).onlyFirstOpened(file.name, others) : undefined;
  /** Starts reading a file, stopping the one in progress: its progress panel (not yet shown) and its load. */
  const startReading = (
    file: File,
    others: string[],
    retry: () => void,
    types?: Record<string, ColumnType>,
  ) => {
    loading?.cancel();
    const locale = context.locale();
    const strings = t(locale);
    const note = onlyFirst(file, others);
    const panel = progressPanel(document, file.name, strings, locale, {
      note,
      onCancel: stopLoading,
      onRetry: retry,
    });
    const load = loadFile(file, file.name, panel.update, types, panel.stalled);
    loading = load;
    return { strings, note, panel, load };
  };
  const openFile = (
    file: File,
    types: Record<string, ColumnType> = {},
    others: string[] = [],
    retried = false,
  ) => {
    const { note, panel, load } = startReading(
      file,
      others,
      () => openFile(file, types, others, true),
      types,
    );
    main.replaceChildren(panel.element);
    if (retried) panel.focus();
    load.result.then(
      (reading) => {
        if (loading !== load) return;
        loading = null;
        opened = { name: file.name, reading, file, types };
        if (note) {
          toasts.show("status", h(document, "p", {}, note));
          context.keepToast();
        }
        // A link to a file's chart (`#/bestand?file=…`) keeps its query, so its choice applies to the file.
        if (parseRoute(window.location.hash).kind === "file") void context.render(true);
        else window.location.hash = routeHash({ kind: "file" });
      },
      (error: Error) => {
        if (loading !== load) return;
        loading = null;
        if (error.name === "AbortError") void context.render(true);
        else main.replaceChildren(context.notFound(t(context.locale()).loadFailed2(error.message)));
      },
    );
  };
  const openIntoNotebook = (
    target: NotebookPage,
    accepts: Accepts,
    file: File,
    others: string[] = [],
    retried = false,
  ) => {
    const retry = () => openIntoNotebook(target, accepts, file, others, true);
    const { strings, note, panel, load } = startReading(file, others, retry);
    /** The line about the files not opened, for each message that follows the progress. */
    const noteLine = () => (note ? h(document, "p", { class: "load-note" }, note) : "");
    target.notice(null);
    toasts.show("status", panel.element);
    if (retried) panel.focus();
    // Closing the toast hides a reading in progress; a stuck one is stopped, not left spinning.
    toasts.onClose(() => {
      if (loading === load && panel.isStuck()) stopLoading();
    });
    load.result.then(
      async (reading) => {
        if (loading !== load || context.page() !== target) return;
        loading = null;
        const { showUpload } = await import("./notebook-upload.ts");
        if (loading !== null || context.page() !== target) return;
        await showUpload(
          {
            document,
            locale: context.locale(),
            target,
            accepts,
            file,
            toasts,
            noteLine,
            openAsScratch: () => openFile(file),
          },
          reading,
        );
      },
      (error: Error) => {
        if (loading !== load) return;
        loading = null;
        if (error.name === "AbortError") {
          target.notice(null);
          toasts.dismiss();
          return;
        }
        const text = strings.loadFailed2(error.message);
        target.notice(h(document, "p", { class: "upload-notice upload-mismatch" }, text));
        toasts.show("alert", noteLine(), h(document, "p", {}, text));
      },
    );
  };
  const cancelStuck = () => {
    if (loading && document.querySelector(".load-progress.stuck")) loading.cancel();
  };
  return { opened: () => opened, openFile, openIntoNotebook, cancelStuck };
}
