import { h } from "./dom.ts";
import type { Strings } from "./i18n.ts";

/**
 * Lets a reader open a CSV by dropping it anywhere on the page or by picking it with a button.
 * Returns the button (for the header) and a function that updates its labels. One file is opened at
 * a time: of several dropped together, the first, and `onFile` is told the names of the others.
 */
export function installDropZone(
  document: Document,
  onFile: (file: File, others: string[]) => void,
  /** Called when a file is about to come (a drag over the page, the button about to be used). */
  onIntent: () => void = () => {},
): { button: HTMLElement; relabel: (strings: Strings) => void } {
  const input = h(document, "input", {
    type: "file",
    accept: ".csv,.tsv,.txt,text/csv",
    class: "file-input",
    tabindex: "-1",
  });
  // Opened by the button (its label says what it does); out of the page for everyone else.
  input.hidden = true;
  const button = h(document, "button", { type: "button", class: "open-file" });
  const overlay = h(document, "div", { class: "drop-overlay", "aria-hidden": "true" });
  document.body.append(input, overlay);
  button.addEventListener("click", () => input.click());
  button.addEventListener("pointerenter", onIntent);
  button.addEventListener("focus", onIntent);
  input.addEventListener("change", () => {
    const [file, ...others] = input.files ?? [];
    if (file)
      onFile(
        file,
        others.map((other) => other.name),
      );
    input.value = "";
  });
  let depth = 0;
  const hasFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes("Files");
  document.addEventListener("dragenter", (event) => {
    if (!hasFiles(event)) return;
    onIntent();
    depth++;
    overlay.classList.add("visible");
  });
  document.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.classList.remove("visible");
  });
  document.addEventListener("dragover", (event) => {
    if (hasFiles(event)) event.preventDefault();
  });
  document.addEventListener("drop", (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth = 0;
    overlay.classList.remove("visible");
    const [file, ...others] = event.dataTransfer?.files ?? [];
    if (file)
      onFile(
        file,
        others.map((other) => other.name),
      );
  });
  return {
    button,
    relabel: (strings) => {
      button.textContent = strings.openFile;
      overlay.textContent = strings.dropHere;
    },
  };
}
