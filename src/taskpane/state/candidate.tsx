/**
 * The candidate's settings, for any component under the pane's providers: the profile read from the
 * Profile table (defaults where blank) with its problems, the values typed there, and saving the ones the
 * candidate changes in the profile form. They belong to the candidate, not to an offer, so every panel
 * that values an offer reads them from here.
 */
import { type ReactNode, createContext, useCallback, useContext, useMemo, useState } from "react";
import { type ProfileRead, readProfile } from "../../core/profile/read-profile";
import { useAction } from "./action";
import { useWorkbookData } from "./workbook-data";

export interface Candidate {
  /** The profile read from the Profile table (defaults where blank) and the values it could not use. */
  profile: ProfileRead;
  /** What the Profile table's "Your value" column holds, by setting (non-empty only). */
  values: Readonly<Record<string, string>>;
  /**
   * Writes the settings the candidate changed to the Profile table's "Your value" column (by setting name;
   * "" clears), then reads the workbook again so every figure recomputes. Resolves to false when the write
   * failed (the failure says why).
   */
  saveProfile(values: ReadonlyMap<string, string>): Promise<boolean>;
  /** What the last profile save did. */
  notice: string;
  clearNotice(): void;
  /** The profile form was edited: a failed save's "Try again" would save older values, so its failure goes. */
  editProfile(): void;
}

const CandidateContext = createContext<Candidate | null>(null);

const NO_VALUES: Readonly<Record<string, string>> = {};

export function CandidateProvider({ children }: { children: ReactNode }) {
  const { store, snapshot } = useWorkbookData();
  const { run, failure, dismiss } = useAction();
  const [notice, setNotice] = useState("");
  const values = snapshot?.profileValues ?? NO_VALUES;
  const profile = useMemo(() => readProfile(new Map(Object.entries(values))), [values]);
  const clearNotice = useCallback(() => setNotice(""), []);

  const candidate = useMemo<Candidate>(
    () => ({
      profile,
      values,
      saveProfile: (changed) => {
        setNotice("");
        return run(
          "profile",
          () => store.setProfileValues(changed),
          () => setNotice(`Profile saved: ${[...changed.keys()].join(", ")}. Compare now uses it.`),
        );
      },
      notice,
      clearNotice,
      editProfile: () => {
        if (failure?.scope === "profile") dismiss();
      },
    }),
    [profile, values, run, store, notice, clearNotice, failure, dismiss],
  );
  return <CandidateContext.Provider value={candidate}>{children}</CandidateContext.Provider>;
}

/** The candidate's settings. Only under the pane's providers (`PaneProviders`). */
export function useCandidate(): Candidate {
  const candidate = useContext(CandidateContext);
  if (!candidate) throw new Error("useCandidate needs the pane's providers: render it inside <PaneProviders>.");
  return candidate;
}
