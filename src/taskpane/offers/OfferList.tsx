/**
 * The list of stored offers with their headline numbers. A chunk of its own: the flag counts need the rules
 * and the benchmarks they judge against, the largest part of the core, which the pane's first paint (the
 * header, the tabs, "Reading the workbook…") does not.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { fieldsOf, type StoredOffer } from "../../core/offer/offers-table";
import type { WorkbookSnapshot } from "../../workbook/store";
import { headlineOf } from "./headline";
import { OfferSummary } from "./OfferSummary";

export interface OfferListProps {
  snapshot: WorkbookSnapshot;
  writesDisabled: boolean;
  onEdit: (stored: StoredOffer) => void;
  /** The user asked to delete this offer (the caller asks first). */
  onDelete: (stored: StoredOffer) => void;
}

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

/** The stored offers, each with its headline numbers, Edit and Delete; nothing when there are none. */
export function OfferList({ snapshot, writesDisabled, onEdit, onDelete }: OfferListProps) {
  const styles = useStyles();
  const offers = useMemo(
    () =>
      snapshot.offers.map((stored) => ({ stored, headline: headlineOf(fieldsOf(stored.offer), snapshot.benchmarks) })),
    [snapshot],
  );
  if (offers.length === 0) return null;
  return (
    <ul className={styles.list} aria-label="Stored offers">
      {offers.map(({ stored, headline }) => (
        <OfferSummary
          key={stored.offer.id}
          headline={headline}
          mentorNote={snapshot.mentorNotes[stored.offer.id]}
          writesDisabled={writesDisabled}
          onEdit={() => onEdit(stored)}
          onDelete={() => onDelete(stored)}
        />
      ))}
    </ul>
  );
}
