/**
 * "Your plan": for one offer, the two or three asks to lead with, then "if there is room" the cash asks
 * (dollars a year) and the non-cash asks (time, title, protections) apart; what the cash asks are worth
 * together (an upper bound, D-grade estimates and non-cash asks left out: never summed with cash); which
 * leverage tier the lead was chosen for; and the button that writes the plan to the Negotiation sheet, with
 * why it is off when it is, the failure bar and what the last write did.
 */
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentTable16Regular } from "@fluentui/react-icons";
import { type ReactNode, useId } from "react";
import { dollars } from "../../core/format";
import { tierLabel } from "../../core/leverage";
import type { Ask, PlanSections } from "../../core/negotiation";
import { AskCard } from "./AskCard";
import { NEGOTIATE_STYLES } from "./styles";

export interface PlanListProps {
  sections: PlanSections;
  /** False when the candidate has not answered the Leverage checklist: the core assumed the middle tier. */
  tierKnown: boolean;
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

/** One part of the plan: an h4, a line saying what it holds, and its asks ranked from `firstRank`. */
function PlanPart(props: {
  heading: string;
  about: string;
  listLabel: string;
  asks: readonly Ask[];
  firstRank: number;
}) {
  const { heading, about, listLabel, asks, firstRank } = props;
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h4 id={headingId} className={styles.partHeading}>
        {heading}
      </h4>
      <p className={styles.text}>{about}</p>
      <ol className={styles.list} aria-label={listLabel}>
        {asks.map((ask, i) => (
          <AskCard key={ask.id} ask={ask} rank={firstRank + i} />
        ))}
      </ol>
    </section>
  );
}

/** Which tier the lead was chosen for (this employer's Search row, the Leverage tab), or that the middle tier was assumed. */
function tierLine(sections: PlanSections, known: boolean): string {
  if (sections.tierFrom === "search") {
    return `Chosen for your leverage tier at this employer, ${tierLabel(sections.tier)}, from your job search under Campaign.`;
  }
  return known
    ? `Chosen for your leverage tier, ${tierLabel(sections.tier)}, from the Leverage tab.`
    : `Chosen for the middle leverage tier, ${tierLabel(sections.tier)}, as your tier is not known yet: answer the checklist under Leverage to fit the plan to you.`;
}

/** The plan's section, under the panel's h2. */
export function PlanList(props: PlanListProps) {
  const { sections, tierKnown, offerLabel, onWrite, writing, writeBlocked, failure, notice } = props;
  const styles = useStyles();
  const headingId = useId();
  const sheetNoteId = useId();
  const blockedId = useId();
  const { lead, cash, nonCash, cashTotalPerYear } = sections;
  const all = lead.length + cash.length + nonCash.length;
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h3 id={headingId} className={styles.subheading}>
        Your plan
      </h3>
      {all === 0 ? (
        <p className={styles.text}>
          Nothing specific to ask for in {offerLabel} from what it holds so far. Terms left blank cannot be judged: fill
          them in under Enter offer.
        </p>
      ) : (
        <>
          <p className={styles.text}>
            {all === 1 ? "One ask" : `${all} asks`} for {offerLabel}. Each value is an estimate and says how it was
            worked out.
          </p>
          <p className={styles.text}>{tierLine(sections, tierKnown)}</p>
          {sections.parallelSentence && (
            <p className={styles.text}>
              True from your job search, so you can say it: “{sections.parallelSentence}” Name no one unless asked.
            </p>
          )}
          {lead.length === 0 && (
            <p className={styles.text}>
              Nothing to lead with: no term here is flagged, and no cash ask is both worth much and likely to move. The
              asks below are for if there is room.
            </p>
          )}
          {lead.length > 0 && (
            <PlanPart
              heading="Lead with these"
              about="Open with these: what is most likely to pay off, given how often employers move on each term and your leverage."
              listLabel={`Asks for ${offerLabel}: lead with these`}
              asks={lead}
              firstRank={1}
            />
          )}
          {cash.length > 0 && (
            <PlanPart
              heading="If there is room: cash"
              about="Pay, bonuses and money not spent, by dollars a year."
              listLabel={`Asks for ${offerLabel}: cash, if there is room`}
              asks={cash}
              firstRank={lead.length + 1}
            />
          )}
          {nonCash.length > 0 && (
            <PlanPart
              heading="If there is room: time, title and protections"
              about="Not cash: never added to the cash total. A dollar figure here is a rough estimate (grade D) or a cost on leaving."
              listLabel={`Asks for ${offerLabel}: non-cash, if there is room`}
              asks={nonCash}
              firstRank={lead.length + cash.length + 1}
            />
          )}
          {cashTotalPerYear > 0 && (
            <p className={styles.text}>
              If every cash ask were met, lead included: about {dollars(Math.round(cashTotalPerYear))} a year. This is
              an upper bound, not a forecast: employers rarely agree to every ask, and some asks overlap. Non-cash asks
              and rough estimates (grade D) are not counted.
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
