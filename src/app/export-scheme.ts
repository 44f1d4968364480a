/** The colours an exported chart is drawn in. */
export type Scheme = "light" | "dark";

/**
 * Runs `read` while `figure` is drawn in `scheme`, whatever the page's own scheme: a class sets the
 * figure's `color-scheme`, so the `light-dark()` colours of styles/tokens.css resolve for that scheme while the
 * export reads the computed styles. Synchronous, so the page never paints in between.
 */
export function inScheme<T>(figure: HTMLElement, scheme: Scheme, read: () => T): T {
  const name = `export-${scheme}`;
  const had = figure.classList.contains(name);
  figure.classList.add(name);
  try {
    return read();
  } finally {
    if (!had) figure.classList.remove(name);
  }
}
