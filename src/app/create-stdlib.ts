import type { Stdlib } from "../notebook/index.ts";
import { bundledTable } from "./bundled-data.ts";
import type { Locale } from "./i18n.ts";

/** The cells' standard library for a notebook page in this window (and names of the page's own). */
export async function createStdlib(
  window: Window,
  root: HTMLElement,
  locale: Locale,
  chartTitleLevel?: 1 | 3,
  extra: Stdlib = {},
): Promise<Stdlib> {
  const { standardLibrary } = await import("../notebook/index.ts");
  const library = standardLibrary({
    document: window.document,
    root,
    locale,
    dark: window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false,
    data: bundledTable,
    chartTitleLevel,
  });
  return { ...library, ...extra };
}
