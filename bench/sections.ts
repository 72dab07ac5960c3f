/**
 * The bench's sections, in the order they run and print: bundle sizes (the contract readers' lazy chunks
 * among them), recalculation, formula throughput, unknown names, pasted text (a 20-page contract's
 * extraction among it), Office.js round trips, task-pane start. Each measures and turns its figures into table rows judged
 * against bench/budgets.json. Recalculation runs before throughput so it meets a freshly loaded bundle.
 */
import { type BudgetsFile, budgetOf, judge } from "./budget-check";
import { benchmarksRange } from "./benchmarks-table";
import { bundleSizes, kb } from "./bundle-sizes";
import {
  CONTRACT_PAGES,
  measureExtraction,
  readerFiles,
  readersInFirstScreen,
  twentyPageContract,
} from "./contract-readers";
import { functionById, loadFunctionsBundle } from "./functions-bundle";
import { offerRows, projectionOffers, realisticOffers } from "./offers-sheet";
import { measurePaneStart } from "./pane-start";
import { type Recalc, recalculate, recalculateProjection } from "./recalc";
import { type Row, budgetText, failedRow, number } from "./report";
import { median } from "./stats";
import { OFFER_COUNTS, SYNC_ACTIONS, syncGrowth, syncsByCount } from "./sync-actions";
import { MIX_SEED, type Throughput, allWorkloads, measureThroughput, uncoveredIds } from "./throughput";
import { measureNamePair, namePairs } from "./unknown-names";
import { ADVERSARIAL_PASTES, SIGNAL_TEXTS, measurePasteCheck, measureSignalCheck, validPaste } from "./input-checks";

/** What every section gets: the build to measure, the budgets, a progress log, notes to print after the table. */
export interface BenchContext {
  buildDir: string;
  budgets: BudgetsFile;
  log(line: string): void;
  notes: string[];
}

/** A part of the bench. */
export interface Section {
  title: string;
  run(context: BenchContext): Promise<Row[]>;
}

/** Offers in the recalculated sheet. */
const RECALC_OFFERS = 10_000;
/** Offers in the recalculated Projection table, 5 years each. */
const PROJECTION_OFFERS = 1_000;
/**
 * The candidate whose profile the Projection reads: single, $10,000 of pre-tax savings, $250,000 of federal
 * loans at 6.5% with 72 qualifying payments made (so PSLF forgives in year 4 or 5 at a qualifying employer).
 */
const PROJECTION_PROFILE = new Map<string, unknown>([
  ["Pre-tax savings per year", 10_000],
  ["Federal loan balance", 250_000],
  ["Loan interest rate %", 6.5],
  ["Qualifying payments made", 72],
  ["Projection years", 5],
]);
/** Cold starts of the pane. */
const PANE_RUNS = 7;

/** A row judged against a budget from the file. */
function judged(context: BenchContext, budgetId: string, figure: string, value: number, measured: string): Row {
  const budget = budgetOf(context.budgets, budgetId);
  return { figure, measured, budget: budgetText(budget.max, budget.unit), verdict: judge(value, budget) };
}

/** A row reported without a budget. */
function info(figure: string, measured: string): Row {
  return { figure, measured, budget: "—", verdict: "info" };
}

/** "5.40 M/s", "12.3 k/s", "950/s". */
function rate(perSecond: number): string {
  if (perSecond >= 1e6) return `${number(perSecond / 1e6, 2)} M/s`;
  if (perSecond >= 1e3) return `${number(perSecond / 1e3, 1)} k/s`;
  return `${number(perSecond, 0)}/s`;
}

const sizes: Section = {
  title: "bundle sizes",
  async run(context) {
    const { functions, taskpane, lazy } = bundleSizes(context.buildDir);
    return [
      judged(
        context,
        "functions-gzip-kb",
        "functions.js, gzip",
        kb(functions.gzip),
        `${number(kb(functions.gzip))} KB (${number(kb(functions.raw))} KB raw)`,
      ),
      judged(
        context,
        "taskpane-gzip-kb",
        "taskpane.js (first screen), gzip",
        kb(taskpane.gzip),
        `${number(kb(taskpane.gzip))} KB (${number(kb(taskpane.raw))} KB raw)`,
      ),
      info(`lazy chunks (${lazy.files} files), gzip`, `${number(kb(lazy.gzip))} KB (${number(kb(lazy.raw))} KB raw)`),
      ...readerRows(context),
    ];
  },
};

