// Orders the suites longest first, so Jest's two workers finish together (longest-processing-time first).
// On a clean clone, as in CI, Jest has no timings of its own and would order by file size, which puts a
// two-minute suite last as easily as first. The figures below are seconds measured on the two-core
// development machine with both workers busy; update them when a suite's time changes a lot (the end of
// `npm test` prints each phase). Suites not listed follow, in Jest's usual order.
const Sequencer = require("@jest/test-sequencer").default;

const SECONDS = {
  "test/e2e/csp.e2e.test.ts": 57,
  "test/e2e/pane.e2e.test.ts": 54,
  "test/taskpane/keyboard.test.tsx": 28,
  "test/taskpane/faults.test.tsx": 27,
  "test/build/bundle.test.ts": 20,
  "test/functions/fuzz-lookups.test.ts": 18,
  "test/taskpane/failures.test.tsx": 18,
  "test/taskpane/entry.test.tsx": 18,
  "test/functions/fuzz-money.test.ts": 16,
  "test/workbook/api-sets.test.ts": 14,
  "test/core/phrase-check/linear.test.ts": 12,
  "test/workbook/races.test.ts": 12,
  "test/build/listing-pages.test.ts": 10,
  "test/taskpane/benchmarks.test.tsx": 9,
  "test/taskpane/offers.test.tsx": 8,
  "test/taskpane/negotiate-tab.test.tsx": 8,
  "test/taskpane/flags.test.tsx": 8,
  "test/taskpane/drafts.test.tsx": 8,
  "test/extract/read-files.test.ts": 8,
  "test/taskpane/profile-form.test.tsx": 7,
  "test/taskpane/compare-tab.test.tsx": 7,
  "test/core/benchmarks-paste.test.ts": 7,
  "test/e2e/negotiation.e2e.test.ts": 6,
  "test/e2e/contract.e2e.test.ts": 6,
  "test/e2e/campaign.e2e.test.ts": 6,
  "test/taskpane/leverage.test.tsx": 6,
  "test/core/rules/check-offer.test.ts": 6,
};

const secondsOf = (test) => {
  const relative = test.path
    .slice(test.context.config.rootDir.length + 1)
    .split("\\")
    .join("/");
  return SECONDS[relative] ?? 0;
};

class SlowestFirst extends Sequencer {
  sort(tests) {
    const usual = super.sort(tests);
    const position = new Map(usual.map((test, i) => [test, i]));
    return [...usual].sort((a, b) => secondsOf(b) - secondsOf(a) || position.get(a) - position.get(b));
  }
}

module.exports = SlowestFirst;
