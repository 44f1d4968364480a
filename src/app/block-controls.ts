/*
 * The controls of one block in the editor: move it up or down, add a code cell or text above or below
 * it, delete it. Real buttons, one tab stop each, every one named for its block ("Blok 3 omhoog").
 */

import type { BlockStrings } from "./block-strings.ts";
import { h } from "./dom.ts";

/** What a block's controls can ask for. */
export type BlockAction =
  | "up"
  | "down"
  | "code-above"
  | "code-below"
  | "prose-above"
  | "prose-below"
  | "delete";

export interface BlockControls {
  element: HTMLElement;
  /** Names the controls for block `n` (from 1); the first block cannot move up, the last not down. */
  relabel(n: number, first: boolean, last: boolean): void;
  /** The button for an action, to give it focus again after the block moved. */
  button(action: BlockAction): HTMLButtonElement;
}

type Labels = BlockStrings;

const buttons: [BlockAction, (labels: Labels) => string, (labels: Labels) => (n: number) => string][] = [
  ["up", (labels) => labels.up, (labels) => labels.upLabel],
  ["down", (labels) => labels.down, (labels) => labels.downLabel],
  ["code-above", (labels) => labels.codeAbove, (labels) => labels.codeAboveLabel],
  ["code-below", (labels) => labels.codeBelow, (labels) => labels.codeBelowLabel],
  ["prose-above", (labels) => labels.proseAbove, (labels) => labels.proseAboveLabel],
  ["prose-below", (labels) => labels.proseBelow, (labels) => labels.proseBelowLabel],
  ["delete", (labels) => labels.remove, (labels) => labels.removeLabel],
];

/** The controls of one block; `act` is called with the action of the button pressed. */
export function blockControls(
  document: Document,
  labels: Labels,
  act: (action: BlockAction, button: HTMLButtonElement) => void,
): BlockControls {
  const element = h(document, "div", { class: "block-controls", role: "group" });
  const byAction = new Map<BlockAction, HTMLButtonElement>();
  for (const [action, text] of buttons) {
    const button = h(document, "button", { type: "button", "data-action": action }, text(labels));
    button.addEventListener("click", () => act(action, button));
    byAction.set(action, button);
    element.append(button);
  }
  return {
    element,
    relabel: (n, first, last) => {
      element.setAttribute("aria-label", labels.controls(n));
      for (const [action, , label] of buttons) {
        const button = byAction.get(action) as HTMLButtonElement;
        button.setAttribute("aria-label", label(labels)(n));
        button.title = label(labels)(n);
      }
      (byAction.get("up") as HTMLButtonElement).disabled = first;
      (byAction.get("down") as HTMLButtonElement).disabled = last;
    },
    button: (action) => byAction.get(action) as HTMLButtonElement,
  };
}
