import { factSheetHash, isKebabId, parseSeedLocator, routeWords } from "../util/index.ts";
import { userNotebookId } from "./user-notebooks.ts";

/** Where the reader is: the hash part of the URL, so the site works under any base path. */
export type Route =
  | { kind: "home" }
  | { kind: "notebook"; slug: string; section?: string }
  | { kind: "source"; sheet: string; section?: string }
  | { kind: "file" }
  /** A notebook made in this browser (`#/eigen/u-…`): its id, never code or text from the address. */
  | { kind: "user"; id: string }
  | { kind: "unknown"; hash: string };

/** Reads a location hash such as `#/reaction-times/definities` or `#/bron/x/antwoord-20`. */
export function parseRoute(hash: string): Route {
  let parts: string[];
  try {
    parts = hash.replace(/^#\/?/, "").split("?")[0].split("/").filter(Boolean).map(decodeURIComponent);
  } catch {
    // Not valid percent-encoding ("#/%"): a page that does not exist, not a blank one.
    return { kind: "unknown", hash };
  }
  if (parts.length === 0) return { kind: "home" };
  if (parts[0] === routeWords.file && parts.length === 1) return { kind: "file" };
  if (parts[0] === routeWords.own) {
    return parts.length === 2 && userNotebookId.test(parts[1])
      ? { kind: "user", id: parts[1] }
      : { kind: "unknown", hash };
  }
  if (parts[0] === routeWords.source && parts[1] && isKebabId(parts[1])) {
    return { kind: "source", sheet: parts[1], section: parts[2] };
  }
  if (isKebabId(parts[0]) && parts.length <= 2)
    return { kind: "notebook", slug: parts[0], section: parts[1] };
  return { kind: "unknown", hash };
}

/** The query after a hash route's "?": a notebook's input state and its data version. */
export function routeQuery(hash: string): URLSearchParams {
  const at = hash.indexOf("?");
  return new URLSearchParams(at === -1 ? "" : hash.slice(at + 1));
}

/**
 * The input values a link carries, keyed by the input's variable name (`bronnen=…`), or in links made
 * before that by the cell's position (`c<cell>` or `c<cell>-<n>`); see the notebook's input-state.ts.
 * Keys are names only (the runtime skips the link's own keys, `d=`), and values are only ever given to
 * inputs as values: a link carries no code.
 */
export function routeState(hash: string): Record<string, string> {
  return Object.fromEntries([...routeQuery(hash)].filter(([key]) => /^[A-Za-z_$][\w$]{0,63}$/.test(key)));
}

/**
 * The data fingerprint a link recorded (`d=`, eight hex digits as `shortHash` makes them), or null when
 * there is none or it is not one: whatever else the address says is never shown on the page.
 */
export function routeDataVersion(hash: string): string | null {
  const linked = routeQuery(hash).get("d");
  return linked && /^[0-9a-f]{8}$/.test(linked) ? linked : null;
}

/** The hash that leads to a route. */
export function routeHash(route: Route): string {
  switch (route.kind) {
    case "home":
      return "#/";
    case "notebook":
      return `#/${route.slug}${route.section ? `/${route.section}` : ""}`;
    case "source":
      return factSheetHash(route.sheet, route.section);
    case "file":
      return `#/${routeWords.file}`;
    case "user":
      return `#/${routeWords.own}/${route.id}`;
    default:
      return route.hash;
  }
}

/** Rewrites a prose link to a fact sheet (`../seeds/x.md#a`, `seeds/x.md`) into an in-app route. */
export function seedLinkHash(href: string): string | null {
  const place = parseSeedLocator(href.replace(/^(?:\.\.\/|\.\/|\/)/, ""));
  return place ? factSheetHash(place.sheet, place.anchor) : null;
}
