/**
 * The add-in as built for real: `buildAddin` makes a fresh production build (the bench), `sharedBuild` hands
 * a test the one production or preview build that Jest's global setup started for the whole run
 * (jest/start-builds.cjs), waiting for it to finish. Tests never build for themselves: each build costs
 * tens of seconds of the suite's time.
 */
import fs from "fs";
import os from "os";
import path from "path";

type Kind = "production" | "preview";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const builder = require("./build-addin.cjs") as {
  ROOT: string;
  buildInto(kind: Kind, out: string, origin?: string): Promise<string>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const shared = require("./shared-builds.cjs") as {
  PRODUCTION_ORIGIN: string;
  SHARED_BUILDS_VARIABLE: string;
  statusFile(out: string): string;
};

export const ROOT = builder.ROOT;
/** The origin the shared production build was made for, with its trailing slash. */
export const PRODUCTION_ORIGIN = `${shared.PRODUCTION_ORIGIN}/`;

/** A production build in a new temporary folder; `origin` is the production ADDIN_ORIGIN. */
export async function buildAddin(origin?: string): Promise<string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "leverage-build-"));
  return builder.buildInto("production", out, origin);
}

const POLL_MS = 200;
// Two builds side by side on a loaded two-core machine take about a minute; ten is a hang, not a build.
const WAIT_MS = 10 * 60_000;

/**
 * The shared build of `kind` once it has finished: production (office.js from Microsoft's CDN, made for
 * PRODUCTION_ORIGIN) or the offline preview. Throws the build's own error when it failed. Call it from a
 * `beforeAll` with a timeout of a few minutes; never delete the folder (the global teardown does).
 */
export async function sharedBuild(kind: Kind): Promise<string> {
  const folders = process.env[shared.SHARED_BUILDS_VARIABLE];
  if (!folders) {
    throw new Error(
      `No shared builds: run this test through Jest's "build" project (npx jest --selectProjects build), whose global setup starts them.`,
    );
  }
  const out = (JSON.parse(folders) as Record<Kind, string>)[kind];
  const statusFile = shared.statusFile(out);
  for (const started = Date.now(); Date.now() - started < WAIT_MS;) {
    if (fs.existsSync(statusFile)) {
      const status = JSON.parse(fs.readFileSync(statusFile, "utf8")) as { ok: boolean; error?: string };
      if (!status.ok) throw new Error(`The shared ${kind} build failed: ${status.error}`);
      return out;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`The shared ${kind} build did not finish within ${WAIT_MS / 60_000} minutes.`);
}
