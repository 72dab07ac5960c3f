/**
 * The run's order (slowest-first.cjs): the longest suites first, with the suites that wait for the builds
 * placed where two workers, running the listed times, reach BUILDS_READY (30 s), not first.
 */
import path from "path";

type FakeTest = { path: string; context: { config: Record<string, unknown>; hasteFS: { getSize(): number } } };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const SlowestFirst = require("./slowest-first.cjs") as new (options: unknown) => {
  sort(tests: FakeTest[]): FakeTest[];
};

const ROOT = path.join(__dirname, "../../..");

/** A suite of `project` at `file`; bigger files come first where Jest knows no times (none are cached here). */
function suite(file: string, project: "unit" | "build", size = 1): FakeTest {
  return {
    path: path.join(ROOT, file),
    context: {
      config: { rootDir: ROOT, cache: false, displayName: { name: project } },
      hasteFS: { getSize: () => size },
    },
  };
}

const order = (tests: FakeTest[]) =>
  new SlowestFirst({}).sort(tests).map((t) => path.relative(ROOT, t.path).split(path.sep).join("/"));

describe("the order of the suites", () => {
  it("starts the build suites once the listed suites ahead of them fill 30 s on each of two workers", () => {
    const tests = [
      suite("test/a.test.ts", "unit", 2),
      suite("test/build/bundle.test.ts", "build"),
      suite("test/taskpane/faults.test.tsx", "unit"),
      suite("test/e2e/pane.e2e.test.ts", "build"),
      suite("test/functions/fuzz-money.test.ts", "unit", 3),
      suite("test/b.test.ts", "unit", 1),
      suite("test/workbook/api-sets.test.ts", "unit"),
      suite("test/e2e/csp.e2e.test.ts", "build"),
      suite("test/functions/fuzz-lookups.test.ts", "unit"),
    ];
    // Two workers: fuzz-money and fuzz-lookups (19 s each; the bigger file first, as Jest orders them without
    // times); api-sets (12) ends at 31 and faults (11) at 30; both are then busy to 30 s or more, so the build
    // suites come next, longest first, then the unlisted suites, bigger file first.
    expect(order(tests)).toEqual([
      "test/functions/fuzz-money.test.ts",
      "test/functions/fuzz-lookups.test.ts",
      "test/workbook/api-sets.test.ts",
      "test/taskpane/faults.test.tsx",
      "test/e2e/csp.e2e.test.ts",
      "test/e2e/pane.e2e.test.ts",
      "test/build/bundle.test.ts",
      "test/a.test.ts",
      "test/b.test.ts",
    ]);
  });

  it("runs the build suites first when they are all that is selected, and the others longest first", () => {
    expect(order([suite("test/build/bundle.test.ts", "build"), suite("test/e2e/csp.e2e.test.ts", "build")])).toEqual([
      "test/e2e/csp.e2e.test.ts",
      "test/build/bundle.test.ts",
    ]);
    expect(order([suite("test/a.test.ts", "unit", 5), suite("test/taskpane/keyboard.test.tsx", "unit")])).toEqual([
      "test/taskpane/keyboard.test.tsx",
      "test/a.test.ts",
    ]);
  });
});
