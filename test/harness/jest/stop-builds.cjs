// Jest global teardown of the "build" project: stops a build still running (a run cut short) and removes
// the shared builds' folder.
const fs = require("node:fs");

module.exports = async function stopBuilds() {
  const shared = globalThis.__leverageSharedBuilds;
  if (!shared) return;
  for (const child of shared.children) if (child.exitCode === null && child.signalCode === null) child.kill();
  fs.rmSync(shared.root, { recursive: true, force: true });
};
