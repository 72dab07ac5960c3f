/**
 * The draft as written, with each phrase the signal check found in a <mark>: a highlight and an
 * underline for the eye, a number that ties it to the list below, and the signal in words for screen
 * readers ("(signals cheap)"), so the finding is never carried by colour alone. A long paste scrolls
 * inside its own labelled region instead of stretching the pane.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { type PhraseMatch, phraseSignalLabel } from "../../core/phrase-check";
import { highlightSegments } from "./highlight-segments";
import { NEGOTIATE_STYLES } from "./styles";

const useStyles = makeStyles({
  visuallyHidden: NEGOTIATE_STYLES.visuallyHidden,
  region: {
    margin: 0,
    maxHeight: "16em",
    overflowY: "auto",
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    // Keeps the draft's line breaks, and breaks a long word or URL rather than widening the pane.
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: "underline",
    textDecorationStyle: "wavy",
    textDecorationColor: tokens.colorPaletteDarkOrangeForeground1,
    textUnderlineOffset: "3px",
  },
  number: { fontSize: tokens.fontSizeBase100, fontWeight: tokens.fontWeightSemibold, marginLeft: "1px" },
});

export interface HighlightedProps {
  text: string;
  /**
   * The signal check's matches in `text`, sorted, none overlapping: all of them, or the first page of them
   * (the text after the last one given reads as plain text). The copy costs a few elements per match and
   * one per run of plain text between them, never one per character, however long the text.
   */
  matches: readonly PhraseMatch[];
}

/** The draft with its phrases marked, in a scrolling region labelled for what it is. */
export function Highlighted({ text, matches }: HighlightedProps) {
  const styles = useStyles();
  const segments = useMemo(() => highlightSegments(text, matches), [text, matches]);
  return (
    <div
      role="region"
      aria-label="Your text, with the phrases to reconsider marked"
      tabIndex={0}
      className={styles.region}
    >
      {segments.map((segment, i) =>
        "match" in segment ? (
          <mark key={i} className={styles.mark}>
            {segment.text}
            <span className={styles.visuallyHidden}> ({phraseSignalLabel(segment.match.signal).toLowerCase()})</span>
            <sup aria-hidden className={styles.number}>
              {segment.number}
            </sup>
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </div>
  );
}
