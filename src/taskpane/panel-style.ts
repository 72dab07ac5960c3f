/** The look of a tab's panel (Compare, Negotiate, Leverage, Share), shared so the panels stay alike. */
import { tokens } from "@fluentui/react-components";

/** Griffel style rules: the panel, a section of it, its h2 and h3, and a paragraph. */
export const PANEL_STYLES = {
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL, minWidth: 0 },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  text: { margin: 0 },
} as const;
