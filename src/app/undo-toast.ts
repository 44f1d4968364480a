import type { BlockStrings } from "./block-strings.ts";
import { h } from "./dom.ts";
import type { Toaster } from "./toast.ts";

/** A toast saying that block `number` went, with Undo, and how to reach Undo by keyboard. */
export function showUndoToast(
  page: Document,
  toasts: Toaster,
  labels: BlockStrings,
  number: number,
  onUndo: () => void,
): void {
  const undo = h(page, "button", { type: "button", class: "toast-action" }, labels.undo);
  undo.addEventListener("click", onUndo);
  toasts.show(
    "status",
    h(page, "p", {}, labels.removed(number), " ", undo),
    h(page, "p", { class: "toast-key" }, labels.undoKey),
  );
}
