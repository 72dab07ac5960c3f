/**
 * The "Offers" panel: the offers stored in the workbook with their headline numbers, rows that cannot be
 * read, "New offer", and Edit and Delete for each offer (Delete asks first). `OffersPanel` is the tab as
 * the pane shows it, over the pane's state; `OffersTab` takes plain props.
 */
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { Add16Regular, ArrowClockwise16Regular } from "@fluentui/react-icons";
import { type ReactNode, Suspense, lazy, useEffect, useRef, useState } from "react";
import type { StoredOffer } from "../../core/offer/offers-table";
import type { CandidateProfile } from "../../core/profile/settings";
import type { WorkbookSnapshot } from "../../workbook/store";
import { UnreadableRows } from "./UnreadableRows";
import { useAction } from "../state/action";
import { useCandidate } from "../state/candidate";
import { OFFERS_HEADING_ID, useOfferEditing } from "../state/offer-editing";
import { useWorkbookData } from "../state/workbook-data";
import { forgetQuotes } from "../contract/kept-quotes";

export interface OffersTabProps {
  snapshot: WorkbookSnapshot | null;
  /** True while the workbook is being read. */
  loading: boolean;
  /** True while this panel's delete runs. */
  deleting: boolean;
  /** Another action is reading or writing the workbook: Refresh waits until it is done. */
  busy: boolean;
  /** True while any store action runs or the workbook is read-only. */
  writesDisabled: boolean;
  /** What the last save or delete did, e.g. "Saved “Riverside”." */
  notice?: string;
  failure?: ReactNode;
  onNew: () => void;
  onEdit: (stored: StoredOffer) => void;
  /** Deletes the offer; resolves when the attempt is over, whatever its outcome. */
  onDelete: (stored: StoredOffer) => Promise<unknown>;
  /** Reads the workbook again (inside Excel, where the grid can change under the pane). */
  onRefresh?: () => void;
  /** The candidate profile the take-home figures are computed for (the Profile sheet's, defaults where blank). */
  profile: CandidateProfile;
}

// The dialog (and Fluent's dialog, motion and portal code) loads when the user first asks to delete.
const DeleteDialog = lazy(() =>
  import(/* webpackChunkName: "delete-dialog" */ "./DeleteDialog").then((m) => ({ default: m.DeleteDialog })),
);

// The list's flag counts need the rules, which the first paint does not: their chunk starts downloading as
// this module runs, alongside Office.js starting up and the workbook being read, and is there when the
// offers are.
const offerList = import(/* webpackChunkName: "offer-list" */ "./OfferList");

// "Open a contract" lives here, on the first screen, rather than as a tab of its own: a resident starts
// from the contract in hand, a ninth tab would crowd a 320 px pane, and entry's steps belong to entry. Its
// section (and the contract readers, later still) load only when the user asks for it.
const OpenContractPanel = lazy(() =>
  import(/* webpackChunkName: "open-contract" */ "../contract/OpenContract").then((m) => ({
    default: m.OpenContractPanel,
  })),
);
const OfferList = lazy(() => offerList.then((m) => ({ default: m.OfferList })));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  toolbar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  heading: { margin: 0, marginRight: "auto", fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  empty: { margin: 0 },
});

