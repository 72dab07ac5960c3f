/**
 * One ask of the plan: its rank and what to ask for, its estimated value (dollars a year, or once on
 * leaving, with a D-grade figure labelled a rough estimate) and how that was worked out, who to ask, the
 * script (quoted, with Copy), the factual sentence when another offer is stronger, and the legal note when
 * the term touches contract law. Its heading is an h5, under its section's h4.
 */
import { makeStyles } from "@fluentui/react-components";
import { useId } from "react";
import type { Ask } from "../../core/negotiation";
import { CARD_STYLE } from "../card-style";
import { CopyButton } from "../flags/CopyButton";
import { SeverityLabel } from "../flags/severity";
import { askValueText } from "./ask-value";
import { NEGOTIATE_STYLES } from "./styles";

const useStyles = makeStyles({ card: CARD_STYLE, ...NEGOTIATE_STYLES });

/** An ask as a list item of the plan; `rank` counts from 1 across the plan's sections. */
export function AskCard({ ask, rank }: { ask: Ask; rank: number }) {
  const styles = useStyles();
  const scriptId = useId();
  return (
    <li className={styles.card}>
      <h5 className={styles.cardHeading}>
        {rank}. {ask.title}
      </h5>
      {ask.severity && <SeverityLabel severity={ask.severity} />}
      <div>
        <p className={styles.text}>
          <span className={styles.label}>{askValueText(ask)}</span>
        </p>
        <p className={styles.small}>{ask.valueBasis}</p>
      </div>
      <p className={styles.text}>
        <span className={styles.label}>Who to ask: </span>
        {ask.audienceLabel}
      </p>
      <blockquote id={scriptId} className={styles.quote}>
        “{ask.script}”
      </blockquote>
      <CopyButton text={ask.script} describedBy={scriptId} />
      {ask.elsewhere && (
        <p className={styles.text}>
          <span className={styles.label}>Your other offers: </span>
          {ask.elsewhere}
        </p>
      )}
      {ask.legal && (
        <p className={styles.legal}>
          <span className={styles.label}>Legal note: </span>
          {ask.legal}
        </p>
      )}
    </li>
  );
}
