/**
 * The workbook as the pane last read it, for any component under the pane's providers: the snapshot and
 * what most panels take from it (offers, benchmarks), whether this is the preview, why nothing can be
 * written (a read-only workbook), and a fresh read. It changes only when the workbook is read again, so a
 * panel that reads only this does not re-render while an action runs.
 */
import { createContext, useContext } from "react";
import type { Benchmark } from "../../core/benchmarks/types";
import type { StoredOffer } from "../../core/offer/offers-table";
import type { OfferStore, WorkbookSnapshot } from "../../workbook/store";

export interface WorkbookData {
  store: OfferStore;
  /** Null until the first read succeeds. */
  snapshot: WorkbookSnapshot | null;
  /** The stored offers; empty until the first read. */
  offers: readonly StoredOffer[];
  /** The user's rows from the Benchmarks table; empty until the first read. */
  benchmarks: readonly Benchmark[];
  /** True outside Excel (the memory store): sheets are shown in the preview instead of written. */
  preview: boolean;
  /** Why nothing can be written (a read-only workbook), if so. */
  writeBlocked?: string;
  /** Reads the workbook again; undefined when the read failed (the failure says why). */
  reload(): Promise<WorkbookSnapshot | undefined>;
}

export const WorkbookDataContext = createContext<WorkbookData | null>(null);

/** The workbook as last read. Only under the pane's providers (`PaneProviders`). */
export function useWorkbookData(): WorkbookData {
  const data = useContext(WorkbookDataContext);
  if (!data) throw new Error("useWorkbookData needs the pane's providers: render it inside <PaneProviders>.");
  return data;
}
