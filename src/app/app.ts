import notebooks, { dataVersion } from "virtual:blauw/notebooks";
import { type ColumnType, type CsvReading, type FileLoad, loadFile, warmLoaders } from "../data/index.ts";
import { svgToPng } from "../export/index.ts";
import { h } from "./dom.ts";
import { installDropZone } from "./drop-zone.ts";
import { renderHome } from "./home.ts";
import { type Locale, storedLocale, storeLocale, t } from "./i18n.ts";
import { isNotebookFile } from "./notebook-file.ts";
import {
  type Accepts,
  type ChartSvgOptions,
  mountNotebookPage,
  type NotebookPage,
  stateQuery,
} from "./notebook-page.ts";
import { progressPanel } from "./progress.ts";
import { parseRoute, type Route, routeDataVersion, routeHash, routeQuery, routeState } from "./route.ts";
import { renderSourcePage, sheetNames } from "./source-page.ts";
import { createStdlib } from "./stdlib.ts";
import { createToaster } from "./toast.ts";
import { loadUserNotebook } from "./user-notebooks.ts";

/** Starts Blauw in `root`: header, routing between home, notebooks and fact sheets, language toggle. */
export function startApp(window: Window, root: HTMLElement): void {
  const { document } = window;
  let locale: Locale = storedLocale(window.localStorage);
  let page: NotebookPage | null = null;
  let renderToken = 0;
  const main = h(document, "main", { id: "main", tabindex: "-1" });
  const toggle = h(document, "button", { type: "button", class: "locale-toggle" });
  const homeLink = h(document, "a", { href: routeHash({ kind: "home" }), class: "brand" }, "Blauw");
  let opened: { name: string; reading: CsvReading; file: File; types: Record<string, ColumnType> } | null =
    null;
  let loading: FileLoad | null = null;
  const toasts = createToaster(document, t(locale).close);
  // A toast shown just before the page changes, that the next render keeps (not about the page left).
  let keepToast = false;
  /** Stops the load on screen; the focus goes back to the page, as the panel it was in goes away. */
  const stopLoading = () => {
    loading?.cancel();
    main.focus({ preventScroll: true });
  };
  /** Which of several files dropped together was opened, and which not; in the page's language. */
  const onlyFirst = (file: File, others: string[]) =>
    others.length > 0 ? t(locale).onlyFirstOpened(file.name, others) : undefined;
  const openFile = (
    file: File,
    types: Record<string, ColumnType> = {},
    others: string[] = [],
    retried = false,
  ) => {
    loading?.cancel();
    const strings = t(locale);
    const note = onlyFirst(file, others);
    const panel = progressPanel(document, file.name, strings, locale, {
      note,
      onCancel: stopLoading,
      onRetry: () => openFile(file, types, others, true),
    });
    main.replaceChildren(panel.element);
    if (retried) panel.focus();
    const load = loadFile(file, file.name, panel.update, types, panel.stalled);
    loading = load;
    load.result.then(
      (reading) => {
        if (loading !== load) return;
        loading = null;
        opened = { name: file.name, reading, file, types };
        if (note) {
          toasts.show("status", h(document, "p", {}, note));
          keepToast = true;
        }
        // A link to a file's chart (`#/bestand?file=…`) keeps its query, so its choice applies to the file.
        if (parseRoute(window.location.hash).kind === "file") void render(true);
        else window.location.hash = routeHash({ kind: "file" });
      },
      (error: Error) => {
        if (loading !== load) return;
        loading = null;
        if (error.name === "AbortError") void render(true);
        else main.replaceChildren(notFound(t(locale).loadFailed2(error.message)));
      },
    );
  };
  /** A file dropped on a notebook that accepts one: its charts switch to the file, with a way back. */
  const openIntoNotebook = (
    target: NotebookPage,
    accepts: Accepts,
    file: File,
    others: string[] = [],
    retried = false,
  ) => {
    loading?.cancel();
    const strings = t(locale);
    const note = onlyFirst(file, others);
    /** The line about the files not opened, for each message that follows the progress. */
    const noteLine = () => (note ? h(document, "p", { class: "load-note" }, note) : "");
    const panel = progressPanel(document, file.name, strings, locale, {
      note,
      onCancel: stopLoading,
      onRetry: () => openIntoNotebook(target, accepts, file, others, true),
    });
    target.notice(null);
    toasts.show("status", panel.element);
    if (retried) panel.focus();
    const load = loadFile(file, file.name, panel.update, undefined, panel.stalled);
    loading = load;
    // Closing the toast hides a reading in progress; a stuck one is stopped, not left spinning.
    toasts.onClose(() => {
      if (loading === load && panel.isStuck()) stopLoading();
    });
    load.result.then(
      async (reading) => {
        if (loading !== load || page !== target) return;
        loading = null;
        const { showUpload } = await import("./notebook-upload.ts");
        if (loading !== null || page !== target) return;
        await showUpload(
          { document, locale, target, accepts, file, toasts, noteLine, openAsScratch: () => openFile(file) },
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
  // New, Open, Make notebook and the home page's list load on first use (own-notebooks.ts).
  const own = async () => {
    const actions = await import("./own-notebooks.ts");
    return { actions, context: { window, locale, toasts, rerender: () => void render(true) } };
  };
  const openNotebookFile = async (file: File) => {
    const { actions, context } = await own();
    await actions.openNotebookFile(context, file);
  };
  const newNotebook = async () => {
    const { actions, context } = await own();
    await actions.newNotebook(context);
  };
  const makeNotebook = async (file: File) => {
    const { actions, context } = await own();
    await actions.makeNotebook(context, file);
  };
  const notebookInput = h(document, "input", {
    type: "file",
    accept: ".md,.markdown,text/markdown",
    class: "file-input",
    tabindex: "-1",
    "aria-hidden": "true",
  });
  notebookInput.addEventListener("change", () => {
    const [file] = notebookInput.files ?? [];
    notebookInput.value = "";
    if (file) void openNotebookFile(file);
  });
  document.body.append(notebookInput);
  /** New and Open, for the home page and beside the edit button. */
  const ownControls = () => {
    const strings = t(locale).own;
    const create = h(
      document,
      "button",
      { type: "button", class: "own-button new-notebook", title: strings.newLabel },
      strings.newNotebook,
    );
    create.addEventListener("click", () => void newNotebook());
    const open = h(
      document,
      "button",
      { type: "button", class: "own-button open-notebook", title: strings.openLabel },
      strings.open,
    );
    open.addEventListener("click", () => notebookInput.click());
    return [create, open];
  };
  const drop = installDropZone(
    document,
    (file, others) => {
      if (isNotebookFile(file)) void openNotebookFile(file);
      else if (page?.accepts) openIntoNotebook(page, page.accepts, file, others);
      else openFile(file, {}, others);
    },
    warmLoaders,
  );
  const header = h(
    document,
    "header",
    { class: "site-header" },
    homeLink,
    h(document, "div", { class: "header-actions" }, drop.button, toggle),
  );
  const skip = h(document, "a", { href: "#main", class: "skip-link" });
  skip.addEventListener("click", (event) => {
    event.preventDefault();
    main.focus();
  });
  root.replaceChildren(skip, header, toasts.element, main);

  const render = async (force: boolean) => {
    const route = parseRoute(window.location.hash);
    const strings = t(locale);
    document.documentElement.lang = locale;
    toggle.textContent = strings.language;
    drop.relabel(strings);
    toasts.relabel(strings.close);
    toggle.setAttribute("aria-label", strings.languageLabel);
    skip.textContent = locale === "nl" ? "Naar de inhoud" : "Skip to content";
    if (!force && page && route.kind === "notebook" && route.slug === page.slug) {
      page.scrollTo(route.section);
      return;
    }
    const token = ++renderToken;
    // A message about the page being left does not belong on the page drawn next.
    if (keepToast) keepToast = false;
    else toasts.dismiss();
    // A reading that got stuck is stopped when the reader goes elsewhere.
    if (loading && document.querySelector(".load-progress.stuck")) loading.cancel();
    page?.dispose();
    page = null;
    const content = await renderRoute(route);
    if (token !== renderToken) {
      if (content && "dispose" in content) content.dispose();
      return;
    }
    if (content && "dispose" in content) {
      page = content;
      // For `npm run export` and scripts: the charts of the notebook on screen, as standalone SVG.
      Object.assign(window, {
        blauwCharts: {
          notebook: content.slug,
          list: () => content.charts(),
          svg: (chart: string, options?: ChartSvgOptions) => content.chartSvg(chart, options),
          /** The chart as PNG at twice its size, base64-encoded. */
          png: async (chart: string, options?: ChartSvgOptions) => {
            const blob = await svgToPng(document, content.chartSvg(chart, options), 2);
            const bytes = new Uint8Array(await blob.arrayBuffer());
            let binary = "";
            for (let i = 0; i < bytes.length; i += 0x8000)
              binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
            return btoa(binary);
          },
        },
      });
      main.replaceChildren(content.element);
      content.scrollTo(route.kind === "notebook" ? route.section : undefined);
      document.title = `${content.element.querySelector("h1")?.textContent ?? ""} · Blauw`;
    } else {
      main.replaceChildren(content ?? notFound(t(locale).notFound));
      document.title = `${content?.querySelector("h1")?.textContent ?? ""} · Blauw`.replace(/^ · /, "");
      const section =
        route.kind === "source" && route.section ? document.getElementById(route.section) : null;
      if (section) section.scrollIntoView({ block: "start" });
      else window.scrollTo(0, 0);
    }
  };

  const renderRoute = async (route: Route): Promise<NotebookPage | HTMLElement | null> => {
    const strings = t(locale);
    if (route.kind === "home") {
      const { actions, context } = await own();
      const ownList = await actions.ownSection(context, ownControls());
      return renderHome(
        document,
        notebooks,
        locale,
        sheetNames().filter((name) => name !== "README"),
        ownList,
      );
    }
    if (route.kind === "user") {
      const stored = await loadUserNotebook(route.id);
      if (!stored) return notFound(strings.own.notHere);
      const [{ mountUserNotebook }, { attachedTables }] = await Promise.all([
        import("./user-notebook-page.ts"),
        import("./attached-table.ts"),
      ]);
      return mountUserNotebook(document, stored, locale, {
        mount: mountNotebookPage,
        makeStdlib: (body) =>
          createStdlib(window, body, locale, undefined, {
            attached: () => attachedTables(stored.id, locale, loadFile),
          }),
        dataVersion,
        actions: ownControls(),
        onTrusted: () => void render(true),
      });
    }
    if (route.kind === "source")
      return renderSourcePage(
        document,
        route.sheet,
        locale,
        (slug) => notebooks.find((notebook) => notebook.slug === slug)?.title,
      );
    if (route.kind === "file") {
      const query = routeQuery(window.location.hash);
      // A file name from the address is repeated on the page only when it looks like one (no sentences).
      const named = query.get("file") ?? "";
      const linkedFile = /^[\w .,()'-]{1,80}\.(csv|tsv|txt)$/i.test(named) ? named : null;
      if (!opened) return notFound(linkedFile ? strings.scratch.linkFile(linkedFile) : strings.noFile);
      const current = opened;
      const here = `${window.location.origin}${window.location.pathname}${window.location.search}`;
      // The scratch page's code is loaded when a file is opened, not with every notebook.
      const { renderScratchPage } = await import("./scratch-page.ts");
      return renderScratchPage(
        document,
        current,
        locale,
        (column, type) => openFile(current.file, { ...current.types, [column]: type }),
        {
          query,
          permalink: (chartQuery) => `${here}#/bestand?${chartQuery}`,
          // The address follows the chart's choice (without a hashchange, so the page is not redrawn).
          onChoice: (chartQuery) => window.history.replaceState(null, "", `#/bestand?${chartQuery}`),
        },
        () => void makeNotebook(current.file),
      );
    }
    if (route.kind !== "notebook") return null;
    const listing = notebooks.find((notebook) => notebook.slug === route.slug);
    if (!listing) return notFound(strings.unknownNotebook(route.slug));
    main.replaceChildren(h(document, "p", { class: "loading", role: "status" }, strings.loading));
    try {
      const state = routeState(window.location.hash);
      const mounted = await mountNotebookPage(
        document,
        listing,
        locale,
        (body) => createStdlib(window, body, locale),
        {
          state,
          dataVersion,
          toasts,
          actions: ownControls(),
          onState: (current) => {
            // The address follows the inputs, so that copying it from the address bar keeps them.
            const section = parseRoute(window.location.hash);
            const path = section.kind === "notebook" && section.section ? `/${section.section}` : "";
            window.history.replaceState(
              null,
              "",
              `#/${listing.slug}${path}?${stateQuery(current, dataVersion)}`,
            );
          },
        },
      );
      const linked = routeDataVersion(window.location.hash);
      if (linked && linked !== dataVersion) {
        const text = strings.dataChanged(linked, dataVersion);
        mounted.notice(h(document, "p", { class: "upload-notice upload-mismatch" }, text));
        toasts.show("status", h(document, "p", {}, text));
      }
      return mounted;
    } catch (error) {
      console.error(error);
      return notFound(strings.loadFailed);
    }
  };

  const notFound = (message: string) =>
    h(
      document,
      "section",
      { class: "not-found", role: "alert" },
      h(document, "p", {}, message),
      h(document, "p", {}, h(document, "a", { href: routeHash({ kind: "home" }) }, t(locale).backHome)),
    );

  toggle.addEventListener("click", () => {
    locale = locale === "nl" ? "en" : "nl";
    storeLocale(window.localStorage, locale);
    void render(true);
  });
  window.addEventListener("hashchange", () => void render(false));
  void render(true);
}
