// Orders the suites longest first, so Jest's two workers finish together (longest-processing-time first).
// On a clean clone, as in CI, Jest has no timings of its own and would order by file size, which puts a
// two-minute suite last as easily as first. The figures below are seconds measured on the two-core
// development machine with both workers busy (the build suites' without their wait for the builds); update
// them when a suite's time changes a lot (`npx jest --json --outputFile=…` gives each suite's). Suites of
// 6 s or more are listed; the others follow, in Jest's usual order.
//
// The suites of the "build" project wait for the run's two builds (start-builds.cjs), about 55 s on the
// two-core machine with the workers running beside them. Taken first, they would hold both workers while
// the builds run, and one core would idle once the shorter build is done. So the other suites are laid out
// first on two simulated workers, and the build suites go where that simulated run reaches BUILDS_READY.
// (slowest-first.test.ts checks the order on a small list.)
const Sequencer = require("@jest/test-sequencer").default;

const SECONDS = {
  "test/e2e/csp.e2e.test.ts": 22,
  "test/functions/fuzz-lookups.test.ts": 19,
  "test/functions/fuzz-money.test.ts": 19,
  "test/e2e/pane.e2e.test.ts": 18,
  "test/workbook/api-sets.test.ts": 12,
  "test/taskpane/faults.test.tsx": 11,
  "test/taskpane/keyboard.test.tsx": 8,
  "test/taskpane/entry.test.tsx": 7,
  "test/e2e/negotiation.e2e.test.ts": 7,
  "test/e2e/contract.e2e.test.ts": 7,
  "test/workbook/excel-store.test.ts": 6,
  "test/core/phrase-check/linear.test.ts": 6,
  "test/taskpane/failures.test.tsx": 6,
};

// When the builds are done, in the seconds of the table above: the suites that run beside the builds take
// about twice their time in the table while the builds run.
const BUILDS_READY = 30;
const WORKERS = 2;
// What a suite not listed takes, about (most take one or two seconds).
const UNLISTED = 1;

const secondsOf = (test) => {
  const relative = test.path
    .slice(test.context.config.rootDir.length + 1)
    .split("\\")
    .join("/");
  return SECONDS[relative] ?? 0;
};

const needsBuild = (test) => test.context.config.displayName?.name === "build";

/** How many of `tests`, in order, two workers start before the first of them is free at `seconds`. */
function startedBefore(tests, seconds) {
  const free = new Array(WORKERS).fill(0);
  for (const [i, test] of tests.entries()) {
    const worker = free.indexOf(Math.min(...free));
    if (free[worker] >= seconds) return i;
    free[worker] += secondsOf(test) || UNLISTED;
  }
  return tests.length;
}

class SlowestFirst extends Sequencer {
  sort(tests) {
    const usual = super.sort(tests);
    const position = new Map(usual.map((test, i) => [test, i]));
    const slowestFirst = [...usual].sort((a, b) => secondsOf(b) - secondsOf(a) || position.get(a) - position.get(b));
    const building = slowestFirst.filter(needsBuild);
    const others = slowestFirst.filter((test) => !needsBuild(test));
    const at = startedBefore(others, BUILDS_READY);
    return [...others.slice(0, at), ...building, ...others.slice(at)];
  }
}

module.exports = SlowestFirst;
