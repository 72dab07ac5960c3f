/**
 * The list of stored offers with their headline numbers. A chunk of its own: the flag counts need the rules
 * and the benchmarks they judge against, and take-home the tax tables and price levels, the largest part of
 * the core, which the pane's first paint (the header, the tabs, "Reading the workbook…") does not.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { StoredOffer } from "../../core/offer/offers-table";
import type { CandidateProfile } from "../../core/profile/settings";
import type { WorkbookSnapshot } from "../../workbook/store";
import { headlineOf } from "./headline";
import { modelSupply } from "../scarcity/supply-rows";
import { OfferSummary, offerScarcity } from "./OfferSummary";

export interface OfferListProps {
  snapshot: WorkbookSnapshot;
  /** The candidate profile the take-home figures are computed for. */
  profile: CandidateProfile;
  writesDisabled: boolean;
  onEdit: (stored: StoredOffer) => void;
  /** The user asked to delete this offer (the caller asks first). */
  onDelete: (stored: StoredOffer) => void;
}

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

/** The stored offers, each with its headline numbers, Edit and Delete; nothing when there are none. */
export function OfferList({ snapshot, profile, writesDisabled, onEdit, onDelete }: OfferListProps) {
  const styles = useStyles();
  const offers = useMemo(() => {
    // Scarcity by the offer's state, with the user's Supply rows when they have imported some.
    const supply = modelSupply(snapshot.supply ?? []);
    return snapshot.offers.map((stored) => ({
      stored,
      headline: headlineOf(stored.offer, { benchmarks: snapshot.benchmarks, profile }),
      scarcity: offerScarcity(stored.offer, [], supply),
    }));
  }, [snapshot, profile]);
  if (offers.length === 0) return null;
  return (
    <ul className={styles.list} aria-label="Stored offers">
      {offers.map(({ stored, headline, scarcity }) => (
        <OfferSummary
          key={stored.offer.id}
          headline={headline}
          scarcity={scarcity}
          mentorNote={snapshot.mentorNotes[stored.offer.id]}
          writesDisabled={writesDisabled}
          onEdit={() => onEdit(stored)}
          onDelete={() => onDelete(stored)}
        />
      ))}
    </ul>
  );
}
