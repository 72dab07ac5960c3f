/**
 * "Your plan": the ranked asks for one offer, an upper bound on what they are worth together, and the
 * button that writes the plan to the Negotiation sheet, with why it is off when it is, the failure bar and
 * what the last write did.
 */
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentTable16Regular } from "@fluentui/react-icons";
import { type ReactNode, useId } from "react";
import { dollars } from "../../core/format";
import type { Ask } from "../../core/negotiation";
import { AskCard } from "./AskCard";
import { NEGOTIATE_STYLES } from "./styles";

export interface PlanListProps {
  asks: readonly Ask[];
  /** How the offer is named in the picker. */
  offerLabel: string;
  onWrite(): void;
  writing: boolean;
  writeBlocked?: string;
  failure?: ReactNode;
  notice: string;
}

const useStyles = makeStyles({
  ...NEGOTIATE_STYLES,
  buttons: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** The sum of the asks' dollar values, or null when none has one. */
function valuedTotal(asks: readonly Ask[]): number | null {
  const values = asks.map((a) => a.valuePerYear).filter((v): v is number => v !== null);
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0);
}

/** The plan's section, under the panel's h2. */
export function PlanList({ asks, offerLabel, onWrite, writing, writeBlocked, failure, notice }: PlanListProps) {
  const styles = useStyles();
  const headingId = useId();
  const sheetNoteId = useId();
  const blockedId = useId();
  const total = valuedTotal(asks);
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h3 id={headingId} className={styles.subheading}>
        Your plan
      </h3>
      {asks.length === 0 ? (
        <p className={styles.text}>
          Nothing specific to ask for in {offerLabel} from what it holds so far. Terms left blank cannot be judged: fill
          them in under Enter offer.
        </p>
      ) : (
        <>
          <p className={styles.text}>
            {asks.length === 1 ? "One ask" : `${asks.length} asks`} for {offerLabel}, the largest yearly value first.
            Each value is an estimate and says how it was worked out.
          </p>
          <ol className={styles.list} aria-label={`Asks for ${offerLabel}`}>
            {asks.map((ask, i) => (
              <AskCard key={ask.id} ask={ask} rank={i + 1} />
            ))}
          </ol>
          {total !== null && (
            <p className={styles.text}>
              If every valued ask were met: about {dollars(Math.round(total))} a year. This is an upper bound, not a
              forecast: employers rarely agree to every ask, and some asks overlap.
            </p>
          )}
        </>
      )}
      <p id={sheetNoteId} className={styles.text}>
        The Negotiation sheet lists each ask with its script. Its Status and Their answer columns are yours to fill in
        as the conversation goes; Leverage never overwrites them.
      </p>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          icon={<DocumentTable16Regular />}
          onClick={onWrite}
          disabledFocusable={writing || Boolean(writeBlocked)}
          aria-describedby={writeBlocked ? `${sheetNoteId} ${blockedId}` : sheetNoteId}
        >
          Write this plan to the Negotiation sheet
        </Button>
        {writing && <Spinner size="tiny" label="Writing the plan…" />}
      </div>
      {writeBlocked && (
        <p id={blockedId} className={styles.text}>
          {writeBlocked}
        </p>
      )}
      {failure}
      <div role="status">
        {notice && (
          <MessageBar intent="success">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
