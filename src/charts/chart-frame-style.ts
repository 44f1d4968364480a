import type { Locale } from "./types.ts";

const paddingInline = 20;
const borderWidth = 1;

/**
 * How every chart's frame looks, in one place: the page draws with these (the app hands them to its CSS
 * as custom properties, see src/app/frame-style.ts), a notebook's `chart()` sizes its plot by them, and
 * an exported SVG declares and measures with them.
 */
export const chartFrameStyle = {
  /**
   * The font of the page, its charts and their files. DejaVu Sans before Arial: where `system-ui` is
   * unknown (Inkscape, resvg on Linux) it is the font a browser would have drawn with there.
   */
  fontStack:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "DejaVu Sans", Arial, sans-serif',
  /** Padding left and right of the plot inside the frame, px. */
  paddingInline,
  /** The frame's border, px. */
  borderWidth,
  /** Width a frame takes from its cell beside the plot: padding and border on both sides, 2 px to spare. */
  inset: 2 * (paddingInline + borderWidth) + 2,
} as const;

/** The frame's own words, in the reader's language. */
export const chartFrameWords: Record<Locale, { source: string; approx: string; derived: string }> = {
  nl: {
    source: "Bron",
    approx:
      "Licht met stippellijn, of open = benaderd cijfer (de bron zegt ruim, zo'n, circa, naar schatting …)",
    derived: "Berekend door Blauw, staat zo niet in de bron: ",
  },
  en: {
    source: "Source",
    approx:
      "Light with dashed outline, or hollow = approximate figure (the source hedges it: over, about, estimated …)",
    derived: "Computed by Blauw, not given as such by the source: ",
  },
};
