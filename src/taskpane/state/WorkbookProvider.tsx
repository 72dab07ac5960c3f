/**
 * Reads the workbook through `useWorkbook` and hands it down as two contexts: the data (changes when the
 * workbook is read) and the action in progress (changes as actions start and end). Kept apart so a
 * panel that only shows data is not re-rendered by every busy flag.
 */
import { type ReactNode, useMemo, useState } from "react";
import type { OfferStore } from "../../workbook/store";
import { ActionContext, type ActionState, actionHelpers } from "./action";
import { useWorkbook } from "./use-workbook";
import { type WorkbookData, WorkbookDataContext } from "./workbook-data";

export function WorkbookProvider({ store, children }: { store: OfferStore; children: ReactNode }) {
  const workbook = useWorkbook(store);
  const { snapshot, busy, failure, reload, run, dismiss } = workbook;
  const [notice, setNotice] = useState("");
  const writeBlocked = snapshot?.readOnly ? `This workbook cannot be changed: ${snapshot.readOnly}` : undefined;

  const data = useMemo<WorkbookData>(
    () => ({
      store,
      snapshot,
      offers: snapshot?.offers ?? [],
      benchmarks: snapshot?.benchmarks ?? [],
      preview: store.kind === "memory",
      writeBlocked,
      reload,
    }),
    [store, snapshot, writeBlocked, reload],
  );

  const action = useMemo<ActionState>(
    () => ({
      busy,
      failure,
      run,
      dismiss,
      notice,
      setNotice,
      ...actionHelpers({ busy, failure, reload }, writeBlocked),
    }),
    [busy, failure, run, dismiss, notice, reload, writeBlocked],
  );

  return (
    <WorkbookDataContext.Provider value={data}>
      <ActionContext.Provider value={action}>{children}</ActionContext.Provider>
    </WorkbookDataContext.Provider>
  );
}
