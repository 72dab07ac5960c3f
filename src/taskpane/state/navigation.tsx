/**
 * Which tab is shown. Picking a tab clears the notices of the last action (they are about the tab the
 * user leaves); the pane moving itself to a tab (after a save) keeps them, so "Saved …" shows there.
 */
import { type ReactNode, createContext, useCallback, useContext, useMemo, useState } from "react";
import type { PaneTab } from "../tabs";
import { useAction } from "./action";
import { useCandidate } from "./candidate";

export interface Navigation {
  tab: PaneTab;
  /** The user picked a tab: show it, and let the last action's notices go. */
  selectTab(tab: PaneTab): void;
  /** The pane moves to a tab by itself (after a save): the notices stay. */
  showTab(tab: PaneTab): void;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({ first, children }: { first: PaneTab; children: ReactNode }) {
  const [tab, showTab] = useState<PaneTab>(first);
  const { setNotice } = useAction();
  const { clearNotice } = useCandidate();
  const selectTab = useCallback(
    (next: PaneTab) => {
      showTab(next);
      setNotice("");
      clearNotice();
    },
    [setNotice, clearNotice],
  );
  const navigation = useMemo(() => ({ tab, selectTab, showTab }), [tab, selectTab]);
  return <NavigationContext.Provider value={navigation}>{children}</NavigationContext.Provider>;
}

/** The tab shown and how to change it. Only under the pane's providers (`PaneProviders`). */
export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error("useNavigation needs the pane's providers: render it inside <PaneProviders>.");
  return navigation;
}
