/**
 * The task pane: the header with the mode banner, then tabs: the stored offers, guided entry with live
 * flags, the offers compared side by side, a negotiation plan with the signal check, the leverage check,
 * sharing with a mentor, benchmark import and the OFFER formulas. In the preview, the rows Leverage would
 * write show below.
 */
import {
  FluentProvider,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  type Theme,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { type ReactNode, Suspense, lazy } from "react";
import type { PaneHost } from "./host";
import { ModeBanner } from "./ModeBanner";
import { OffersTab } from "./offers/OffersTab";
import { type PaneTab, usePane } from "./use-pane";
import { FailureBar } from "./state/FailureBar";
import type { ActionScope } from "./state/use-workbook";
import type { OfferStore } from "../workbook/store";

export interface AppProps {
  host: PaneHost;
  store: OfferStore;
  /** The Office theme inside Office; light in the preview and in tests. */
  theme?: Theme;
}

// The first screen is the Offers list: the other panels (and the form controls and help text they bring)
// load when first opened.
const OfferEntry = lazy(() =>
  import(/* webpackChunkName: "entry" */ "./entry/OfferEntry").then((m) => ({ default: m.OfferEntry })),
);
const BenchmarksTab = lazy(() =>
  import(/* webpackChunkName: "benchmarks" */ "./benchmarks/BenchmarksTab").then((m) => ({ default: m.BenchmarksTab })),
);
const FormulaList = lazy(() =>
  import(/* webpackChunkName: "formulas" */ "./FormulaList").then((m) => ({ default: m.FormulaList })),
);
const CompareTab = lazy(() =>
  import(/* webpackChunkName: "compare" */ "./compare/CompareTab").then((m) => ({ default: m.CompareTab })),
);
const NegotiateTab = lazy(() =>
  import(/* webpackChunkName: "negotiate" */ "./negotiate/NegotiateTab").then((m) => ({ default: m.NegotiateTab })),
);
const LeverageTab = lazy(() =>
  import(/* webpackChunkName: "leverage" */ "./leverage/LeverageTab").then((m) => ({ default: m.LeverageTab })),
);
const ShareTab = lazy(() =>
  import(/* webpackChunkName: "share" */ "./share/ShareTab").then((m) => ({ default: m.ShareTab })),
);
// Only the preview shows the rows it would write: inside Excel the grid shows them, so the tables' code is
// never downloaded there.
const UnsavedChangesDialog = lazy(() =>
  import(/* webpackChunkName: "unsaved-dialog" */ "./entry/UnsavedChangesDialog").then((m) => ({
    default: m.UnsavedChangesDialog,
  })),
);
const PreviewRows = lazy(() =>
  import(/* webpackChunkName: "preview-rows" */ "./preview/PreviewRows").then((m) => ({ default: m.PreviewRows })),
);

const TABS: ReadonlyArray<{ value: PaneTab; name: string }> = [
  { value: "offers", name: "Offers" },
  { value: "entry", name: "Enter offer" },
  { value: "compare", name: "Compare" },
  { value: "negotiate", name: "Negotiate" },
  { value: "leverage", name: "Leverage" },
  { value: "share", name: "Share" },
  { value: "benchmarks", name: "Benchmarks" },
  { value: "formulas", name: "Formulas" },
];

/** The tabs under which the preview shows the rows Leverage would write. */
const PREVIEW_TABS: ReadonlySet<PaneTab> = new Set(["offers", "benchmarks", "compare", "negotiate", "share"]);

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600 },
  titleRow: { display: "flex", alignItems: "baseline", justifyContent: "space-between" },
  main: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  // The pane can be 320 px wide: the tabs wrap rather than run off its edge.
  tabs: { flexWrap: "wrap" },
});

