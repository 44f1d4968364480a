import { h } from "./dom.ts";

/**
 * Asks the reader one question in a modal `<dialog>` (text only) and resolves with their answer: true
 * for `yes`, false for `no`, Escape or closing. The focus starts on `no`, the answer that changes nothing.
 */
export function ask(document: Document, question: string, yes: string, no: string): Promise<boolean> {
  const yesButton = h(document, "button", { type: "button", class: "own-button ask-yes" }, yes);
  const noButton = h(document, "button", { type: "button", class: "own-button ask-no" }, no);
  const text = h(document, "p", { id: "ask-question" }, question);
  const dialog = h(
    document,
    "dialog",
    { class: "ask-dialog", "aria-describedby": "ask-question", "aria-label": yes },
    text,
    h(document, "div", { class: "own-actions" }, yesButton, noButton),
  );
  document.body.append(dialog);
  return new Promise((resolve) => {
    let answer = false;
    yesButton.addEventListener("click", () => {
      answer = true;
      dialog.close();
    });
    noButton.addEventListener("click", () => dialog.close());
    dialog.addEventListener("close", () => {
      dialog.remove();
      resolve(answer);
    });
    dialog.showModal();
    noButton.focus();
  });
}
