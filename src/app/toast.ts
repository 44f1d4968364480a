import { h } from "./dom.ts";

/** How a message is announced: `status` politely (done, accepted), `alert` at once (refused, failed). */
export type ToastKind = "status" | "alert";

/** Messages shown where the reader is looking, whatever the scroll position. */
export interface Toaster {
  /** Both live regions; placed in the page before anything is announced in them. */
  element: HTMLElement;
  /** Shows one message (replacing the one shown), text and elements only. */
  show(kind: ToastKind, ...content: (Node | string)[]): void;
  dismiss(): void;
  /**
   * Puts the toast shown now next in the keyboard order after `anchor` (the element with the focus):
   * Tab from there reaches the toast's buttons, Shift-Tab from them goes back, Tab past them goes on
   * to what followed `anchor`. Until the toast goes.
   */
  follow(anchor: Element): void;
  /** Called once if the reader closes the toast shown now (× or Escape); not when it is replaced. */
  onClose(callback: () => void): void;
  /** The label of the close button, in the page's language. */
  relabel(close: string): void;
}

/**
 * A toast fixed to the bottom of the viewport, away from the header's buttons: `role=status` for
 * news, `role=alert` for refusals and failures. The close button or Escape dismisses it.
 */
export function createToaster(document: Document, closeLabel: string): Toaster {
  const polite = h(document, "div", { class: "toast-live", role: "status", "aria-live": "polite" });
  const urgent = h(document, "div", { class: "toast-live", role: "alert" });
  const element = h(document, "div", { class: "toast-region" }, polite, urgent);
  let label = closeLabel;
  let closing: (() => void) | undefined;
  let anchor: Element | null = null;
  const dismiss = () => {
    closing = undefined;
    anchor = null;
    polite.replaceChildren();
    urgent.replaceChildren();
  };
  const close = () => {
    const callback = closing;
    dismiss();
    callback?.();
  };
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || event.defaultPrevented || !element.querySelector(".toast")) return;
    close();
  });
  document.addEventListener(
    "keydown",
    (event) => {
      if (event.key !== "Tab" || !anchor || event.altKey || event.ctrlKey || event.metaKey) return;
      const buttons = [...element.querySelectorAll<HTMLElement>(".toast button")];
      const active = document.activeElement;
      const to = event.shiftKey
        ? active === buttons[0] && anchor
        : anchor.contains(active)
          ? buttons[0]
          : active === buttons[buttons.length - 1] && nextAfter(document, anchor, element);
      if (!(to instanceof HTMLElement)) return;
      event.preventDefault();
      to.focus();
    },
    true,
  );
  return {
    element,
    show: (kind, ...content) => {
      const button = h(
        document,
        "button",
        { type: "button", class: "toast-close", "aria-label": label },
        "×",
      );
      button.addEventListener("click", close);
      const toast = h(
        document,
        "div",
        { class: `toast toast-${kind}` },
        h(document, "div", { class: "toast-body" }, ...content),
        button,
      );
      dismiss();
      (kind === "alert" ? urgent : polite).append(toast);
    },
    dismiss,
    follow: (element) => {
      anchor = element;
    },
    onClose: (callback) => {
      closing = callback;
    },
    relabel: (close) => {
      label = close;
      for (const button of element.querySelectorAll(".toast-close")) button.setAttribute("aria-label", close);
    },
  };
}

const focusable =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/** The first element after `anchor` (and what it holds) that Tab would reach, outside `skip`. */
function nextAfter(document: Document, anchor: Element, skip: Element): HTMLElement | null {
  for (const candidate of document.querySelectorAll<HTMLElement>(focusable)) {
    if (skip.contains(candidate) || anchor.contains(candidate)) continue;
    if (!(anchor.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (candidate.closest("[hidden], [inert]") || candidate.getClientRects().length === 0) continue;
    return candidate;
  }
  return null;
}
