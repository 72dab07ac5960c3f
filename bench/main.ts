/**
 * `npm run bench`: builds the add-in for production, measures it, prints one table of figures beside
 * their budgets (bench/budgets.json) and returns a non-zero exit code when any budget is missed.
 *
 * It always builds, into a new temporary folder as the tests do (test/harness/build.ts): a stale dist/
 * cannot be told apart by timestamps (a branch switch, an ADDIN_ORIGIN change), figures for code that no
 * longer exists are worse than a minute's build, and a running `npm start` serving dist/ is not disturbed.
 * Nothing needs the network: office.js comes from the npm package, as in the browser test.
 */
import fs from "fs";
import os from "os";
import { buildAddin } from "../test/harness/build";
import { loadBudgets } from "./budget-check";
import { type Row, exitCodeOf, failedRow, formatTable } from "./report";
import { type BenchContext, SECTIONS, type Section } from "./sections";

/** Runs each section; one that fails becomes a missed row with its error, and the rest still run. */
export async function runSections(sections: readonly Section[], context: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  for (const section of sections) {
    context.log(`${section.title}…`);
    try {
      rows.push(...(await section.run(context)));
    } catch (error) {
      rows.push(failedRow(section.title, error));
    }
  }
  return rows;
}

/** The machine the figures were measured on, for docs/performance.md. */
export function machine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? "unknown CPU"}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`;
}

/** The whole bench; resolves to the process exit code. */
export async function runBench(
  log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<number> {
  const budgets = loadBudgets();
  log("production build…");
  const buildDir = await buildAddin();
  try {
    const context: BenchContext = { buildDir, budgets, log, notes: [] };
    const rows = await runSections(SECTIONS, context);
    const code = exitCodeOf(rows);
    const lines = [
      `Measured on ${machine()}. Budgets: bench/budgets.json, version ${budgets.version}.`,
      "",
      formatTable(rows),
      "",
      ...context.notes,
    ];
    lines.push(
      code === 0
        ? "Every budget met."
        : `${rows.filter((r) => r.verdict === "miss").length} figure(s) missed their budget.`,
    );
    process.stdout.write(`\n${lines.join("\n")}\n`);
    return code;
  } finally {
    fs.rmSync(buildDir, { recursive: true, force: true });
  }
}
