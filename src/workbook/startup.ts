/**
 * When the add-in should start with the workbook. A workbook that holds Leverage's Offers table holds
 * `=OFFER.*` formulas (its calculated columns, and the derived tables built from it): without the add-in
 * loaded, Excel shows #NAME? or #BUSY! in them until someone opens the pane. A workbook without that table
 * has nothing of Leverage's to calculate, so the add-in need not load with it.
 */

/** Office.StartupBehavior's values: load with the document, or only when the user opens the add-in. */
export type StartupBehavior = "Load" | "None";

/** What the workbook holds that decides the startup behaviour. */
export interface StartupFacts {
  /** The add-in's Offers table is there (made by the first save or import). */
  offersTable: boolean;
}

/** The startup behaviour a workbook with these facts should have. */
export function startupBehaviorFor(facts: StartupFacts): StartupBehavior {
  return facts.offersTable ? "Load" : "None";
}

/** The behaviour to set, or undefined when `current` is already right (Excel is not asked again). */
export function startupChange(current: StartupBehavior | undefined, facts: StartupFacts): StartupBehavior | undefined {
  const wanted = startupBehaviorFor(facts);
  return current === wanted ? undefined : wanted;
}
