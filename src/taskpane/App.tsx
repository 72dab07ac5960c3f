/**
 * The task pane: the header with the mode banner, then the tabs declared in tabs.tsx (the stored offers,
 * guided entry with live flags, the offers compared side by side, a negotiation plan with the signal
 * check, the leverage check, sharing with a mentor, benchmark import and the OFFER formulas). In the
 * preview, the rows Leverage would write show below. The pane's state lives in the providers of state/;
 * each panel reads what it needs from them, so this file only lays the pane out.
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
import { Suspense, lazy } from "react";
import type { PaneHost } from "./host";
import { ModeBanner } from "./ModeBanner";
import { useAction } from "./state/action";
import { useNavigation } from "./state/navigation";
import { useOfferEditing } from "./state/offer-editing";
import { PaneProviders } from "./state/PaneProviders";
import { useWorkbookData } from "./state/workbook-data";
import { type PaneTab, type PaneTabRow, TABS } from "./tabs";
import type { OfferStore } from "../workbook/store";

export interface AppProps {
  host: PaneHost;
  store: OfferStore;
  /** The Office theme inside Office; light in the preview and in tests. */
  theme?: Theme;
  /** The tabs, in order; the pane's own table unless a test brings its own. */
  tabs?: readonly PaneTabRow[];
}

// Asked only when a draft with unsaved changes would be replaced: its dialog code loads then.
const UnsavedChangesDialog = lazy(() =>
  import(/* webpackChunkName: "unsaved-dialog" */ "./entry/UnsavedChangesDialog").then((m) => ({
    default: m.UnsavedChangesDialog,
  })),
);
// Only the preview shows the rows it would write: inside Excel the grid shows them, so the tables' code is
// never downloaded there.
const PreviewRows = lazy(() =>
  import(/* webpackChunkName: "preview-rows" */ "./preview/PreviewRows").then((m) => ({ default: m.PreviewRows })),
);

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
export function App({ host, store, theme = webLightTheme, tabs = TABS }: AppProps) {
  return (
    <FluentProvider theme={theme}>
      <PaneProviders store={store} first={tabs[0].id as PaneTab}>
        <Pane host={host} tabs={tabs} />
      </PaneProviders>
    </FluentProvider>
  );
}

/** The pane's layout: header, read-only and read-failure bars, the tab list, the shown panel, the preview. */
function Pane({ host, tabs }: { host: PaneHost; tabs: readonly PaneTabRow[] }) {
  const styles = useStyles();
  const { store, preview, writeBlocked } = useWorkbookData();
  const { failure, failureIn } = useAction();
  const { tab, selectTab } = useNavigation();
  const { leaveDraft, entry } = useOfferEditing();
  const shown = tabs.find((row) => row.id === tab) ?? tabs[0];

  return (
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
            <MessageBarBody>{writeBlocked} Offers can be read; saving, deleting and importing are off.</MessageBarBody>
          </MessageBar>
        )}
        {failureIn("load", "Could not read the workbook")}
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={shown.id}
          onTabSelect={(_, data) => selectTab(data.value as PaneTab)}
        >
          {tabs.map(({ id, label, icon }) => (
            <Tab
              key={id}
              id={`tab-${id}`}
              value={id}
              icon={icon}
              aria-controls={id === shown.id ? `panel-${id}` : undefined}
            >
              {label}
            </Tab>
          ))}
        </TabList>
        <div role="tabpanel" id={`panel-${shown.id}`} aria-labelledby={`tab-${shown.id}`}>
          <Suspense fallback={<Spinner size="small" label="Loading…" />}>
            <shown.Panel />
          </Suspense>
        </div>
        {leaveDraft && (
          <Suspense fallback={null}>
            <UnsavedChangesDialog leaveDraft={leaveDraft} employer={entry.draft.employer} />
          </Suspense>
        )}
        {preview && shown.previewRows && (
          <Suspense fallback={null}>
            <PreviewRows store={store} />
          </Suspense>
        )}
      </main>
    </div>
  );
}
