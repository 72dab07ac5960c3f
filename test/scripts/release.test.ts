/**
 * `npm run release` (scripts/release.mjs) on a temporary copy of package.json, package-lock.json and
 * manifest.xml: each bump kind moves all three together, the manifest stays the package version + ".0",
 * and a bad request or a drifted manifest changes nothing.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

const ROOT = path.join(__dirname, "../..");
const SCRIPT = path.join(ROOT, "scripts/release.mjs");
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "leverage-release-"));
  // Real files, with the version set to a known start so the expected numbers below are fixed.
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ ...pkg, version: "0.4.9" }, null, 2) + "\n");
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8"));
  const root = { ...lock.packages[""], version: "0.4.9" };
  fs.writeFileSync(
    path.join(dir, "package-lock.json"),
    JSON.stringify({ ...lock, version: "0.4.9", packages: { "": root } }, null, 2) + "\n",
  );
  const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  fs.writeFileSync(
    path.join(dir, "manifest.xml"),
    manifest.replace(/<Version>[^<]*<\/Version>/, "<Version>0.4.9.0</Version>"),
  );
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args, "--root", dir], { encoding: "utf8" });
const versions = () => ({
  pkg: JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).version,
  lock: JSON.parse(fs.readFileSync(path.join(dir, "package-lock.json"), "utf8")).version,
  lockRoot: JSON.parse(fs.readFileSync(path.join(dir, "package-lock.json"), "utf8")).packages[""].version,
  manifest: fs.readFileSync(path.join(dir, "manifest.xml"), "utf8").match(/<Version>([^<]*)<\/Version>/g),
});

it.each([
  // 0.4.9 + patch = 0.4.10 (numbers, not text); + minor = 0.5.0; + major = 1.0.0.
  [[], "0.4.10"],
  [["patch"], "0.4.10"],
  [["minor"], "0.5.0"],
  [["major"], "1.0.0"],
  [["0.6.0"], "0.6.0"],
])("bumps %j to %s in package.json, package-lock.json and the manifest", (args, to) => {
  const result = run(...args);
  expect(result.status).toBe(0);
  expect(result.stdout).toContain(`0.4.9 -> ${to}`);
  // One <Version> in the manifest (VersionOverrides carries none), four numbers.
  expect(versions()).toEqual({ pkg: to, lock: to, lockRoot: to, manifest: [`<Version>${to}.0</Version>`] });
});

it("changes nothing else in the manifest", () => {
  const before = fs.readFileSync(path.join(dir, "manifest.xml"), "utf8");
  expect(run().status).toBe(0);
  const after = fs.readFileSync(path.join(dir, "manifest.xml"), "utf8");
  expect(after.replace("0.4.10.0", "0.4.9.0")).toBe(before);
});

it("bumps twice in a row, so each release gets a new manifest version", () => {
  expect(run().status).toBe(0);
  expect(run().status).toBe(0);
  expect(versions().manifest).toEqual(["<Version>0.4.11.0</Version>"]);
});

it.each([
  [["0.4.9"], /not above the current version 0.4.9/],
  [["0.3.99"], /not above the current version/],
  [["bogus"], /unknown bump "bogus"/],
])("refuses %j and writes nothing", (args, message) => {
  const result = run(...args);
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(message);
  expect(versions()).toEqual({
    pkg: "0.4.9",
    lock: "0.4.9",
    lockRoot: "0.4.9",
    manifest: ["<Version>0.4.9.0</Version>"],
  });
});

it("refuses when the manifest has drifted from package.json, and writes nothing", () => {
  const file = path.join(dir, "manifest.xml");
  fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("0.4.9.0", "0.4.8.0"));
  const result = run();
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/<Version> is 0.4.8.0, package.json is 0.4.9/);
  expect(versions().pkg).toBe("0.4.9");
});

it("agrees with the project today: the manifest is package.json's version + .0", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  expect(manifest.match(/<Version>([^<]*)<\/Version>/)?.[1]).toBe(`${pkg.version}.0`);
  expect(pkg.scripts.release).toBe("node scripts/release.mjs");
});
