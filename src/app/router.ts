import notebooks, { dataVersion } from "virtual:blauw/notebooks";
import { loadFile } from "../data/index.ts";
import { createStdlib } from "./create-stdlib.ts";
import { h } from "./dom.ts";
import { exposeCharts } from "./export-hook.ts";
import type { FileUpload } from "./file-upload.ts";
import { renderHome } from "./home.ts";
import { type Locale, t } from "./i18n.ts";
import { mountNotebookPage, type NotebookPage, stateQuery } from "./notebook-page.ts";
import type { OwnControls } from "./own-controls.ts";
import { parseRoute, type Route, routeDataVersion, routeHash, routeQuery, routeState } from "./route.ts";
import { renderSourcePage, sheetNames } from "./source-page.ts";
import type { Toaster } from "./toast.ts";
import { loadUserNotebook } from "./user-notebooks.ts";

export interface RouterContext {
  window: Window;
  main: HTMLElement;
  toasts: Toaster;
  locale: () => Locale;
  /** Puts the header's words in the page's language; called on every render. */
  relabel: () => void;
  uploads: FileUpload;
  own: OwnControls;
}

/** Draws the page the address names, and keeps the notebook page on screen. */
export interface Router {
  /** Draws the current route; without `force`, a move within the notebook on screen only scrolls. */
  render: (force: boolean) => Promise<void>;
  /** The notebook page on screen, if any. */
  page: () => NotebookPage | null;
  /** Keeps the toast shown now through the next render. */
  keepToast: () => void;
  /** A page for a message in place of the content, with a way home. */
  notFound: (message: string) => HTMLElement;
}

/**
 * The router: home, notebooks (bundled and the reader's own), fact sheets and the scratch page of an
 * opened file, each drawn into `main`; a render started later wins over one still loading.
 */
export function createRouter(context: RouterContext): Router {
  const { window, main, toasts, own } = context;
  const { document } = window;
  let page: NotebookPage | null = null;
  let renderToken = 0;
  // A toast shown just before the page changes, that the next render keeps (not about the page left).
  let keepToast = false;

  const render = async (force: boolean) => {
    const route = parseRoute(window.location.hash);
    document.documentElement.lang = context.locale();
    context.relabel();
    if (!force && page && route.kind === "notebook" && route.slug === page.slug) {
      page.scrollTo(route.section);
      return;
    }
    const token = ++renderToken;
    // A message about the page being left does not belong on the page drawn next.
    if (keepToast) keepToast = false;
    else toasts.dismiss();
    // A reading that got stuck is stopped when the reader goes elsewhere.
    context.uploads.cancelStuck();
    page?.dispose();
    page = null;
    const content = await renderRoute(route);
    if (token !== renderToken) {
      if (content && "dispose" in content) content.dispose();
      return;
    }
    if (content && "dispose" in content) {
      page = content;
      exposeCharts(window, content);
      main.replaceChildren(content.element);
      content.scrollTo(route.kind === "notebook" ? route.section : undefined);
      document.title = `${content.element.querySelector("h1")?.textContent ?? ""} · Blauw`;
    } else {
      main.replaceChildren(content ?? notFound(t(context.locale()).notFound));
      document.title = `${content?.querySelector("h1")?.textContent ?? ""} · Blauw`.replace(/^ · /, "");
      const section =
        route.kind === "source" && route.section ? document.getElementById(route.section) : null;
      if (section) section.scrollIntoView({ block: "start" });
      else window.scrollTo(0, 0);
    }
  };

  const renderRoute = async (route: Route): Promise<NotebookPage | HTMLElement | null> => {
    const locale = context.locale();
    const strings = t(locale);
    if (route.kind === "home") {
      const { actions, context: ownContext } = await own.own();
      const ownList = await actions.ownSection(ownContext, own.buttons());
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
        actions: own.buttons(),
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
      const current = context.uploads.opened();
      if (!current) return notFound(linkedFile ? strings.scratch.linkFile(linkedFile) : strings.noFile);
      const here = `${window.location.origin}${window.location.pathname}${window.location.search}`;
      // The scratch page's code is loaded when a file is opened, not with every notebook.
      const { renderScratchPage } = await import("./scratch-page.ts");
      return renderScratchPage(
        document,
        current,
        locale,
        (column, type) => context.uploads.openFile(current.file, { ...current.types, [column]: type }),
        {
          query,
          permalink: (chartQuery) => `${here}#/bestand?${chartQuery}`,
          // The address follows the chart's choice (without a hashchange, so the page is not redrawn).
          onChoice: (chartQuery) => window.history.replaceState(null, "", `#/bestand?${chartQuery}`),
        },
        () => void own.makeNotebook(current.file),
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
          actions: own.buttons(),
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
      h(
        document,
        "p",
        {},
        h(document, "a", { href: routeHash({ kind: "home" }) }, t(context.locale()).backHome),
      ),
    );

  return {
    render,
    page: () => page,
    keepToast: () => {
      keepToast = true;
    },
    notFound,
  };
}
