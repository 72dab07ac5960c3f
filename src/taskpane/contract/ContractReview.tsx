/**
 * What a contract says, before anything is saved: each field found with its value in words, how sure the
 * reading is and the sentence it came from; the fields the contract states two ways, with both quotes;
 * the clauses that matter and have no field, each with why; then "Check and save as an offer", which hands
 * the values to guided entry, where the user checks and saves them.
 */
import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Confidence, Extraction, FieldValue, Where } from "../../core/extract";
import { detailLines } from "../../core/extract/detail-words";
import { whereInWords } from "../../core/extract/where-words";
import { FIELDS, FIELD_KEYS } from "../../core/offer/fields";
import { legalNote } from "../../core/rules/legal";
import { CARD_STYLE } from "../card-style";
import { PANEL_STYLES } from "../panel-style";
import { valueInWords } from "../../core/offer/value-words";
import { CLAUSE_TITLES, CONFIDENCE_WORDS } from "./where-words";

export interface ContractReviewProps {
  extraction: Extraction;
  /** The file's name, or "pasted text". */
  source: string;
  onConfirm: () => void;
  /** Drops this reading (its text with it) to open or paste another contract. */
  onDiscard: () => void;
}

/** Said on the card itself, where the user decides: what happens to the contract's text. */
export const PRIVACY_LINE =
  "Read on this computer only: the contract's text is never sent anywhere or written to the workbook. " +
  "Only the values you check and save become an offer, with their sentences only if you tick that box in entry.";

const BADGE_COLOR: Record<Confidence, "success" | "warning" | "danger"> = {
  high: "success",
  medium: "warning",
  low: "danger",
};

const useStyles = makeStyles({
  card: { ...CARD_STYLE, margin: 0, minWidth: 0 },
  heading: PANEL_STYLES.subheading,
  text: PANEL_STYLES.text,
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  item: { listStyleType: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  line: { margin: 0, display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  label: { fontWeight: tokens.fontWeightSemibold },
  // Contract sentences are long and may hold unbroken text: they wrap, never widen the pane.
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  where: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The sentence a value came from, and where it stands in the contract. */
function Quote({ quote, where }: { quote: string; where: Where }) {
  const styles = useStyles();
  const place = whereInWords(where);
  return (
    <>
      <blockquote className={styles.quote}>“{quote}”</blockquote>
      {place && <p className={styles.where}>{place}</p>}
    </>
  );
}

function FoundFields({ extraction }: { extraction: Extraction }) {
  const styles = useStyles();
  const keys = FIELD_KEYS.filter((key) => extraction.fields[key] !== undefined);
  if (keys.length === 0)
    return (
      <p className={styles.text}>
        Leverage found no offer terms in this text. Check that it is the contract itself, or enter the offer step by
        step.
      </p>
    );
  return (
    <>
      <h4 className={styles.heading}>Found ({keys.length})</h4>
      <ul className={styles.list} aria-label="Found in the contract">
        {keys.map((key) => {
          const found = extraction.fields[key]!;
          return (
            <li key={key} className={styles.item}>
              {/* A div, not a p: Fluent's Badge is a div. */}
              <div className={styles.line}>
                <span className={styles.label}>{FIELDS[key].label}:</span>
                <span>{valueInWords(key, found.value)}</span>
                <Badge appearance="tint" color={BADGE_COLOR[found.confidence]}>
                  {CONFIDENCE_WORDS[found.confidence]}
                </Badge>
              </div>
              <Quote quote={found.quote} where={found.where} />
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** What the contract states that has no field of its own; entry puts the same words in the offer's notes. */
function Details({ extraction }: { extraction: Extraction }) {
  const styles = useStyles();
  const lines = detailLines(extraction.details);
  if (lines.length === 0) return null;
  return (
    <>
      <h4 className={styles.heading}>Also stated ({lines.length})</h4>
      <p className={styles.muted}>The offer has no field for these: entry puts them in its notes.</p>
      <ul className={styles.list} aria-label="Also stated in the contract">
        {lines.map((line) => (
          <li key={line.label} className={styles.item}>
            <p className={styles.line}>
              <span className={styles.label}>{line.label}:</span>
              <span>{line.text}</span>
            </p>
            <Quote quote={line.quote} where={line.where} />
          </li>
        ))}
      </ul>
    </>
  );
}

function Conflicts({ extraction }: { extraction: Extraction }) {
  const styles = useStyles();
  if (extraction.conflicts.length === 0) return null;
  const words = (field: (typeof extraction.conflicts)[number]["field"], value: FieldValue | undefined) =>
    value === undefined ? "" : valueInWords(field, value);
  return (
    <>
      <h4 className={styles.heading}>Stated two ways ({extraction.conflicts.length})</h4>
      <p className={styles.muted}>Left blank for you to fill in: ask the employer which one holds.</p>
      <ul className={styles.list} aria-label="Stated two ways">
        {extraction.conflicts.map((conflict) => (
          <li key={conflict.field} className={styles.item}>
            <p className={styles.line}>
              <span className={styles.label}>{FIELDS[conflict.field].label}:</span>
              <span>{conflict.values.map((value) => words(conflict.field, value)).join(" or ")}</span>
            </p>
            {conflict.quotes.map((quote, i) => (
              <blockquote key={i} className={styles.quote}>
                “{quote}”
              </blockquote>
            ))}
          </li>
        ))}
      </ul>
    </>
  );
}

function Clauses({ extraction }: { extraction: Extraction }) {
  const styles = useStyles();
  if (extraction.clauses.length === 0) return null;
  const state = extraction.fields.state?.value;
  return (
    <>
      <h4 className={styles.heading}>Clauses to read closely ({extraction.clauses.length})</h4>
      <ul className={styles.list} aria-label="Clauses to read closely">
        {extraction.clauses.map((clause, i) => (
          <li key={`${clause.kind}-${i}`} className={styles.item}>
            <p className={styles.label}>{CLAUSE_TITLES[clause.kind]}</p>
            <p className={styles.text}>{clause.why}</p>
            <Quote quote={clause.quote} where={clause.where} />
          </li>
        ))}
      </ul>
      <p className={styles.muted}>{legalNote("contract", typeof state === "string" ? state : null)}</p>
    </>
  );
}

export function ContractReview({ extraction, source, onConfirm, onDiscard }: ContractReviewProps) {
  const styles = useStyles();
  const anything = Object.keys(extraction.fields).length > 0 || extraction.conflicts.length > 0;
  return (
    <section className={styles.card} aria-labelledby="contract-review-heading">
      <h3 id="contract-review-heading" className={styles.heading}>
        What {source === "pasted text" ? "the pasted text" : `“${source}”`} says
      </h3>
      <p className={styles.muted}>{PRIVACY_LINE}</p>
      <FoundFields extraction={extraction} />
      <Details extraction={extraction} />
      <Conflicts extraction={extraction} />
      <Clauses extraction={extraction} />
      <div className={styles.actions}>
        {anything && (
          <Button appearance="primary" onClick={onConfirm}>
            Check and save as an offer
          </Button>
        )}
        <Button onClick={onDiscard}>Read another contract</Button>
      </div>
    </section>
  );
}
