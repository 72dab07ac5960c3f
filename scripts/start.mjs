// `npm start`: runs the add-in.
// - Windows and macOS (where desktop Excel exists): trusts the Office dev certificates and sideloads
//   manifest.xml into Excel with Microsoft's office-addin-debugging, which starts the https dev server.
//   Those two tools are fetched by npx at this point, not installed by `npm ci`: office-addin-debugging
//   pulls a native module (keytar) that cannot build offline on Linux (see docs/dependencies.md).
// - Anywhere else (Linux has no Excel), or with LEVERAGE_PREVIEW=1: serves the add-in over http with a
//   local copy of office.js and prints the preview URL, where the pane runs without a workbook.
import { spawn } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const pidFile = join(root, ".dev-server.pid");
const hasExcel = ["win32", "darwin"].includes(process.platform) && process.env.LEVERAGE_PREVIEW !== "1";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => {
    rmSync(pidFile, { force: true });
    process.exit(code ?? 1);
  });
  return child;
}

if (hasExcel) {
  const certs = spawn(npx, ["--yes", "office-addin-dev-certs@3.0.0", "install"], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  certs.on("exit", () =>
    run(npx, ["--yes", "office-addin-debugging@7.0.0", "start", "manifest.xml", "desktop", "--app", "excel"]),
  );
} else {
  // webpack's own CLI under this Node (no npx or shell in between), so the recorded pid is the server's
  // and `npm stop` stops the server itself.
  const webpackCli = createRequire(import.meta.url).resolve("webpack-cli/bin/cli.js");
  const server = run(process.execPath, [webpackCli, "serve", "--mode", "development", "--env", "localOfficeJs"]);
  writeFileSync(pidFile, String(server.pid));
  const base = `http://localhost:${port}`;
  console.log(
    [
      "",
      "Leverage has no Excel to sideload into on this machine, so it runs as a preview.",
      `  Preview (task pane):  ${base}/taskpane.html`,
      `  Formula help:         ${base}/help/index.html`,
      "The server keeps running until you press Ctrl+C or run `npm stop`.",
      'To use it in Excel on the web, see the README section "Sideload into Excel by hand".',
      "",
    ].join("\n"),
  );
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
}
