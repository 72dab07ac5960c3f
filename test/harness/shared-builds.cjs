// What the tests' global setup and the tests that wait for its builds agree on.
module.exports = {
  /** The production origin written into the shared production build's manifest, functions.json and help. */
  PRODUCTION_ORIGIN: "https://leverage.example.org/app",
  /** The environment variable through which Jest's workers learn where the shared builds go. */
  SHARED_BUILDS_VARIABLE: "LEVERAGE_SHARED_BUILDS",
};
