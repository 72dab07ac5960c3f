/**
 * The versioned budgets (bench/budgets.json) and the one rule for meeting them: a measured value meets its
 * budget when it is at most the budget's `max`. Every figure the bench prints is judged here, so a budget
 * can only be missed one way.
 */
import budgetsFile from "./budgets.json";

/** One budget: the largest acceptable value, its unit, and why it is that number. */
export interface Budget {
  max: number;
  unit: string;
  reason: string;
}

/** The budgets file: a version (bumped when a budget changes) and the budgets by id. */
export interface BudgetsFile {
  version: number;
  budgets: Record<string, Budget>;
}

/** Whether a figure met its budget, missed it, or is reported without one. */
export type Verdict = "pass" | "miss" | "info";

/** The budgets shipped with the bench, checked for shape. */
export function loadBudgets(file: unknown = budgetsFile): BudgetsFile {
  const parsed = file as Partial<BudgetsFile> | null;
  if (!parsed || !Number.isInteger(parsed.version) || typeof parsed.budgets !== "object" || parsed.budgets === null) {
    throw new Error("bench/budgets.json needs a whole-number version and a budgets object.");
  }
  for (const [id, budget] of Object.entries(parsed.budgets)) {
    if (
      !Number.isFinite(budget?.max) ||
      typeof budget.unit !== "string" ||
      typeof budget.reason !== "string" ||
      budget.reason.trim() === ""
    ) {
      throw new Error(`bench/budgets.json: budget "${id}" needs a numeric max, a unit and a reason.`);
    }
  }
  return parsed as BudgetsFile;
}

/** The budget with this id; a bench that names a budget the file lacks is a bug, so it throws. */
export function budgetOf(budgets: BudgetsFile, id: string): Budget {
  const budget = budgets.budgets[id];
  if (!budget) throw new Error(`bench/budgets.json has no budget "${id}".`);
  return budget;
}

/** Pass when `value` is at most the budget (NaN, a failed measurement, always misses). */
export function judge(value: number, budget: Budget): Verdict {
  return value <= budget.max ? "pass" : "miss";
}
