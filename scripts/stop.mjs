// `npm stop`: stops what `npm start` started: the Excel sideload (Windows, macOS) or the preview server.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pidFile = join(root, ".dev-server.pid");

if (existsSync(pidFile)) {
  const pid = Number(readFileSync(pidFile, "utf8"));
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Stopped the Leverage preview server (pid ${pid}).`);
  } catch {
    console.log("The Leverage preview server was not running.");
  }
  rmSync(pidFile, { force: true });
} else if (["win32", "darwin"].includes(process.platform)) {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const result = spawnSync(npx, ["--yes", "office-addin-debugging@7.0.0", "stop", "manifest.xml"], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  process.exitCode = result.status ?? 1;
} else {
  console.log("Nothing to stop: no Leverage preview server is running.");
}
