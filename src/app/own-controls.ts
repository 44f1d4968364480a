import { h } from "./dom.ts";
import { type Locale, t } from "./i18n.ts";
import type { OwnContext } from "./own-notebooks.ts";
import type { Toaster } from "./toast.ts";

export interface OwnControlsContext {
  window: Window;
  locale: () => Locale;
  toasts: Toaster;
  rerender: () => void;
}

/** What the page does with notebooks of the reader's own: New, Open, Make notebook and the home list. */
export interface OwnControls {
  /** The actions module (loaded on first use) and its context in the page's current language. */
  own: () => Promise<{ actions: typeof import("./own-notebooks.ts"); context: OwnContext }>;
  openNotebookFile: (file: File) => Promise<void>;
  makeNotebook: (file: File) => Promise<void>;
  /** New and Open, for the home page and beside the edit button. */
  buttons: () => HTMLElement[];
}

/**
 * New, Open and Make notebook: the hidden `.md` input that Open clicks, and the actions, which load on
 * first use (own-notebooks.ts).
 */
export function ownControls(context: OwnControlsContext): OwnControls {
  const { window, toasts, rerender } = context;
  const { document } = window;
  const own = async () => {
    const actions = await import("./own-notebooks.ts");
    return { actions, context: { window, locale: context.locale(), toasts, rerender } };
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
  const buttons = () => {
    const strings = t(context.locale()).own;
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
  return { own, openNotebookFile, makeNotebook, buttons };
}
