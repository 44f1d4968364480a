/**
 * Plot names each group of marks with `aria-label` ("bar", "rule", "x-axis tick"), but ARIA allows a
 * name on an SVG `<g>` only when the group has a role. Giving those groups `role="group"` keeps the
 * names (a screen reader announces "bar, group") and makes the markup valid; groups that already have
 * a role keep theirs. Returns how many groups it changed.
 */
export function giveMarkGroupsRoles(root: Element): number {
  let changed = 0;
  for (const group of root.querySelectorAll("g[aria-label]:not([role])")) {
    group.setAttribute("role", "group");
    changed++;
  }
  return changed;
}
