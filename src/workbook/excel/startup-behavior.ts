/**
 * Keeps the add-in's startup behaviour in step with the workbook (see ../startup.ts for the rule): "Load"
 * once it holds Leverage's Offers table, so its OFFER formulas calculate when the workbook is reopened
 * without the pane, and "None" again when that table is gone.
 *
 * Office.addin.setStartupBehavior is in SharedRuntime 1.1, which the manifest requires; it is still checked
 * with isSetSupported first, because a host that loads the pane without the shared runtime (an older build
 * or Office Online Server) has no Office.addin at all. Failing to set it never fails a read of the workbook:
 * the next read tries again.
 */
import { type StartupBehavior, type StartupFacts, startupChange } from "../startup";

/** The members of the `Office` global this uses (the real global in the pane, a fake in tests). */
export interface OfficeStartupApi {
  context: { requirements: { isSetSupported(name: string, minVersion?: string): boolean } };
  addin: {
    setStartupBehavior(behavior: Office.StartupBehavior): Promise<void>;
    getStartupBehavior(): Promise<Office.StartupBehavior>;
  };
}

export class StartupBehaviorSync {
  /** What Office last said or was told; undefined until asked (or after a failure, to ask again). */
  private current: StartupBehavior | undefined;
  private supported: boolean | undefined;
  /** Calls run one after another, so two reads in a row cannot interleave a get and a set. */
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly office: OfficeStartupApi) {}

  /** Sets the startup behaviour the workbook's facts call for, if it is not set already. Never throws. */
  follow(facts: StartupFacts): Promise<void> {
    this.tail = this.tail.then(() => this.apply(facts));
    return this.tail;
  }

  private async apply(facts: StartupFacts): Promise<void> {
    this.supported ??= this.office.context.requirements.isSetSupported("SharedRuntime", "1.1");
    if (!this.supported) return;
    try {
      this.current ??= (await this.office.addin.getStartupBehavior()) as StartupBehavior;
      const next = startupChange(this.current, facts);
      if (next === undefined) return;
      // The string values are Office.StartupBehavior's; the enum object itself exists only in Office.js.
      await this.office.addin.setStartupBehavior(next as Office.StartupBehavior);
      this.current = next;
    } catch {
      this.current = undefined;
    }
  }
}
