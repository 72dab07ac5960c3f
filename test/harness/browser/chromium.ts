/**
 * Debian's Chromium driven by playwright-core. No browser is downloaded: the test needs a system Chromium
 * (`apt-get install chromium`, which `npm test` installs when missing where it can) and fails with that
 * instruction when there is none, rather than skip. office.js is requested from Microsoft's CDN exactly as
 * in production; the test answers those requests from the @microsoft/office-js package, so it runs offline.
 * Every other request outside the test server is refused and recorded.
 */
import fs from "fs";
import path from "path";
import { type Browser, type Page, chromium } from "playwright-core";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findChromium: chromiumPath } = require("../../../scripts/chromium-path.cjs") as {
  findChromium(): string | undefined;
};

/** The Chromium to use (see scripts/chromium-path.cjs); an instruction to install one when there is none. */
export function findChromium(): string {
  const found = chromiumPath();
  if (!found) {
    throw new Error(
      "The browser test needs Chromium and found none. Install it (Debian/Ubuntu: apt-get install chromium) or set LEVERAGE_CHROMIUM to a Chromium or Chrome binary.",
    );
  }
  return found;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

const OFFICE_CDN = /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/(.+)$/;
const OFFICE_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

/** Requests the page made, by where they went. */
export interface RequestLog {
  /** office.js files answered from the npm package in place of Microsoft's CDN. */
  officeJs: string[];
  /** Anything else outside the test server: refused. */
  refused: string[];
}

/** Routes office.js to the local package and refuses every other request that leaves `origin`. */
export async function isolate(page: Page, origin: string): Promise<RequestLog> {
  const log: RequestLog = { officeJs: [], refused: [] };
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:")) return route.continue();
    const cdn = OFFICE_CDN.exec(url);
    const file = cdn ? path.join(OFFICE_DIST, path.normalize(cdn[1])) : undefined;
    if (file && file.startsWith(OFFICE_DIST) && fs.existsSync(file)) {
      log.officeJs.push(url);
      return route.fulfill({ path: file, contentType: "application/javascript" });
    }
    log.refused.push(url);
    return route.abort();
  });
  return log;
}

/** A folder for screenshots, kept after the run (test-output/ is git-ignored). */
export function outputFolder(name: string): string {
  const dir = path.join(__dirname, "../../../test-output", name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
