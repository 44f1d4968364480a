/**
 * Okabe & Ito's palette: eight colours that stay distinguishable with the common forms of colour
 * blindness. Blauw draws exact figures in blue and reference lines in vermillion.
 */
export const palette = {
  blue: "#0072B2",
  vermillion: "#D55E00",
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  reddishPurple: "#CC79A7",
  grey: "#7f7f7f",
} as const;

/**
 * The palette in the order categorical scales should use it. The first four stand out at least 3:1
 * from both the light and the dark page (WCAG 1.4.11; tests/browser/chart-contrast.test.ts), so a
 * chart with up to four series needs no outline. Orange, sky blue and yellow fall below 3:1 on white
 * and come last.
 */
export const categorical: readonly string[] = [
  palette.blue,
  palette.bluishGreen,
  palette.reddishPurple,
  palette.vermillion,
  palette.orange,
  palette.skyBlue,
  palette.yellow,
];

/** How approximate figures differ from exact ones: lighter, dashed outline, hollow dots. */
export const approxStyle = {
  fillOpacity: 0.35,
  strokeDasharray: "4,3",
  strokeWidth: 1.5,
} as const;