/** The whole pane over one store. */
export function App({ host, store, theme = webLightTheme }: AppProps) {
  const styles = useStyles();
  const pane = usePane(store);
  const { workbook, entry, tab, writeBlocked } = pane;
  const { snapshot, busy, failure } = workbook;
  const writesDisabled = busy !== null || writeBlocked !== undefined;
  const offers = snapshot?.offers ?? [];
  const benchmarks = snapshot?.benchmarks ?? [];
  const preview = store.kind === "memory";
  /** Why a write cannot start now: the workbook is read-only, or another action is running. */
  const blockedFor = (scope: ActionScope, retry = "try again in a moment") =>
    writeBlocked ??
    (busy !== null && busy !== scope ? `Leverage is reading or writing the workbook: ${retry}.` : undefined);

  /** The failure bar of one place of the pane, when the last failure happened there. */
  const failureIn = (scope: ActionScope, title: string, onReload = () => void workbook.reload()) =>
    failure?.scope === scope ? (
      <FailureBar failure={failure} title={title} onReload={onReload} disabled={busy !== null} />
    ) : undefined;

  const panels: Record<PaneTab, () => ReactNode> = {
    offers: () => (
      <OffersTab
        snapshot={snapshot}
        loading={busy === "load"}
        deleting={busy === "offers"}
        busy={busy !== null}
        writesDisabled={writesDisabled}
        notice={pane.notice}
        failure={failureIn("offers", "Offer not deleted")}
        onNew={pane.newOffer}
        onEdit={pane.edit}
        onDelete={pane.remove}
        onRefresh={store.kind === "excel" ? () => void workbook.reload() : undefined}
        profile={pane.profile.profile}
      />
    ),
    entry: () => (
      <OfferEntry
        entry={entry}
        onFieldChange={pane.changeField}
        benchmarks={benchmarks}
        onSave={() => pane.save()}
        notice={pane.notice}
        saving={busy === "entry"}
        saveBlocked={blockedFor("entry", "save in a moment")}
        failure={failureIn("entry", "Offer not saved", () => void pane.reloadEntry())}
      />
    ),
    benchmarks: () => (
      <BenchmarksTab
        snapshot={snapshot}
        importing={busy === "benchmarks"}
        writeBlocked={blockedFor("benchmarks", "add the rows in a moment")}
        failure={failureIn("benchmarks", "Rows not added")}
        onImport={pane.importRows}
      />
    ),
    formulas: () => <FormulaList />,
    compare: () => (
      <CompareTab
        offers={offers}
        benchmarks={benchmarks}
        profile={pane.profile}
        onWriteSheet={pane.writeCompare}
        writing={busy === "compare"}
        writeBlocked={blockedFor("compare")}
        failure={failureIn("compare", "Compare sheet not updated")}
        notice={pane.notice}
        preview={preview}
        profileForm={{
          values: snapshot?.profileValues ?? {},
          onSave: pane.saveProfile,
          onEdit: pane.editProfile,
          saving: busy === "profile",
          saveBlocked: blockedFor("profile", "save in a moment"),
          failure: failureIn("profile", "Profile not saved"),
          notice: pane.profileNotice,
        }}
      />
    ),
    negotiate: () => (
      <NegotiateTab
        offers={offers}
        benchmarks={benchmarks}
        profile={pane.profile.profile}
        selectedId={pane.planOfferId}
        onSelect={pane.selectPlanOffer}
        onWriteSheet={pane.writePlan}
        writing={busy === "negotiate"}
        writeBlocked={blockedFor("negotiate")}
        failure={failureIn("negotiate", "Negotiation sheet not updated")}
        notice={pane.notice}
        draft={pane.signalDraft}
        onDraftChange={pane.setSignalDraft}
      />
    ),
    leverage: () => (
      <LeverageTab
        answers={pane.leverage.answers}
        monthsUntilGraduation={pane.leverage.months}
        onAnswersChange={pane.setLeverageAnswers}
        onMonthsChange={pane.setLeverageMonths}
      />
    ),
    share: () => (
      <ShareTab
        offers={offers}
        mentorNotes={snapshot?.mentorNotes ?? {}}
        onPrepare={pane.prepareForMentor}
        preparing={busy === "share"}
        writeBlocked={blockedFor("share")}
        failure={failureIn("share", "Workbook not prepared")}
        notice={pane.notice}
        preview={preview}
      />
    ),
  };

  return (
    <FluentProvider theme={theme}>
      <div className={styles.page}>
        <header className={styles.header}>
          <div className={styles.titleRow}>
            <h1 className={styles.title}>Leverage</h1>
            {/* The pane guide the add-in serves beside the pane (help/guide.html): tabs, flags, grades, tiers. */}
            <Link href="help/guide.html" target="_blank" rel="noreferrer">
              Guide
            </Link>
          </div>
          <ModeBanner host={host} readFailed={failure?.scope === "load"} />
        </header>
        <main className={styles.main}>
          {writeBlocked && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {writeBlocked} Offers can be read; saving, deleting and importing are off.
              </MessageBarBody>
            </MessageBar>
          )}
          {failureIn("load", "Could not read the workbook")}
          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={tab}
            onTabSelect={(_, data) => pane.selectTab(data.value as PaneTab)}
          >
            {TABS.map(({ value, name }) => (
              <Tab
                key={value}
                id={`tab-${value}`}
                value={value}
                aria-controls={value === tab ? `panel-${value}` : undefined}
              >
                {name}
              </Tab>
            ))}
          </TabList>
          <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
            <Suspense fallback={<Spinner size="small" label="Loading…" />}>{panels[tab]()}</Suspense>
          </div>
          {pane.leaveDraft && (
            <Suspense fallback={null}>
              <UnsavedChangesDialog leaveDraft={pane.leaveDraft} employer={entry.draft.employer} />
            </Suspense>
          )}
          {store.kind === "memory" && PREVIEW_TABS.has(tab) && (
            <Suspense fallback={null}>
              <PreviewRows store={store} />
            </Suspense>
          )}
        </main>
      </div>
    </FluentProvider>
  );
}
