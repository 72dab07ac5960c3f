/**
 * One weak term: how serious it is (words and icon), the finding, the evidence with its source and year,
 * what to ask for (quoted, with Copy), and the legal note when the term touches contract law.
 */
import { Link, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { type FieldKey, fieldSpec } from "../../core/offer/fields";
import type { Flag } from "../../core/rules/types";
import { CopyButton } from "./CopyButton";
import { EvidenceLine } from "./EvidenceLine";
import { SeverityLabel } from "./severity";
import { CARD_STYLE } from "../card-style";

const useStyles = makeStyles({
  card: CARD_STYLE,
  finding: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  label: { fontWeight: tokens.fontWeightSemibold },
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  legal: { margin: 0, color: tokens.colorNeutralForeground2 },
  fields: { margin: 0, display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
});

/** "Fields: Sign-on bonus": what the flag is about, each a link to its field when the form is there. */
function FlagFields({ fields, onShowField }: { fields: readonly FieldKey[]; onShowField?: (key: FieldKey) => void }) {
  const styles = useStyles();
  if (fields.length === 0) return null;
  return (
    <p className={styles.fields}>
      <span className={styles.label}>Fields:</span>
      {fields.map((key) =>
        onShowField ? (
          <Link key={key} as="button" onClick={() => onShowField(key)}>
            {fieldSpec(key).label}
          </Link>
        ) : (
          <span key={key}>{fieldSpec(key).label}</span>
        ),
      )}
    </p>
  );
}

/**
 * The id of a flag's finding, which takes focus (tabIndex -1) when the flag counts above entry jump to it:
 * focus lands on the finding, so a screen reader reads what is weak first.
 */
export function flagFindingId(rule: string): string {
  return `flag-${rule}`;
}

/** A flag as a list item of the Flags panel. */
export function FlagCard({ flag, onShowField }: { flag: Flag; onShowField?: (key: FieldKey) => void }) {
  const styles = useStyles();
  const askId = useId();
  const askLabelId = useId();
  return (
    <li className={styles.card}>
      <SeverityLabel severity={flag.severity} />
      <h3 id={flagFindingId(flag.rule)} tabIndex={-1} className={styles.finding}>
        {flag.finding}
      </h3>
      <FlagFields fields={flag.fields} onShowField={onShowField} />
      {flag.evidence.length > 0 && (
        <ul className={styles.list} aria-label="Evidence">
          {flag.evidence.map((e, i) => (
            <EvidenceLine key={i} evidence={e} />
          ))}
        </ul>
      )}
      <div>
        <span id={askLabelId} className={styles.label}>
          {flag.questions?.length ? "Questions to ask" : "What to ask for"}
        </span>
        {flag.questions?.length ? (
          <ul id={askId} className={styles.list} aria-labelledby={askLabelId}>
            {flag.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        ) : (
          <blockquote id={askId} className={styles.quote}>
            “{flag.counterAsk}”
          </blockquote>
        )}
      </div>
      <CopyButton text={flag.counterAsk} describedBy={askId} />
      {flag.legal && (
        <p className={styles.legal}>
          <span className={styles.label}>Legal note: </span>
          {flag.legal}
        </p>
      )}
    </li>
  );
}
