/**
 * The pane's tabs, in the order they show: one row each. App renders the tab list and the shown panel
 * from this table, and the tab's id is also its action scope (where its progress and failures show).
 * Adding a tab is a row here and a folder `src/taskpane/<tab>/` whose panel takes no props and reads what
 * it needs with the hooks in `state/` (see docs/how-to.md, "Add a tab").
 *
 * Every panel but the first loads as its own chunk when its tab is first opened, so the first screen
 * downloads only the Offers list.
 */
import { type ComponentType, type ReactElement, lazy } from "react";
import { OffersPanel } from "./offers/OffersTab";
import { useAction } from "./state/action";
import { useOfferEditing } from "./state/offer-editing";
import { useWorkbookData } from "./state/workbook-data";

export interface PaneTabRow {
  /** The tab's id: its element ids (`tab-<id>`, `panel-<id>`) and its action scope. */
  id: string;
  /** The tab's name on screen. */
  label: string;
  /** The panel; takes no props (it reads the pane's state with hooks). Lazy for all but the first screen. */
  Panel: ComponentType;
  /** In the preview, the rows Leverage would write show under this tab's panel. */
  previewRows: boolean;
  /** An icon before the label, if the tab has one. */
  icon?: ReactElement;
}

/** A panel loaded on first use; `load` names its chunk with a webpackChunkName comment. */
function lazyPanel(load: () => Promise<ComponentType>): ComponentType {
  return lazy(() => load().then((Panel) => ({ default: Panel })));
}

/**
 * The Enter offer panel over the pane's state. OfferEntry keeps its plain props for now, so this adapter
 * reads the hooks for it and loads with it in the entry chunk; once OfferEntry.tsx exports an
 * `EntryPanel` of its own, this row becomes like the others.
 */
const EntryPanel = lazyPanel(() =>
  import(/* webpackChunkName: "entry" */ "./entry/OfferEntry").then(
    ({ OfferEntry }) =>
      function EntryPanel() {
        const { benchmarks } = useWorkbookData();
        const { busy, notice, blockedFor, failureIn } = useAction();
        const { entry, changeField, save, reloadEntry } = useOfferEditing();
        return (
          <OfferEntry
            entry={entry}
            onFieldChange={changeField}
            benchmarks={benchmarks}
            onSave={() => save()}
            notice={notice}
            saving={busy === "entry"}
            saveBlocked={blockedFor("entry", "save in a moment")}
            failure={failureIn("entry", "Offer not saved", () => void reloadEntry())}
          />
        );
      },
  ),
);

export const TABS = [
  // The first screen: in the main bundle.
  { id: "offers", label: "Offers", Panel: OffersPanel, previewRows: true },
  { id: "entry", label: "Enter offer", Panel: EntryPanel, previewRows: false },
  {
    id: "compare",
    label: "Compare",
    Panel: lazyPanel(() =>
      import(/* webpackChunkName: "compare" */ "./compare/CompareTab").then((m) => m.ComparePanel),
    ),
    previewRows: true,
  },
  {
    id: "negotiate",
    label: "Negotiate",
    Panel: lazyPanel(() =>
      import(/* webpackChunkName: "negotiate" */ "./negotiate/NegotiateTab").then((m) => m.NegotiatePanel),
    ),
    previewRows: true,
  },
  {
    id: "leverage",
    label: "Leverage",
    Panel: lazyPanel(() =>
      import(/* webpackChunkName: "leverage" */ "./leverage/LeverageTab").then((m) => m.LeveragePanel),
    ),
    previewRows: false,
  },
  {
    id: "campaign",
    label: "Campaign",
    Panel: lazyPanel(() =>
      import(/* webpackChunkName: "campaign" */ "./campaign/CampaignTab").then((m) => m.CampaignPanel),
    ),
    previewRows: true,
  },
  {
    id: "scarcity",
    label: "Scarcity",
    Panel: lazyPanel(() =>
      import(/* webpackChunkName: "scarcity" */ "./scarcity/ScarcityTab").then((m) => m.ScarcityPanel),
    ),
    previewRows: true,
  },
  {
    id: "share",
    label: "Share",
    Panel: lazyPanel(() => import(/* webpackChunkName: "share" */ "./share/ShareTab").then((m) => m.SharePanel)),
    previewRows: true,
  },
  {
    id: "benchmarks",
    label: "Benchmarks",
    Panel: lazyPanel(() =>
      import(/* webpackChunkName: "benchmarks" */ "./benchmarks/BenchmarksTab").then((m) => m.BenchmarksPanel),
    ),
    previewRows: true,
  },
  {
    id: "formulas",
    label: "Formulas",
    Panel: lazyPanel(() => import(/* webpackChunkName: "formulas" */ "./FormulaList").then((m) => m.FormulaList)),
    previewRows: false,
  },
] as const satisfies readonly PaneTabRow[];

/** A tab's id, e.g. "compare". */
export type PaneTab = (typeof TABS)[number]["id"];
