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
      if (input.type === "hidden" || hasName(input)) continue;
      if (!label.id) label.id = uniqueId(node.ownerDocument, "input-label");
      input.setAttribute("aria-labelledby", label.id);
    }
  }
}

function hasName(input: HTMLInputElement): boolean {
  return (
    (input.labels?.length ?? 0) > 0 ||
    input.hasAttribute("aria-label") ||
    input.hasAttribute("aria-labelledby")
  );
}

let counter = 0;
function uniqueId(document: Document, prefix: string): string {
  let id: string;
  do id = `${prefix}-${++counter}`;
  while (document.getElementById(id));
  return id;
}
