import { warmLoaders } from "../data/index.ts";
import { h } from "./dom.ts";
import { installDropZone } from "./drop-zone.ts";
import { fileUpload } from "./file-upload.ts";
import { declareFrameStyle } from "./frame-style.ts";
import { type Locale, storedLocale, storeLocale, t } from "./i18n.ts";
import { isNotebookFile } from "./notebook-file.ts";
import { ownControls } from "./own-controls.ts";
import { routeHash } from "./route.ts";
import { createRouter } from "./router.ts";
import { createToaster } from "./toast.ts";

/**
 * Starts Blauw in `root`: the shell (skip link, header with the file button and the language toggle,
 * toasts, main), the router that draws each page into it, and the drop zone that hands files to the
 * file-upload flow.
 */
export function startApp(window: Window, root: HTMLElement): void {
  const { document } = window;
  declareFrameStyle(document);
  let locale: Locale = storedLocale(window.localStorage);
  const main = h(document, "main", { id: "main", tabindex: "-1" });
  const toggle = h(document, "button", { type: "button", class: "locale-toggle" });
  const homeLink = h(document, "a", { href: routeHash({ kind: "home" }), class: "brand" }, "Blauw");
  const toasts = createToaster(document, t(locale).close);
  const uploads = fileUpload({
    window,
    main,
    toasts,
    locale: () => locale,
    page: () => router.page(),
    render: (force) => router.render(force),
    keepToast: () => router.keepToast(),
    notFound: (message) => router.notFound(message),
  });
  const own = ownControls({ window, locale: () => locale, toasts, rerender: () => void router.render(true) });
  const drop = installDropZone(
    document,
    (file, others) => {
      const page = router.page();
      if (isNotebookFile(file)) void own.openNotebookFile(file);
      else if (page?.accepts) uploads.openIntoNotebook(page, page.accepts, file, others);
      else uploads.openFile(file, {}, others);
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

  const router = createRouter({
    window,
    main,
    toasts,
    locale: () => locale,
    relabel: () => {
      const strings = t(locale);
      toggle.textContent = strings.language;
      drop.relabel(strings);
      toasts.relabel(strings.close);
      toggle.setAttribute("aria-label", strings.languageLabel);
      skip.textContent = locale === "nl" ? "Naar de inhoud" : "Skip to content";
    },
    uploads,
    own,
  });

  toggle.addEventListener("click", () => {
    locale = locale === "nl" ? "en" : "nl";
    storeLocale(window.localStorage, locale);
    void router.render(true);
  });
  window.addEventListener("hashchange", () => void router.render(false));
  void router.render(true);
}
