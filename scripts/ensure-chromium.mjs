// Part of `npm test`: makes sure a Chromium exists for the browser test (test/e2e), which drives Debian's
// Chromium with playwright-core rather than downloading a browser. If none is found on a Debian-like Linux
// and this runs as root (CI, containers), it installs the `chromium` package with apt; otherwise it says
// what to install and fails, so the browser test never skips silently.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const { findChromium } = createRequire(import.meta.url)("./chromium-path.cjs");
const configured = process.env.LEVERAGE_CHROMIUM;

function apt(...args) {
  const result = spawnSync("apt-get", args, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return result.status === 0;
}

let browser = findChromium();
if (
  !browser &&
  !configured &&
  process.platform === "linux" &&
  existsSync("/usr/bin/apt-get") &&
  process.getuid?.() === 0
) {
  console.log("The browser test needs Chromium: installing Debian's chromium package (apt-get install chromium)...");
  const install = ["install", "-y", "--no-install-recommends", "chromium"];
  if (!apt(...install)) {
    apt("update");
    apt(...install);
  }
  browser = findChromium();
}

if (browser) {
  console.log(`Browser test will use ${browser}.`);
} else {
  console.error(
    configured
      ? `LEVERAGE_CHROMIUM is ${configured}, which does not exist.`
      : "The browser test needs Chromium. Install it (Debian/Ubuntu: sudo apt-get install chromium), or set LEVERAGE_CHROMIUM to a Chromium or Chrome binary, then run npm test again.",
  );
  process.exitCode = 1;
}
