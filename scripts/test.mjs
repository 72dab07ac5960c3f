// `npm test`: every check a change must pass, one phase after another, stopping at the first that fails,
// then the wall time of each phase, so anyone can see where the time goes. The phases are the npm scripts
// of the same names: typecheck, lint, test:browser-setup (a Chromium for the browser test) and test:unit
// (Jest, both projects). Extra arguments go to Jest (npm test -- test/core).
import { spawnSync } from "node:child_process";

const PHASES = [
  { name: "type-check", script: "typecheck" },
  { name: "lint and format", script: "lint" },
  { name: "browser setup", script: "test:browser-setup" },
  { name: "Jest", script: "test:unit", passArguments: true },
];

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const times = [];
let failed;
for (const phase of PHASES) {
  const args = ["run", "--silent", phase.script];
  if (phase.passArguments && process.argv.length > 2) args.push("--", ...process.argv.slice(2));
  const started = performance.now();
  const result = spawnSync(npm, args, { stdio: "inherit", shell: process.platform === "win32" });
  times.push([phase.name, (performance.now() - started) / 1000]);
  if (result.status !== 0) {
    failed = phase.name;
    break;
  }
}

const width = Math.max(...times.map(([name]) => name.length));
const total = times.reduce((sum, [, seconds]) => sum + seconds, 0);
console.log("\nWall time by phase:");
for (const [name, seconds] of times) console.log(`  ${name.padEnd(width)}  ${seconds.toFixed(1).padStart(6)} s`);
console.log(`  ${"total".padEnd(width)}  ${total.toFixed(1).padStart(6)} s`);
if (failed) {
  console.log(`\nnpm test failed in the ${failed} phase.`);
  process.exitCode = 1;
}
