import { giveMarkGroupsRoles } from "../charts/index.ts";

/**
 * Mends what a cell shows so that assistive technology can read it, whatever library made it:
 * - Plot's named mark groups get a role (see `giveMarkGroupsRoles`);
 * - an input without a label of its own (the slider of `Inputs.range`, whose `<label>` points at the
 *   number box beside it) is labelled by the label of the form it sits in.
 */
export function mendOutput(node: Node): void {
  if (!(node instanceof Element)) return;
  giveMarkGroupsRoles(node);
  for (const form of [...(node.matches("form") ? [node] : []), ...node.querySelectorAll("form")]) {
    const label = form.querySelector("label");
    if (!label) continue;
    for (const input of form.querySelectorAll<HTMLInputElement>("input, select, textarea")) {
      if (input.type === "hidden" || hasName(input, form)) continue;
      if (!label.id) label.id = uniqueId(node, "input-label");
      input.setAttribute("aria-labelledby", label.id);
    }
  }
}

/**
 * Whether an input already has a name: a label around it or pointing at it, or an ARIA name. (Read
 * from the markup, not from `input.labels`, which is empty while the output is not yet in the page.)
 */
function hasName(input: HTMLInputElement, form: Element): boolean {
  if (input.closest("label")) return true;
  if (input.id && form.querySelector(`label[for="${CSS.escape(input.id)}"]`)) return true;
  return input.hasAttribute("aria-label") || input.hasAttribute("aria-labelledby");
}

let counter = 0;
/** An id no element has, in the page or in `output` (which is not in the page yet). */
function uniqueId(output: Element, prefix: string): string {
  const taken = (id: string) =>
    output.id === id ||
    output.ownerDocument.getElementById(id) !== null ||
    output.querySelector(`[id="${CSS.escape(id)}"]`) !== null;
  let id: string;
  do id = `${prefix}-${++counter}`;
  while (taken(id));
  return id;
}
