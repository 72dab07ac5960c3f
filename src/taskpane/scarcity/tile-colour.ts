/**
 * The colours of the heatmap's squares: five bands of one hue, light (scores low: your skill is common
 * there) to dark (scarce), each with the text colour that keeps the number readable. Fixed colours rather
 * than theme tokens, so a band means the same in light, dark and high-contrast themes; every pair passes
 * WCAG AA for normal text (4.5:1), worked out below. The number and the state's code are always written in
 * the square, so the colour is never the only signal.
 */

export interface TileColour {
  background: string;
  text: string;
  /** The band in words, for the legend. */
  label: string;
}

/*
 * Contrast, by WCAG 2 relative luminance (L) of each background:
 *   #F1F6FB L≈0.92 with #1B1B1B (L≈0.011): (0.97)/(0.061) ≈ 15.8
 *   #C9DDF1 L≈0.70 with #1B1B1B: (0.75)/(0.061) ≈ 12.4
 *   #90BDE6 L≈0.48 with #1B1B1B: (0.53)/(0.061) ≈ 8.7
 *   #2B6CB0 L≈0.144 with #FFFFFF (L=1): (1.05)/(0.194) ≈ 5.4
 *   #0B3D75 L≈0.047 with #FFFFFF: (1.05)/(0.097) ≈ 10.8
 */
const BANDS: readonly (TileColour & { from: number })[] = [
  { from: 80, background: "#0B3D75", text: "#FFFFFF", label: "80–100: scarce" },
  { from: 60, background: "#2B6CB0", text: "#FFFFFF", label: "60–79" },
  { from: 40, background: "#90BDE6", text: "#1B1B1B", label: "40–59" },
  { from: 20, background: "#C9DDF1", text: "#1B1B1B", label: "20–39" },
  { from: 0, background: "#F1F6FB", text: "#1B1B1B", label: "0–19: common" },
];

/** The colour of a score's square (0–100). */
export function tileColour(score: number): TileColour {
  return BANDS.find((band) => score >= band.from) ?? BANDS[BANDS.length - 1];
}

/** The bands, scarcest first, for the legend. */
export const TILE_BANDS: readonly TileColour[] = BANDS;
