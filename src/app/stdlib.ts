import type { Stdlib } from "../notebook/index.ts";
import { bundledTable } from "./bundled-data.ts";
import type { Locale } from "./i18n.ts";

/** The cells' standard library for a notebook page in this window. */
export async function createStdlib(
  window: Window,
  root: HTMLElement,
  locale: Locale,
  chartTitleLevel?: 1 | 3,
): Promise<Stdlib> {
  const { standardLibrary } = await import("../notebook/index.ts");
  return standardLibrary({
    document: window.document,
    root,
    locale,
    dark: window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false,
    data: bundledTable,
    chartTitleLevel,
  });
}