/** The list of offers and what can be done with them. */
export function OffersTab(props: OffersTabProps) {
  const {
    snapshot,
    loading,
    deleting,
    busy,
    writesDisabled,
    notice,
    failure,
    onNew,
    onEdit,
    onDelete,
    onRefresh,
    profile,
  } = props;
  const styles = useStyles();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [pending, setPending] = useState<StoredOffer | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [contractOpen, setContractOpen] = useState(false);
  // The Delete button that opened the dialog: Cancel gives focus back to it (WCAG 2.4.3), not to the page.
  const opener = useRef<HTMLElement | null>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (!returnFocus.current || dialogOpen) return;
    returnFocus.current = false;
    opener.current?.focus();
  }, [dialogOpen]);

  const reading = <Spinner size="small" label="Reading the workbook…" />;

  const confirmDelete = async () => {
    if (!pending) return;
    await onDelete(pending);
    setDialogOpen(false);
    // The offer's Delete button may be gone: focus goes to the list's heading, not to the page's top.
    headingRef.current?.focus();
  };

  return (
    <div className={styles.root}>
      <div className={styles.toolbar}>
        <h2 id={OFFERS_HEADING_ID} ref={headingRef} tabIndex={-1} className={styles.heading}>
          Offers
        </h2>
        <Button appearance="primary" icon={<Add16Regular />} onClick={onNew}>
          New offer
        </Button>
        {/* No icon: a document icon from another of Fluent's icon files added about 20 KB to the first screen. */}
        <Button aria-expanded={contractOpen} onClick={() => setContractOpen(!contractOpen)}>
          Open a contract
        </Button>
        {onRefresh && (
          <Button icon={<ArrowClockwise16Regular />} onClick={onRefresh} disabled={busy}>
            Refresh
          </Button>
        )}
      </div>
      {contractOpen && (
        <Suspense fallback={<Spinner size="small" label="Loading…" />}>
          <OpenContractPanel />
        </Suspense>
      )}
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {failure}
      {loading && reading}
      {snapshot && <UnreadableRows rows={snapshot.unreadable} />}
      {snapshot && snapshot.offers.length === 0 && (
        <p className={styles.empty}>
          No offers yet. Choose New offer to enter the ten things that decide one (every detail is a click away), or
          Open a contract to have Leverage fill one in from the contract&apos;s text.
        </p>
      )}
      {snapshot && snapshot.offers.length > 0 && (
        // Only in the moment the list's chunk may still be on its way; never beside the spinner above.
        <Suspense fallback={loading ? null : reading}>
          <OfferList
            snapshot={snapshot}
            profile={profile}
            writesDisabled={writesDisabled}
            onEdit={onEdit}
            onDelete={(stored) => {
              opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
              setPending(stored);
              setDialogOpen(true);
            }}
          />
        </Suspense>
      )}
      {pending && (
        <Suspense fallback={null}>
          <DeleteDialog
            open={dialogOpen}
            employer={pending.offer.employer}
            deleting={deleting}
            onConfirm={() => void confirmDelete()}
            onCancel={() => {
              returnFocus.current = true;
              setDialogOpen(false);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}

/** The Offers tab over the pane's state: the workbook, the action in progress, the offer being edited. */
export function OffersPanel() {
  const { store, snapshot, writeBlocked, reload } = useWorkbookData();
  const { busy, run, notice, setNotice, failureIn } = useAction();
  const { profile } = useCandidate();
  const { entry, newOffer, edit } = useOfferEditing();

  const remove = (stored: StoredOffer) =>
    run(
      "offers",
      async () => {
        await store.remove(stored.offer.id, stored.revision);
        return forgetQuotes(store, stored.offer.id, (snapshot?.contractQuotes?.[stored.offer.id] ?? []).length > 0);
      },
      (quotes) => {
        setNotice(`Deleted “${stored.offer.employer}”.${quotes}`);
        // The offer being edited is gone from the workbook: saving the draft adds it anew.
        if (entry.editing?.offer.id === stored.offer.id) entry.detach();
      },
    );

  return (
    <OffersTab
      snapshot={snapshot}
      loading={busy === "load"}
      deleting={busy === "offers"}
      busy={busy !== null}
      writesDisabled={busy !== null || writeBlocked !== undefined}
      notice={notice}
      failure={failureIn("offers", "Offer not deleted")}
      onNew={newOffer}
      onEdit={edit}
      onDelete={remove}
      onRefresh={store.kind === "excel" ? () => void reload() : undefined}
      profile={profile.profile}
    />
  );
}
