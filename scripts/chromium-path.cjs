// Where the browser test finds Chromium: LEVERAGE_CHROMIUM when set, else the usual Linux paths. Shared by
// `npm test`'s setup step (scripts/ensure-chromium.mjs) and the test itself (test/harness/browser/chromium.ts).
const { existsSync } = require("node:fs");

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

/** The Chromium binary to use, or undefined when there is none (or LEVERAGE_CHROMIUM names a missing file). */
function findChromium() {
  const configured = process.env.LEVERAGE_CHROMIUM;
  if (configured) return existsSync(configured) ? configured : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

module.exports = { findChromium };
