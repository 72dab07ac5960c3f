/**
 * One process of the Search table as a card: employer, stage, who vouches and how they know you, your own
 * connection, last contact, next step and its date, the linked offer, and the tier at that employer (in
 * words, with the reasons), with Edit and Remove.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { Delete16Regular, Edit16Regular } from "@fluentui/react-icons";
import type { StoredProcess, TierAtEmployer } from "../../core/campaign";
import { connectionLabel, stageLabel } from "../../core/campaign/search-row";
import { CARD_STYLE } from "../card-style";

export interface ProcessCardProps {
  stored: StoredProcess;
  tier: TierAtEmployer;
  /** The linked offer's label, or undefined. */
  offerLabel?: string;
  writesDisabled: boolean;
  onEdit(): void;
  onRemove(): void;
}

const useStyles = makeStyles({
  card: CARD_STYLE,
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    overflowWrap: "anywhere",
  },
  figures: { margin: 0, display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: "anywhere" },
  text: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

const or = (value: string | null, blank = "Not said") => (value === null || value === "" ? blank : value);

/** A list item for one process. */
export function ProcessCard({ stored, tier, offerLabel, writesDisabled, onEdit, onRemove }: ProcessCardProps) {
  const styles = useStyles();
  const p = stored.process;
  const vouch = p.voucher === null ? "Nobody yet" : `${p.voucher}${p.voucherKnowsYou ? ` (${p.voucherKnowsYou})` : ""}`;
  return (
    <li className={styles.card}>
      <h3 className={styles.title}>{p.employer}</h3>
      <dl className={styles.figures}>
        <dt className={styles.term}>Stage</dt>
        <dd className={styles.value}>{stageLabel(p.stage)}</dd>
        <dt className={styles.term}>Vouches for you</dt>
        <dd className={styles.value}>
          {vouch}
          {p.championWillCall ? "; will call for you" : ""}
        </dd>
        <dt className={styles.term}>Your connection</dt>
        <dd className={styles.value}>{p.connection === null ? "Not said" : connectionLabel(p.connection)}</dd>
        <dt className={styles.term}>Last contact</dt>
        <dd className={styles.value}>{or(p.lastContact)}</dd>
        <dt className={styles.term}>Next step</dt>
        <dd className={styles.value}>
          {or(p.nextStep, "None written")}
          {p.nextStepDate ? `, by ${p.nextStepDate}` : ""}
        </dd>
        <dt className={styles.term}>Offer</dt>
        <dd className={styles.value}>
          {offerLabel ?? (p.offerId ? `${p.offerId} (not in the Offers table)` : "None yet")}
        </dd>
        <dt className={styles.term}>Tier here</dt>
        <dd className={styles.value}>
          <strong>{tier.label}</strong>
        </dd>
      </dl>
      <ul className={styles.list} aria-label={`Why: tier at ${p.employer}`}>
        {tier.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <div className={styles.buttons}>
        <Button icon={<Edit16Regular />} aria-label={`Edit ${p.employer}`} onClick={onEdit}>
          Edit
        </Button>
        <Button
          icon={<Delete16Regular />}
          aria-label={`Remove ${p.employer}`}
          onClick={onRemove}
          disabled={writesDisabled}
        >
          Remove
        </Button>
      </div>
    </li>
  );
}
