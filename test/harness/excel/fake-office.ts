/**
 * The members of the `Office` global that the Excel layer uses besides Excel.run, for the strict fake:
 *
 * - `Office.context.requirements.isSetSupported(name, minVersion)`: true for the sets in `supported`
 *   (by default what the manifest requires: ExcelApi 1.12 and SharedRuntime 1.1), comparing versions as
 *   numbers ("1.9" < "1.12").
 * - `Office.addin.setStartupBehavior(behavior)` and `getStartupBehavior()` (SharedRuntime 1.1): asynchronous;
 *   the behaviour is "Load" or "None" (Office.StartupBehavior's values) and starts as "None", as for an add-in
 *   that never set it. Calling either without SharedRuntime 1.1 is a violation: the API is not there.
 *
 * Anything else on these objects is a violation, as for the Excel proxies.
 */
import type { OfficeStartupApi } from "../../../src/workbook/excel/startup-behavior";
import { NotModelled } from "./fake-excel-grid";
import { strict } from "./fake-excel-proxies";

interface OfficeHost {
  violation(error: NotModelled): NotModelled;
}

type Behavior = "Load" | "None";

function atLeast(version: string, min: string): boolean {
  const [a, b] = [version, min].map((v) => v.split(".").map(Number));
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

export class FakeOffice {
  /** Requirement sets this host supports, with their highest version. */
  readonly supported = new Map<string, string>([
    ["ExcelApi", "1.12"],
    ["SharedRuntime", "1.1"],
  ]);
  startupBehavior: Behavior = "None";
  /** Every setStartupBehavior call, in order. */
  readonly startupCalls: Behavior[] = [];
  readonly context: OfficeStartupApi["context"];
  readonly addin: OfficeStartupApi["addin"];

  constructor(private readonly host: OfficeHost & Parameters<typeof strict>[0]) {
    const isSetSupported = (name: string, minVersion = "1.1") => {
      const version = this.supported.get(name);
      return version !== undefined && atLeast(version, minVersion);
    };
    this.context = strict(host, { requirements: strict(host, { isSetSupported }, "RequirementSetSupport") }, "Context");
    this.addin = strict(
      host,
      {
        setStartupBehavior: async (behavior: Office.StartupBehavior) => {
          this.requireSharedRuntime("setStartupBehavior");
          if (String(behavior) !== "Load" && String(behavior) !== "None")
            throw host.violation(new NotModelled(`Office.addin.setStartupBehavior("${String(behavior)}")`));
          this.startupCalls.push(behavior as Behavior);
          this.startupBehavior = behavior as Behavior;
        },
        getStartupBehavior: async () => {
          this.requireSharedRuntime("getStartupBehavior");
          return this.startupBehavior as Office.StartupBehavior;
        },
      },
      "Addin",
    );
  }

  private requireSharedRuntime(member: string): void {
    const version = this.supported.get("SharedRuntime");
    if (version === undefined || !atLeast(version, "1.1"))
      throw this.host.violation(new NotModelled(`Office.addin.${member} on a host without SharedRuntime 1.1`));
  }
}
