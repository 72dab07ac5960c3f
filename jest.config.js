/**
 * Jest: two projects over test/, run by two workers (this machine and CI have two cores).
 * - "unit": everything that needs no build and no browser: the core, the functions (fuzz included), the
 *   workbook stores over the strict Excel fake, the pane in jsdom, the bench's own logic, the harness.
 *   `npm run test:fast` runs this project alone.
 * - "build": what needs the built add-in: test/build (the bundle as shipped) and test/e2e (the pane in
 *   Chromium). Its global setup starts one production and one preview build for the whole run
 *   (test/harness/jest/start-builds.cjs); Jest runs it only when a test of this project is selected.
 * @swc/jest transpiles (types are checked by `npm run typecheck`); node by default, jsdom per file.
 */
// Jest forks its workers with this process's execArgv (jest-worker), so a V8 flag added here reaches them.
// --no-regexp-tier-up: V8 compiles each regexp to machine code from its first run, instead of interpreting it
// first and compiling it later. In a worker that has already run a few pane suites, regexps stayed
// interpreted: the signal check's 100 KB texts (test/core/phrase-check/linear.test.ts) took 24 s there and
// 6 s in a fresh worker. The flag changes how a regexp runs, never what it matches. (Set from inside a worker
// with v8.setFlagsFromString, it crashed the worker.)
if (!process.execArgv.includes("--no-regexp-tier-up")) process.execArgv.push("--no-regexp-tier-up");

const shared = {
  testEnvironment: "node",
  // swc transpiles (types are checked by `npm run typecheck`): the same output ts-jest gave in its
  // transpile-only mode, about ten times faster, which a clean clone (CI) pays for on every file.
  transform: {
    "^.+\\.tsx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          target: "es2020",
          transform: { react: { runtime: "automatic" } },
        },
        module: { type: "commonjs" },
      },
    ],
  },
  // office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose ESM-only
  // dependencies Jest's CommonJS runtime cannot load on Node 20.
  // The two Fluent barrels load every component package and every icon for each test file that imports
  // them (about 2.4 s a pane file); these give the same exports, each loaded when first read.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/harness/jest/office-addin-manifest.stub.js",
    "^@fluentui/react-components$": "<rootDir>/test/harness/jest/fluent-components.cjs",
    "^@fluentui/react-icons$": "<rootDir>/test/harness/jest/fluent-icons.cjs",
  },
  setupFiles: ["<rootDir>/test/harness/jest/install-custom-functions.ts"],
  // fast-style-match: jsdom's getComputedStyle, the same answers without testing every Fluent rule.
  setupFilesAfterEnv: ["<rootDir>/test/harness/jest/jest-dom.ts", "<rootDir>/test/harness/jest/fast-style-match.ts"],
};
const NEEDS_BUILD = ["<rootDir>/test/build/", "<rootDir>/test/e2e/"];

module.exports = {
  maxWorkers: 2,
  // Longest suites first, so the two workers finish together (see the sequencer for the list).
  testSequencer: "<rootDir>/test/harness/jest/slowest-first.cjs",
  projects: [
    {
      ...shared,
      displayName: "unit",
      roots: ["<rootDir>/test"],
      testPathIgnorePatterns: ["/node_modules/", ...NEEDS_BUILD],
    },
    {
      ...shared,
      displayName: "build",
      roots: NEEDS_BUILD,
      globalSetup: "<rootDir>/test/harness/jest/start-builds.cjs",
      globalTeardown: "<rootDir>/test/harness/jest/stop-builds.cjs",
    },
  ],
};
