/** Style rules the Negotiate panel's parts share, so their headings, quotes and notes look alike. */
import { tokens } from "@fluentui/react-components";
import { PANEL_STYLES } from "../panel-style";

/** Griffel style rules, by part. */
export const NEGOTIATE_STYLES = {
  // A section, its h3 and a paragraph look as they do in every panel.
  section: PANEL_STYLES.section,
  subheading: PANEL_STYLES.subheading,
  // A part of the plan (lead, cash, non-cash): between the section's h3 and a card's heading.
  partHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightBold,
    lineHeight: tokens.lineHeightBase300,
  },
  cardHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
  },
  text: PANEL_STYLES.text,
  label: { fontWeight: tokens.fontWeightSemibold },
  small: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  legal: { margin: 0, color: tokens.colorNeutralForeground2 },
  // Text a screen reader reads but the eye does not need (what a highlight's colour and underline show).
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
} as const;
