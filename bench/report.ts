/**
 * The bench's one table: figure, measured value, budget, result. Printed as a Markdown table with padded
 * columns, so it reads in a terminal and pastes into docs/performance.md as it is.
 */
import type { Verdict } from "./budget-check";

/** One line of the table. */
export interface Row {
  figure: string;
  measured: string;
  /** The budget as shown, e.g. "≤ 500 ms"; "—" for a figure reported without one. */
  budget: string;
  verdict: Verdict;
}

const RESULT: Record<Verdict, string> = { pass: "pass", miss: "MISS", info: "—" };
const HEADER = ["figure", "measured", "budget", "result"];

/** The rows as a Markdown table, columns padded to their widest cell. */
export function formatTable(rows: readonly Row[]): string {
  const cells = [HEADER, ...rows.map((r) => [r.figure, r.measured, r.budget, RESULT[r.verdict]])].map((line) =>
    line.map(escapeCell),
  );
  const widths = HEADER.map((_, c) => Math.max(...cells.map((line) => [...line[c]].length)));
  const line = (values: string[]) =>
    `| ${values.map((v, c) => v + " ".repeat(widths[c] - [...v].length)).join(" | ")} |`;
  return [line(cells[0]), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...cells.slice(1).map(line)].join(
    "\n",
  );
}

/** A pipe inside a cell would start a new column; a newline would end the row. */
function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

/** A figure whose measurement failed: a missed row that says why. */
export function failedRow(figure: string, error: unknown): Row {
  return {
    figure,
    measured: `failed: ${error instanceof Error ? error.message : String(error)}`,
    budget: "must run",
    verdict: "miss",
  };
}

/** 1 when any figure missed its budget, else 0: the bench's exit code. */
export function exitCodeOf(rows: readonly Row[]): number {
  return rows.some((r) => r.verdict === "miss") ? 1 : 0;
}

/** "≤ 500 ms": how a budget is shown beside its figure. */
export function budgetText(max: number, unit: string): string {
  return `≤ ${max.toLocaleString("en-US")} ${unit}`;
}

/** A number with thousands separators and at most `digits` decimals, e.g. 12,345.6. */
export function number(value: number, digits = 1): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: digits });
}
