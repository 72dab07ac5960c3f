/**
 * "Signal check": the candidate pastes a draft email or call notes; the pane marks the phrases that make
 * them read as cheap, replaceable or desperate and lists each with why and the business-like thing to say
 * instead. The check runs once per change of the text, and React may let typing run ahead of it on a long
 * paste (a deferred value), so the box never lags under the fingers. The check is linear in the text and
 * reads at most SIGNAL_CHECK_MAX_CHARS (50,000 characters take a few milliseconds); longer text stays in the
 * box, unchecked, with a message saying why. The phrases found are shown a page at a time, in the list and
 * in the marked copy of the text alike, so a paste full of them never fills the pane with thousands of cards.
 */
import { figure } from "../../core/format";
import { count } from "../../core/rules/wording";
import { Button, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { Warning16Regular } from "@fluentui/react-icons";
import { useDeferredValue, useId, useMemo, useState } from "react";
import { draftLengthProblem } from "../../core/input-limits";
import { checkPhrases, type PhraseMatch, phraseSignalLabel } from "../../core/phrase-check";
import { CARD_STYLE } from "../card-style";
import { CopyButton } from "../flags/CopyButton";
import { Highlighted } from "./Highlighted";
import { NEGOTIATE_STYLES } from "./styles";
import { suggestionOf } from "./suggestion";

export interface SignalCheckProps {
  draft: string;
  onDraftChange(text: string): void;
}

const useStyles = makeStyles({
  card: CARD_STYLE,
  ...NEGOTIATE_STYLES,
  signal: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  icon: { color: tokens.colorPaletteDarkOrangeForeground1 },
  more: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** Phrases shown at first, and how many more each "Show more" adds. */
export const PHRASES_PAGE = 50;

/** What the live region says: how many phrases to reconsider, or that none signals weakness. */
function signalSummary(text: string, matches: readonly PhraseMatch[]): string {
  if (text.trim() === "") return "";
  const tooLong = draftLengthProblem(text);
  if (tooLong) return tooLong;
  if (matches.length === 0) return "Nothing here signals cheap, replaceable or desperate.";
  return `${count(matches.length, "phrase")} to reconsider.`;
}

/** One phrase found: the phrase, its signal in words, why, any advice, and what to say instead with Copy. */
function MatchItem({ match, number }: { match: PhraseMatch; number: number }) {
  const styles = useStyles();
  const wordsId = useId();
  const { advice, words } = suggestionOf(match.instead);
  return (
    <li className={styles.card}>
      <h4 className={styles.cardHeading}>
        {number}. “{match.text}”
      </h4>
      <span className={styles.signal}>
        <Warning16Regular className={styles.icon} aria-hidden />
        {phraseSignalLabel(match.signal)}
      </span>
      <p className={styles.text}>{match.why}</p>
      {advice && <p className={styles.text}>{advice}</p>}
      <div>
        <span className={styles.label}>Say instead:</span>
        <blockquote id={wordsId} className={styles.quote}>
          “{words}”
        </blockquote>
      </div>
      <CopyButton text={words} describedBy={wordsId} />
    </li>
  );
}

/** The signal-check section, under the panel's h2. */
export function SignalCheck({ draft, onDraftChange }: SignalCheckProps) {
  const styles = useStyles();
  const headingId = useId();
  const checked = useDeferredValue(draft);
  const matches = useMemo(() => (draftLengthProblem(checked) ? [] : checkPhrases(checked)), [checked]);
  const [page, setPage] = useState(PHRASES_PAGE);
  const shown = useMemo(() => (matches.length > page ? matches.slice(0, page) : matches), [matches, page]);
  const rest = matches.length - shown.length;
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h3 id={headingId} className={styles.subheading}>
        Signal check
      </h3>
      <Field
        label="Paste a draft email or call notes"
        hint="Phrases that make you sound cheap, replaceable or desperate are marked as you type. What you paste stays in this pane: it is not saved to the workbook."
      >
        <Textarea value={draft} resize="vertical" rows={6} onChange={(_, data) => onDraftChange(data.value)} />
      </Field>
      <p role="status" className={styles.text}>
        {signalSummary(checked, matches)}
      </p>
      {matches.length > 0 && (
        <>
          {rest > 0 && (
            <p className={styles.text}>
              The first {figure(shown.length)} of {figure(matches.length)} phrases are marked and listed.
            </p>
          )}
          <Highlighted text={checked} matches={shown} />
          <ol className={styles.list} aria-label="Phrases to reconsider">
            {shown.map((match, i) => (
              <MatchItem key={`${match.start}-${match.rule}`} match={match} number={i + 1} />
            ))}
          </ol>
          {rest > 0 && (
            <div className={styles.more}>
              <span className={styles.text}>
                Showing {figure(shown.length)} of {figure(matches.length)}.
              </span>
              <Button size="small" onClick={() => setPage(page + PHRASES_PAGE)}>
                Show {Math.min(rest, PHRASES_PAGE)} more phrases
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
