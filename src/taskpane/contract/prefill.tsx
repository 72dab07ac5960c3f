/**
 * What opening a contract hands to guided entry: the draft the extraction fills in, and for each filled
 * field the contract's own words and how sure the reading was, so entry can show them beside the field and
 * highlight the unsure ones. Nothing here is saved: the offer is saved only when the user confirms it in
 * entry, and the contract's text never leaves the pane.
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import type { Clause, Conflict, ContractSentences } from "../../core/extract";

/**
 * A contract read and turned into an entry draft: its source, each value as draft text (as entry's inputs
 * hold it, only the fields the contract states) with its sentence, and what entry shows besides.
 */
export interface ContractPrefill extends ContractSentences {
  conflicts: readonly Conflict[];
  clauses: readonly Clause[];
}

interface PrefillState {
  prefill: ContractPrefill | undefined;
  /** Hands a read contract to entry (which opens pre-filled), or clears it (undefined) once saved or dropped. */
  setPrefill: (prefill: ContractPrefill | undefined) => void;
}

const PrefillContext = createContext<PrefillState>({ prefill: undefined, setPrefill: () => undefined });

export function ContractPrefillProvider({ children }: { children: ReactNode }) {
  const [prefill, setPrefill] = useState<ContractPrefill | undefined>(undefined);
  const value = useMemo(() => ({ prefill, setPrefill }), [prefill]);
  return <PrefillContext.Provider value={value}>{children}</PrefillContext.Provider>;
}

/** The contract entry was opened with, if any, and the way to set or clear it. */
export function useContractPrefill(): PrefillState {
  return useContext(PrefillContext);
}
