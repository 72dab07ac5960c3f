/**
 * Where the checklist places the candidate: the tier in words with an icon (never by colour alone), the
 * summary, one reason per signal with the points it earned, and the OFFER.TIER formula for the same
 * answers with a Copy button, so the tier can live in the grid next to the offer.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Filled, Star16Filled, Warning16Filled } from "@fluentui/react-icons";
import { useId } from "react";
import {
  KNOWN_QUANTITY_POINTS,
  type LeverageResult,
  type LeverageTier,
  PROCESSES_COUNTED,
  RELATIONSHIP_POINTS,
  SAFE_BET_POINTS,
  SIGNAL_POINT,
} from "../../core/leverage";
import { CopyButton } from "../flags/CopyButton";

export interface TierResultProps {
  result: LeverageResult;
  /** `=OFFER.TIER(...)` for the answers the result comes from. */
  formula: string;
}

const ICON: Record<LeverageTier, typeof Star16Filled> = {
  "known quantity": Star16Filled,
  "safe bet": CheckmarkCircle16Filled,
  "desperate filler": Warning16Filled,
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  badge: {
    margin: 0,
    alignSelf: "flex-start",
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
  },
  "known quantity": { color: tokens.colorPaletteGreenForeground1 },
  "safe bet": { color: tokens.colorBrandForeground1 },
  "desperate filler": { color: tokens.colorPaletteDarkOrangeForeground1 },
  text: { margin: 0 },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
  label: { fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  formula: {
    display: "block",
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyMonospace,
    // A long formula wraps inside a 320 px pane instead of running off its edge.
    overflowWrap: "anywhere",
  },
});

/** The tier, why, and the formula, in a polite live region so a change of tier is announced. */
export function TierResult({ result, formula }: TierResultProps) {
  const styles = useStyles();
  const headingId = useId();
  const reasonsId = useId();
  const formulaId = useId();
  const Icon = ICON[result.tier];
  return (
    <section aria-labelledby={headingId} aria-live="polite" className={styles.root}>
      <h3 id={headingId} className={styles.badge}>
        <Icon className={styles[result.tier]} aria-hidden />
        Tier: {result.label}
      </h3>
      <p className={styles.text}>{result.summary}</p>
      <span id={reasonsId} className={styles.label}>
        Why
      </span>
      <ul className={styles.list} aria-labelledby={reasonsId}>
        {result.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <p className={styles.note}>
        The points are a product heuristic, not survey data: a relationship (they have seen you work, or someone they
        trust vouches for you) counts {RELATIONSHIP_POINTS}, and {KNOWN_QUANTITY_POINTS} make a known quantity; every
        other yes counts {SIGNAL_POINT}, as does each parallel process up to {PROCESSES_COUNTED}, and {SAFE_BET_POINTS}{" "}
        make a safe bet.
      </p>
      <span className={styles.label}>Keep the tier in the grid: put this formula in a cell</span>
      <code id={formulaId} className={styles.formula}>
        {formula}
      </code>
      <CopyButton text={formula} describedBy={formulaId} />
    </section>
  );
}
