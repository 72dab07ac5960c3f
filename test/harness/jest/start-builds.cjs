// Jest global setup of the "build" project (jest.config.js): starts the one production build and the one
// preview build that every test needing a build shares (test/harness/build.ts, sharedBuild). Each build
// runs in its own child process, so the two use both cores while Jest's workers start on other suites;
// a test that needs a build waits for its status file. Jest runs this only when a selected test belongs
// to that project, so `npm run test:fast` builds nothing.
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { PRODUCTION_ORIGIN, SHARED_BUILDS_VARIABLE, statusFile, writeStatus } = require("../shared-builds.cjs");

module.exports = async function startBuilds() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "leverage-shared-builds-"));
  const builds = { production: path.join(root, "production"), preview: path.join(root, "preview") };
  const children = Object.entries(builds).map(([kind, out]) => {
    const args = [path.join(__dirname, "../build-addin.cjs"), kind, out];
    if (kind === "production") args.push(PRODUCTION_ORIGIN);
    const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "inherit"] });
    // A build that dies without writing its status (killed, out of memory) still tells the waiting tests.
    child.on("exit", (code, signal) => {
      if (!fs.existsSync(statusFile(out))) {
        writeStatus(out, { ok: false, error: `the ${kind} build exited with ${signal ?? code}` });
      }
    });
    return child;
  });
  // Workers are started after this resolves and inherit the environment.
  process.env[SHARED_BUILDS_VARIABLE] = JSON.stringify(builds);
  globalThis.__leverageSharedBuilds = { root, children };
};
