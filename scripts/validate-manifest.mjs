// `npm run validate`: offline structural check of manifest.xml (see scripts/manifest-checks.js).
// Microsoft's online validator can be run where the network allows: npx office-addin-manifest validate manifest.xml
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { checkManifest } = createRequire(import.meta.url)("./manifest-checks.js");
const problems = checkManifest(readFileSync(join(root, "manifest.xml"), "utf8"), { root, namespace: "OFFER" });
if (problems.length === 0) {
  console.log("manifest.xml: no problems found by the offline checks.");
} else {
  console.error(`manifest.xml: ${problems.length} problem(s):\n${problems.map((p) => `- ${p}`).join("\n")}`);
  process.exitCode = 1;
}
