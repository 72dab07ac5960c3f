// npm run release [-- patch|minor|major|X.Y.Z]: bumps the version in package.json, package-lock.json and
// manifest.xml together (patch by default). WHY: Excel caches an add-in's custom-functions metadata
// (functions.json); a new manifest <Version> is how a deployed add-in tells Office it has changed. The
// manifest carries four numbers, the package three: the manifest is always the package's version + ".0".
// It refuses to run when the two disagree, so a hand edit cannot drift silently.
// Options: --root DIR works on another copy of the project (the tests use a temporary one).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;
const MANIFEST_VERSION = /<Version>([^<]*)<\/Version>/;

/** The version after `current` for a bump kind, or the explicit X.Y.Z given (which must be higher). */
export function nextVersion(current, kind) {
  const now = current.match(SEMVER);
  if (!now) throw new Error(`package.json version ${current} is not X.Y.Z`);
  const [major, minor, patch] = now.slice(1).map(Number);
  if (kind === "major") return `${major + 1}.0.0`;
  if (kind === "minor") return `${major}.${minor + 1}.0`;
  if (kind === "patch") return `${major}.${minor}.${patch + 1}`;
  const wanted = kind.match(SEMVER);
  if (!wanted) throw new Error(`unknown bump "${kind}": use patch, minor, major or a version X.Y.Z`);
  const higher = wanted
    .slice(1)
    .map(Number)
    .map((n, i) => n - [major, minor, patch][i])
    .find((d) => d !== 0);
  if (!(higher > 0)) throw new Error(`${kind} is not above the current version ${current}`);
  return kind;
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}
function writeJson(file, value) {
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** Bumps the three files under `root`; returns { from, to }. Writes nothing if any check fails. */
export function release(root, kind = "patch") {
  const pkgFile = path.join(root, "package.json");
  const lockFile = path.join(root, "package-lock.json");
  const manifestFile = path.join(root, "manifest.xml");
  const pkg = readJson(pkgFile);
  const manifest = fs.readFileSync(manifestFile, "utf8");
  const inManifest = manifest.match(MANIFEST_VERSION)?.[1];
  if (inManifest !== `${pkg.version}.0`)
    throw new Error(
      `manifest.xml <Version> is ${inManifest}, package.json is ${pkg.version}: make the manifest ${pkg.version}.0 first`,
    );
  const to = nextVersion(pkg.version, kind);
  const lock = fs.existsSync(lockFile) ? readJson(lockFile) : null;

  pkg.version = to;
  writeJson(pkgFile, pkg);
  if (lock) {
    lock.version = to;
    if (lock.packages?.[""]) lock.packages[""].version = to;
    writeJson(lockFile, lock);
  }
  fs.writeFileSync(manifestFile, manifest.replace(MANIFEST_VERSION, `<Version>${to}.0</Version>`));
  return { from: inManifest.replace(/\.0$/, ""), to };
}

function main(args) {
  const rootAt = args.indexOf("--root");
  const root =
    rootAt >= 0 ? path.resolve(args[rootAt + 1]) : path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
  const kind = args.filter((a, i) => i !== rootAt && i !== rootAt + 1)[0] ?? "patch";
  try {
    const { from, to } = release(root, kind);
    console.log(`Version ${from} -> ${to}: package.json, package-lock.json, manifest.xml (${to}.0).`);
    console.log("Next: npm run build, deploy dist/, then publish the new manifest so Excel fetches the new metadata.");
  } catch (error) {
    console.error(`release: ${error.message}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
