/**
 * "What would move you up": the two or three actions the core ranks highest for these answers, each with
 * why it works. For a known quantity they are about keeping the position and turning it into terms.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { LeverageAction } from "../../core/leverage";
import { CARD_STYLE } from "../card-style";

export interface MovesUpProps {
  actions: readonly LeverageAction[];
  /** True when the candidate is already a known quantity: there is no tier above. */
  atTop: boolean;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  text: { margin: 0 },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  card: CARD_STYLE,
  action: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  label: { fontWeight: tokens.fontWeightSemibold },
});

/** The actions as an ordered list of cards, best first. */
export function MovesUp({ actions, atTop }: MovesUpProps) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <h3 id={headingId} className={styles.heading}>
        What would move you up
      </h3>
      <p className={styles.text}>
        {atTop
          ? "You are already in the top tier. These keep it and turn it into terms:"
          : "The actions that would lift you furthest, best first:"}
      </p>
      <ol className={styles.list}>
        {actions.map((a) => (
          <li key={a.key} className={styles.card}>
            <p className={styles.action}>{a.action}</p>
            <p className={styles.text}>
              <span className={styles.label}>Why: </span>
              {a.why}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
