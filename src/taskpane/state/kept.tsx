/**
 * What a panel keeps while another tab is shown (the Negotiate draft and chosen offer, the leverage
 * answers): a panel is unmounted when the user leaves its tab, so state it must not lose lives here, by
 * key, for as long as the pane is open. Never written to the workbook. A new tab keeps its own state with
 * `useKept("<tab>.<what>", initial)` and needs no change anywhere else.
 */
import { type ReactNode, createContext, useCallback, useContext, useState } from "react";

const KeptContext = createContext<Map<string, unknown> | null>(null);

export function KeptProvider({ children }: { children: ReactNode }) {
  const [memory] = useState(() => new Map<string, unknown>());
  return <KeptContext.Provider value={memory}>{children}</KeptContext.Provider>;
}

/**
 * Like `useState`, but the value outlives the component: the next component to ask for `key` starts from
 * it. One component per key at a time (a panel), so there is nothing to keep in step.
 */
export function useKept<T>(key: string, initial: T): [T, (next: T) => void] {
  const memory = useContext(KeptContext);
  if (!memory) throw new Error("useKept needs the pane's providers: render it inside <PaneProviders>.");
  const [value, setValue] = useState<T>(() => (memory.has(key) ? (memory.get(key) as T) : initial));
  const keep = useCallback(
    (next: T) => {
      memory.set(key, next);
      setValue(next);
    },
    [memory, key],
  );
  return [value, keep];
}
