/**
 * Public Service Loan Forgiveness by offer, under the Compare table: the estimate the multi-year value
 * counts, with its assumptions and its risks in words, or what is missing for one (a loan balance in the
 * profile, the offer's employer type).
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Offer } from "../../core/offer/schema";
import type { CandidateProfile } from "../../core/profile/settings";
import { pslfLines } from "./pslf-lines";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  text: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  risk: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface PslfNotesProps {
  offers: readonly Offer[];
  profile: CandidateProfile;
}

/** The PSLF section; a one-line pointer when the profile has no federal loan balance. */
export function PslfNotes({ offers, profile }: PslfNotesProps) {
  const styles = useStyles();
  const lines = pslfLines(offers, profile);
  return (
    <section className={styles.section} aria-labelledby="pslf-heading">
      <h3 id="pslf-heading" className={styles.heading}>
        Public Service Loan Forgiveness
      </h3>
      {lines.length === 0 ? (
        <p className={styles.text}>
          To estimate PSLF, enter your federal loan balance, rate and qualifying payments in your profile; each
          offer&apos;s employer type decides whether it counts.
        </p>
      ) : (
        lines.map((line) => (
          <div key={line.id}>
            <p className={styles.text}>
              <strong>{line.employer}</strong>: {line.summary}
            </p>
            {line.risks.length > 0 && (
              <ul className={styles.list} aria-label={`PSLF risks for ${line.employer}`}>
                {line.risks.map((risk) => (
                  <li key={risk} className={styles.risk}>
                    {risk}
                  </li>
                ))}
              </ul>
            )}
            {line.assumptions.length > 0 && (
              <details>
                <summary>How this was estimated</summary>
                <ul className={styles.list}>
                  {line.assumptions.map((a) => (
                    <li key={a}>{a}</li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        ))
      )}
    </section>
  );
}