/**
 * The contract readers (issue 14): each one's size, loaded only when a contract is opened, and none of
 * them in the first screen's scripts. A reader the build lacks is reported, not judged: until the pane
 * imports read-contract.ts, webpack has nothing to split out.
 */
function readerRows(context: BenchContext): Row[] {
  const rows = readerFiles(context.buildDir).map(({ label, budgetId, file, size }) =>
    size
      ? judged(
          context,
          budgetId,
          `${label}, gzip`,
          kb(size.gzip),
          `${number(kb(size.gzip))} KB (${number(kb(size.raw))} KB raw)`,
        )
      : info(`${label}, gzip`, `not in the build (no ${file}): nothing imports the reader yet`),
  );
  const found = readersInFirstScreen(context.buildDir);
  rows.push(
    judged(
      context,
      "readers-in-first-screen",
      "contract readers in the first screen's scripts",
      found.length,
      found.length ? found.join("; ") : "none (pdf.js, its worker and mammoth load on first use)",
    ),
  );
  return rows;
}

/** "812 ms (again: 640 ms; 50,000 cells, 12 #N/A)". */
function recalcMeasured(result: Recalc): string {
  const errors = Object.entries(result.errors).map(([code, n]) => `${number(n, 0)} ${code}`);
  return `${number(result.firstMs, 0)} ms (again: ${number(result.againMs, 0)} ms; ${number(result.cells, 0)} cells, ${errors.length ? errors.join(", ") : "no errors"})`;
}

const recalc: Section = {
  title: "recalculation",
  async run(context) {
    const fake = loadFunctionsBundle(context.buildDir);
    const lookup = (id: string) => functionById(fake, id);
    const rows = offerRows(realisticOffers(RECALC_OFFERS));
    const result = recalculate(lookup, rows, benchmarksRange(1000, MIX_SEED));
    const projection = recalculateProjection(lookup, projectionOffers(PROJECTION_OFFERS), PROJECTION_PROFILE);
    return [
      judged(
        context,
        "recalc-ms",
        `recalculate ${number(RECALC_OFFERS, 0)} offers' calculated columns, first pass`,
        result.firstMs,
        recalcMeasured(result),
      ),
      judged(
        context,
        "projection-recalc-ms",
        `recalculate the Projection table, ${number(PROJECTION_OFFERS, 0)} offers × 5 years, first pass`,
        projection.firstMs,
        recalcMeasured(projection),
      ),
    ];
  },
};

const throughput: Section = {
  title: "formula throughput",
  async run(context) {
    const fake = loadFunctionsBundle(context.buildDir);
    const workloads = allWorkloads();
    const rows: Row[] = uncoveredIds(fake.registry.keys(), workloads).map((id) => ({
      figure: `calls/s: ${id}`,
      measured: "no mix: add one in bench/workloads-*.ts",
      budget: "every function measured",
      verdict: "miss" as const,
    }));
    for (const workload of workloads) {
      context.log(`  ${workload.label}`);
      const figure = `calls/s: ${workload.label}`;
      let t: Throughput;
      try {
        t = measureThroughput(functionById(fake, workload.id), workload);
      } catch (error) {
        // One function changed under its mix: say so, and measure the others.
        rows.push(failedRow(figure, error));
        continue;
      }
      const measured = `${rate(t.callsPerSecond)}; baseline ${rate(t.baselinePerSecond)}; ${number(t.ratio)}× baseline`;
      rows.push(
        workload.kind === "scalar"
          ? judged(context, "scalar-ratio", figure, t.ratio, measured)
          : info(figure, measured),
      );
    }
    return rows;
  },
};

const unknownNames: Section = {
  title: "unknown names",
  async run(context) {
    const fake = loadFunctionsBundle(context.buildDir);
    return namePairs().map((pair) => {
      const { knownUs, unknownUs, ratio } = measureNamePair(functionById(fake, pair.id), pair);
      const figure = `unknown specialty vs known: ${pair.label}`;
      const measured = `${number(unknownUs)} µs vs ${number(knownUs)} µs a call; ${number(ratio)}×`;
      return pair.budgeted ? judged(context, "unknown-name-ratio", figure, ratio, measured) : info(figure, measured);
    });
  },
};

