// What the tests' global setup, the builds it starts and the tests that wait for them agree on.
const fs = require("node:fs");

/** Where a build in `out` reports how it ended. */
const statusFile = (out) => `${out}.status.json`;

module.exports = {
  statusFile,
  /** Reports how a build ended: written whole, then renamed, so a waiting test never reads half a file. */
  writeStatus(out, status) {
    fs.writeFileSync(`${statusFile(out)}.part`, JSON.stringify(status));
    fs.renameSync(`${statusFile(out)}.part`, statusFile(out));
  },
  /** The production origin written into the shared production build's manifest, functions.json and help. */
  PRODUCTION_ORIGIN: "https://leverage.example.org/app",
  /** The environment variable through which Jest's workers learn where the shared builds go. */
  SHARED_BUILDS_VARIABLE: "LEVERAGE_SHARED_BUILDS",
};
