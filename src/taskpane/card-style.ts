/** The look of a card in the pane (an offer in the list, a flag), shared so the two stay alike. */
import { tokens } from "@fluentui/react-components";

/** Griffel style rules for a bordered card whose children stack with a gap. */
export const CARD_STYLE = {
  listStyleType: "none",
  padding: tokens.spacingVerticalM,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  borderRadius: tokens.borderRadiusMedium,
  display: "flex",
  flexDirection: "column",
  rowGap: tokens.spacingVerticalS,
} as const;
