/** Calls a custom function the way Excel does and reports what the cell would show. */
import * as formulas from "../../../src/functions/functions";

/** What a cell shows: a value, or an Excel error with its message. */
export type CellResult = number | string | { error: string; message?: string };

type Formula = (...args: any[]) => number | string;

/** Every custom function by Excel id; test/functions/metadata.test.ts checks this map against the generated associations. */
export const BY_ID: Record<string, Formula> = {
  TOTALCOMP: formulas.totalCompFormula,
  TIEREDPAY: formulas.tieredPayFormula,
  CLAWBACK: formulas.clawbackFormula,
  WRVUGAP: formulas.wrvuGapFormula,
  WRVUPCTL: formulas.wrvuPctlFormula,
  SCARCITY: formulas.scarcityFormula,
  SCARCITYWHY: formulas.scarcityWhyFormula,
  CALLPAY: formulas.callPayFormula,
  HOURLY: formulas.hourlyFormula,
  EXITCOST: formulas.exitCostFormula,
  TAILCOST: formulas.tailCostFormula,
  NONCOMPETECOST: formulas.nonCompeteCostFormula,
  BENCHMARK: formulas.benchmarkFormula,
  BENCHMARKSOURCE: formulas.benchmarkSourceFormula,
  SPECIALTY: formulas.specialtyFormula,
  TIER: formulas.tierFormula,
  TAKEHOME: formulas.takeHomeFormula,
  TAX: formulas.taxFormula,
  PRICELEVEL: formulas.priceLevelFormula,
  PSLF: formulas.pslfFormula,
};

/** Calls `fn` and returns its value, or the CustomFunctions.Error it threw; any other throw is a bug. */
export function cell(fn: Formula, ...args: unknown[]): CellResult {
  try {
    return fn(...args);
  } catch (error) {
    if (error instanceof CustomFunctions.Error) {
      const { code, message } = error as unknown as { code: string; message?: string };
      return message === undefined ? { error: code } : { error: code, message };
    }
    throw error;
  }
}

/** What a cell displays: the number or text, or the error code alone. */
export function shown(result: CellResult): number | string {
  return typeof result === "object" ? result.error : result;
}
