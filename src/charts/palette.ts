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

/** The palette in the order categorical scales should use it. */
export const categorical: readonly string[] = [
  palette.blue,
  palette.orange,
  palette.bluishGreen,
  palette.reddishPurple,
  palette.skyBlue,
  palette.vermillion,
  palette.yellow,
];

/** How approximate figures differ from exact ones: lighter, dashed outline, hollow dots. */
export const approxStyle = {
  fillOpacity: 0.35,
  strokeDasharray: "4,3",
  strokeWidth: 1.5,
} as const;
