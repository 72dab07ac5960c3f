/**
 * "Phrases to avoid": the four phrases that cost candidates money, each with the stronger thing to say
 * (with Copy) and why. Shown whatever the offer: they apply to every conversation with an employer.
 */
import { makeStyles } from "@fluentui/react-components";
import { useId } from "react";
import { PHRASES_TO_AVOID, type PhraseToAvoid } from "../../core/negotiation";
import { CARD_STYLE } from "../card-style";
import { CopyButton } from "../flags/CopyButton";
import { NEGOTIATE_STYLES } from "./styles";

const useStyles = makeStyles({ card: CARD_STYLE, ...NEGOTIATE_STYLES });

/** One phrase: "Instead of …", "say …" (quoted, with Copy), and why. */
function PhraseItem({ phrase }: { phrase: PhraseToAvoid }) {
  const styles = useStyles();
  const insteadId = useId();
  return (
    <li className={styles.card}>
      <p className={styles.text}>
        <span className={styles.label}>Instead of </span>“{phrase.avoid}”
      </p>
      <div>
        <span className={styles.label}>say </span>
        <blockquote id={insteadId} className={styles.quote}>
          “{phrase.instead}”
        </blockquote>
      </div>
      <CopyButton text={phrase.instead} describedBy={insteadId} />
      <p className={styles.small}>Why: {phrase.why}</p>
    </li>
  );
}

/** The phrases-to-avoid section, under the panel's h2. */
export function PhrasesToAvoid() {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h3 id={headingId} className={styles.subheading}>
        Phrases to avoid
      </h3>
      <p className={styles.text}>
        Employers improve offers for candidates who have options, know the numbers and ask for specific things. These
        phrases say the opposite.
      </p>
      <ul className={styles.list} aria-label="Phrases to avoid, with what to say instead">
        {PHRASES_TO_AVOID.map((phrase) => (
          <PhraseItem key={phrase.avoid} phrase={phrase} />
        ))}
      </ul>
    </section>
  );
}
