/**
 * "Notes from your mentor": what the mentor wrote in the Mentor summary's Mentor notes column, shown back
 * to the candidate by offer, line breaks kept. A note whose offer has since been deleted is still shown
 * (the sheet keeps its row), so nothing the mentor wrote is hidden.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { StoredOffer } from "../../core/offer/offers-table";
import { CARD_STYLE } from "../card-style";

export interface MentorNotesProps {
  offers: readonly StoredOffer[];
  /** Offer ID → the note the mentor wrote. */
  notes: Readonly<Record<string, string>>;
}

/** One note with the offer it is about. */
export interface NoteShown {
  id: string;
  /** The employer, or a description of an offer no longer saved. */
  title: string;
  text: string;
}

/** The notes to show, in the order of the offers, then notes about offers no longer saved; blank ones left out. */
export function notesShown(offers: readonly StoredOffer[], notes: Readonly<Record<string, string>>): NoteShown[] {
  const written = (id: string) => (notes[id] ?? "").trim() !== "";
  const saved = offers
    .filter(({ offer }) => written(offer.id))
    .map(({ offer }) => ({ id: offer.id, title: offer.employer, text: notes[offer.id] }));
  const savedIds = new Set(offers.map(({ offer }) => offer.id));
  const gone = Object.keys(notes)
    .filter((id) => !savedIds.has(id) && written(id))
    .map((id) => ({ id, title: `An offer no longer saved (ID ${id})`, text: notes[id] }));
  return [...saved, ...gone];
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  card: CARD_STYLE,
  title: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  // The mentor's line breaks are kept, and a long word or link wraps rather than widening the pane.
  note: { margin: 0, whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  text: { margin: 0 },
});

/** The mentor's notes by offer, or how they will get here. */
export function MentorNotes({ offers, notes }: MentorNotesProps) {
  const styles = useStyles();
  const shown = notesShown(offers, notes);
  return (
    <section aria-labelledby="mentor-notes-heading" className={styles.root}>
      <h3 id="mentor-notes-heading" className={styles.heading}>
        Notes from your mentor
      </h3>
      {shown.length === 0 ? (
        <p className={styles.text}>
          No notes yet. After your mentor writes in the Mentor notes column and sends the workbook back, their notes
          show here.
        </p>
      ) : (
        <ul className={styles.list} aria-labelledby="mentor-notes-heading">
          {shown.map(({ id, title, text }) => (
            <li key={id} className={styles.card}>
              <h4 className={styles.title}>{title}</h4>
              <p className={styles.note}>{text}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