/** A 20-page contract's extraction, judged; a missing corpus or a broken core is a missed row, not a lost section. */
async function extractionRow(context: BenchContext): Promise<Row> {
  const figure = `extraction of a ${CONTRACT_PAGES}-page contract, first run`;
  try {
    const contract = twentyPageContract();
    const extraction = await measureExtraction(contract);
    const chars = contract.reduce((sum, page) => sum + page.length, 0);
    return judged(
      context,
      "extract-contract-ms",
      figure,
      extraction.firstMs,
      `${number(extraction.firstMs, 0)} ms (again: ${number(extraction.medianMs, 0)} ms; ${number(chars, 0)} characters, ${extraction.fields} fields)`,
    );
  } catch (error) {
    return failedRow(figure, error);
  }
}

const inputChecks: Section = {
  title: "pasted text",
  async run(context) {
    const paste = measurePasteCheck(validPaste());
    const rows: Row[] = [
      judged(
        context,
        "paste-check-ms",
        "Benchmarks check of a 1 MB paste, all steps",
        paste.totalMs,
        `${number(paste.totalMs, 0)} ms (${paste.outcome})`,
      ),
      judged(
        context,
        "paste-step-ms",
        "Benchmarks check of a 1 MB paste, longest step",
        paste.longestStepMs,
        `${number(paste.longestStepMs)} ms`,
      ),
    ];
    for (const [name, make] of Object.entries(ADVERSARIAL_PASTES)) {
      const { totalMs, outcome } = measurePasteCheck(make());
      rows.push(
        judged(
          context,
          "paste-check-ms",
          `Benchmarks check of 1 MB: ${name}`,
          totalMs,
          `${number(totalMs, 0)} ms (${outcome})`,
        ),
      );
    }
    rows.push(await extractionRow(context));
    for (const [name, make] of Object.entries(SIGNAL_TEXTS)) {
      const { ms, marks } = measureSignalCheck(make());
      rows.push(
        judged(
          context,
          "signal-check-ms",
          `signal check of ${name}`,
          ms,
          `${number(ms, 0)} ms (${number(marks, 0)} phrases)`,
        ),
      );
    }
    return rows;
  },
};

const syncs: Section = {
  title: "Office.js round trips",
  async run(context) {
    const rows: Row[] = [];
    for (const action of SYNC_ACTIONS) {
      const counts = await syncsByCount(action);
      rows.push(
        judged(
          context,
          "sync-growth",
          `context.sync per ${action.name}, at ${OFFER_COUNTS.map((n) => number(n, 0)).join(" / ")} offers`,
          syncGrowth(counts),
          `${counts.join(" / ")} (growth ${syncGrowth(counts)})`,
        ),
      );
    }
    return rows;
  },
};

const paneStart: Section = {
  title: "task-pane start",
  async run(context) {
    const { runs, chromium } = await measurePaneStart(context.buildDir, PANE_RUNS);
    context.notes.push(
      `Task-pane start: headless Chromium ${chromium}, ${runs.length} cold starts; interactive at ${runs.map((r) => number(r.interactive, 0)).join(", ")} ms.`,
    );
    const interactive = runs.map((r) => r.interactive);
    const firstField = runs.map((r) => r.firstField);
    const spread = (values: number[]) => `${number(Math.min(...values), 0)}–${number(Math.max(...values), 0)}`;
    return [
      judged(
        context,
        "pane-start-ms",
        `task pane interactive (Offers list), median of ${runs.length}`,
        median(interactive),
        `${number(median(interactive), 0)} ms (${spread(interactive)})`,
      ),
      info(
        `first step's first field after New offer, median of ${runs.length}`,
        `${number(median(firstField), 0)} ms (${spread(firstField)})`,
      ),
    ];
  },
};

/** Every section, in order. */
export const SECTIONS: readonly Section[] = [sizes, recalc, throughput, unknownNames, inputChecks, syncs, paneStart];
