// `currentColor` means nothing once an SVG leaves the page, so paint that uses it is given the chart's
// colour — but only paint: a column called "currentColor", or a value, stays as it was written.

const paint = new Set(["fill", "stroke", "color", "stop-color", "flood-color", "lighting-color"]);

/** A start or empty-element tag; quoted attribute values are read whole, so a `>` inside one is no end. */
const tag = /<[A-Za-z][^\s/>]*(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*\/?>/g;
const attribute = /([^\s=/>]+)(\s*=\s*)(?:"([^"]*)"|'([^']*)')/g;
const declaration = /(^|;)(\s*)([-a-zA-Z]+)(\s*:)([^;]*)/g;
const currentColor = /currentcolor/gi;

/**
 * SVG markup with `currentColor` replaced by `color` in paint attributes (`fill`, `stroke`, `color`,
 * `stop-color`, `flood-color`, `lighting-color`) and the same properties inside `style="…"`; never in
 * text, titles, labels or metadata. `color` goes into an attribute as it is: pass one without quotes.
 */
export function resolveCurrentColor(markup: string, color: string): string {
  const inStyle = (style: string) =>
    style.replace(
      declaration,
      (whole, start: string, space: string, name: string, colon: string, value: string) =>
        paint.has(name.toLowerCase())
          ? `${start}${space}${name}${colon}${value.replace(currentColor, color)}`
          : whole,
    );
  return markup.replace(tag, (element) =>
    element.replace(
      attribute,
      (whole, name: string, equals: string, double: string | undefined, single: string | undefined) => {
        const lower = name.toLowerCase();
        const value = double ?? single ?? "";
        const resolved =
          lower === "style" ? inStyle(value) : paint.has(lower) ? value.replace(currentColor, color) : value;
        if (resolved === value) return whole;
        return double !== undefined ? `${name}${equals}"${resolved}"` : `${name}${equals}'${resolved}'`;
      },
    ),
  );
}
