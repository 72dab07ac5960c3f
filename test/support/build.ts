/**
 * Builds the add-in as `npm run build` does (production mode, office.js from Microsoft's CDN) into a fresh
 * temporary folder. Used by the bundle test and the browser test, so both check what ships.
 */
import fs from "fs";
import os from "os";
import path from "path";
import webpack from "webpack";

export const ROOT = path.join(__dirname, "../..");

/** Builds into a new temporary folder and returns its path; `origin` is the production ADDIN_ORIGIN. */
export async function buildAddin(origin?: string): Promise<string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "leverage-build-"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const saved = process.env.ADDIN_ORIGIN;
  if (origin === undefined) delete process.env.ADDIN_ORIGIN;
  else process.env.ADDIN_ORIGIN = origin;
  const config = makeConfig({}, { mode: "production" });
  if (saved === undefined) delete process.env.ADDIN_ORIGIN;
  else process.env.ADDIN_ORIGIN = saved;
  config.mode = "production";
  config.output.path = out;
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (error, result) => (error || !result ? reject(error) : resolve(result))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
  return out;
}
