// Builds the add-in into a folder, as `npm run build` (production) or `npm start` on Linux (the offline
// preview: development mode, office.js served from the add-in's own origin) would. Plain CommonJS so the
// same code runs inside Jest, in the bench, and as a child process started by the tests' global setup
// (test/harness/jest/start-builds.cjs), where two builds run side by side on two cores.
const path = require("node:path");
const webpack = require("webpack");

const ROOT = path.join(__dirname, "../..");

/** How each kind of build is made: the webpack --env options and mode. */
const KINDS = {
  production: { env: {}, mode: "production" },
  preview: { env: { localOfficeJs: true }, mode: "development" },
};

/**
 * Builds `kind` into `out`. `origin` is the production ADDIN_ORIGIN (undefined: the development origin);
 * the environment variable is restored before the build starts, so callers never see it changed.
 */
function buildInto(kind, out, origin) {
  const spec = KINDS[kind];
  if (!spec) return Promise.reject(new Error(`Unknown build kind ${kind}`));
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const saved = process.env.ADDIN_ORIGIN;
  if (origin === undefined) delete process.env.ADDIN_ORIGIN;
  else process.env.ADDIN_ORIGIN = origin;
  let config;
  try {
    config = makeConfig(spec.env, { mode: spec.mode });
  } finally {
    if (saved === undefined) delete process.env.ADDIN_ORIGIN;
    else process.env.ADDIN_ORIGIN = saved;
  }
  config.mode = spec.mode;
  config.output.path = out;
  return new Promise((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error || !stats) return reject(error ?? new Error("webpack returned no stats"));
      if (stats.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve(out);
    }),
  );
}

module.exports = { ROOT, buildInto };

// As a child process: node build-addin.cjs KIND OUT [ORIGIN]; writes OUT.status.json when done.
if (require.main === module) {
  const [kind, out, origin] = process.argv.slice(2);
  const { writeStatus } = require("./shared-builds.cjs");
  const status = (s) => writeStatus(out, s);
  buildInto(kind, out, origin || undefined).then(
    () => status({ ok: true }),
    (error) => {
      status({ ok: false, error: String(error && error.stack ? error.stack : error) });
      process.exitCode = 1;
    },
  );
}
