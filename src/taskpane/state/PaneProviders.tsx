/**
 * Every piece of pane state, in the order each needs the one before: the workbook (data and the action in
 * progress), the candidate's settings, the tab shown, a contract read for entry to open with, the offer
 * being entered, and what panels keep across tabs. Panels read them with the hooks in this folder instead
 * of taking them as props.
 */
import type { ReactNode } from "react";
import type { OfferStore } from "../../workbook/store";
import type { PaneTab } from "../tabs";
import { ContractPrefillProvider } from "../contract/prefill";
import { CandidateProvider } from "./candidate";
import { KeptProvider } from "./kept";
import { NavigationProvider } from "./navigation";
import { OfferEditingProvider } from "./offer-editing";
import { WorkbookProvider } from "./WorkbookProvider";

export interface PaneProvidersProps {
  store: OfferStore;
  /** The tab shown first. */
  first: PaneTab;
  children: ReactNode;
}

export function PaneProviders({ store, first, children }: PaneProvidersProps) {
  return (
    <WorkbookProvider store={store}>
      <CandidateProvider>
        <NavigationProvider first={first}>
          <ContractPrefillProvider>
            <OfferEditingProvider>
              <KeptProvider>{children}</KeptProvider>
            </OfferEditingProvider>
          </ContractPrefillProvider>
        </NavigationProvider>
      </CandidateProvider>
    </WorkbookProvider>
  );
}
