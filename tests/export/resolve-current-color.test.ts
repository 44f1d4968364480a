import { describe, expect, it } from "vitest";
import { resolveCurrentColor } from "../../src/export/resolve-current-color.ts";

const red = "rgb(200, 0, 0)";

describe("resolveCurrentColor", () => {
  it("resolves each paint attribute, in any case and either quote", () => {
    for (const name of ["fill", "stroke", "color", "stop-color", "flood-color", "lighting-color"]) {
      expect(resolveCurrentColor(`<g ${name}="currentColor"/>`, red)).toBe(`<g ${name}="${red}"/>`);
      expect(resolveCurrentColor(`<g ${name}='CurrentColor'>`, red)).toBe(`<g ${name}='${red}'>`);
    }
  });

  it("resolves paint properties inside style, and only those", () => {
    expect(
      resolveCurrentColor(
        '<text style="fill:currentColor; font-family: currentColor;stroke :currentcolor">',
        red,
      ),
    ).toBe(`<text style="fill:${red}; font-family: currentColor;stroke :${red}">`);
  });

  it("leaves text, other attributes and a '>' inside a quoted value alone", () => {
    const markup =
      '<g aria-label="a > currentColor" fill="currentColor"><text>currentColor</text><title>fill="currentColor"</title></g>';
    expect(resolveCurrentColor(markup, red)).toBe(
      `<g aria-label="a > currentColor" fill="${red}"><text>currentColor</text><title>fill="currentColor"</title></g>`,
    );
  });
});
