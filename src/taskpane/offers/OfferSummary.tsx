/**
 * One stored offer in the Offers list: its headline numbers (nominal total comp beside year-1 take-home and
 * real take-home, so the list never suggests the bigger number is the better offer), its scarcity score
 * with the reasons line by line (each with its points and source, as =OFFER.SCARCITYWHY gives them), and
 * its Edit and Delete buttons.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { Delete16Regular, Edit16Regular } from "@fluentui/react-icons";
import { OfferError } from "../../core/errors";
import { dollars } from "../../core/format";
import type { Offer } from "../../core/offer/schema";
import { type ScarcityBreakdown, type SupplyRow, lineText, scarcityBreakdown } from "../../core/scarcity";
import { SeverityLabel } from "../flags/severity";
import type { Headline } from "./headline";
import { CARD_STYLE } from "../card-style";

export interface OfferSummaryProps {
  headline: Headline;
  onEdit: () => void;
  onDelete: () => void;
  /** True while a store action runs or the workbook is read-only. */
  writesDisabled: boolean;
  /** What a mentor wrote about this offer in the Mentor summary, if anything. */
  mentorNote?: string;
  /** The offer's scarcity breakdown (offerScarcity), or why there is none; absent: not shown. */
  scarcity?: ScarcityBreakdown | string;
}

/**
 * The scarcity of an offer as the Offers table's Scarcity column computes it (specialty, market, state),
 * with the candidate's flexibility and the Supply rows: the breakdown, or the reason there is none (a
 * specialty the model does not cover).
 */
export function offerScarcity(
  offer: Pick<Offer, "specialty" | "market" | "state">,
  flexibility: readonly string[],
  supply: readonly SupplyRow[],
): ScarcityBreakdown | string {
  try {
    return scarcityBreakdown({
      specialty: offer.specialty,
      market: offer.market ?? undefined,
      state: offer.state ?? undefined,
      flexibility,
      supply,
    });
  } catch (error) {
    if (error instanceof OfferError) return error.message;
    throw error;
  }
}

const useStyles = makeStyles({
  card: CARD_STYLE,
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    overflowWrap: "anywhere",
  },
  line: { margin: 0 },
  figures: { margin: 0, display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  flags: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  note: {
    margin: 0,
    whiteSpace: "pre-line",
    overflowWrap: "anywhere",
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
});

const money = (value: number | null) => (value === null ? "Not known" : dollars(Math.round(value)));

/** "2 red flags", "1 caution". */
function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** The score and its lines, each with its points and where the figure comes from. */
function ScarcityLines({ scarcity, employer }: { scarcity: ScarcityBreakdown | string; employer: string }) {
  const styles = useStyles();
  if (typeof scarcity === "string") return <p className={styles.line}>Scarcity: {scarcity}</p>;
  return (
    <>
      <p className={styles.line}>
        <strong>Scarcity {scarcity.score} of 100</strong>
        {scarcity.clamped ? ` (the lines sum to ${scarcity.unclamped}; scores are kept within 0–100)` : ""}
      </p>
      <ul className={styles.lines} aria-label={`Scarcity reasons: ${employer}`}>
        {scarcity.lines.map((line) => (
          <li key={line.label}>{lineText(line)}</li>
        ))}
      </ul>
    </>
  );
}

/** A list item summarising an offer. */
export function OfferSummary({ headline, onEdit, onDelete, writesDisabled, mentorNote, scarcity }: OfferSummaryProps) {
  const styles = useStyles();
  const { employer, specialty, stage, base, totalCompYear1, takeHomeYear1, realTakeHomeYear1, red, caution } = headline;
  // Without a state there is no tax to take: say what is missing rather than "Not known".
  const afterTax = (value: number | null) => (value === null && headline.needsState ? "Needs the state" : money(value));
  return (
    <li className={styles.card}>
      <h3 className={styles.title}>{employer}</h3>
      <p className={styles.line}>{[specialty, stage].filter(Boolean).join(" · ")}</p>
      <dl className={styles.figures}>
        <dt className={styles.term}>Base salary</dt>
        <dd className={styles.value}>{money(base)}</dd>
        <dt className={styles.term}>Total comp year 1 (nominal)</dt>
        <dd className={styles.value}>{money(totalCompYear1)}</dd>
        <dt className={styles.term}>Take-home year 1</dt>
        <dd className={styles.value}>{afterTax(takeHomeYear1)}</dd>
        <dt className={styles.term}>Real take-home year 1</dt>
        <dd className={styles.value}>{afterTax(realTakeHomeYear1)}</dd>
      </dl>
      <p className={styles.line}>
        {red + caution === 0 ? (
          "No red flags or cautions."
        ) : (
          <span className={styles.flags}>
            {red > 0 && <SeverityLabel severity="red" text={plural(red, "red flag")} />}
            {caution > 0 && <SeverityLabel severity="caution" text={plural(caution, "caution")} />}
          </span>
        )}
      </p>
      {scarcity !== undefined && <ScarcityLines scarcity={scarcity} employer={employer} />}
      {mentorNote && (
        <p className={styles.note}>
          <strong>Your mentor’s note: </strong>
          {mentorNote}
        </p>
      )}
      <div className={styles.buttons}>
        <Button icon={<Edit16Regular />} aria-label={`Edit ${employer}`} onClick={onEdit}>
          Edit
        </Button>
        <Button
          icon={<Delete16Regular />}
          aria-label={`Delete ${employer}`}
          onClick={onDelete}
          disabled={writesDisabled}
        >
          Delete
        </Button>
      </div>
    </li>
  );
}
