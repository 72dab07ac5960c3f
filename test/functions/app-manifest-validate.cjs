/**
 * Validates JSON against a JSON schema with @microsoft/app-manifest's own validator
 * (AppManifestUtils.validateAgainstSchema: ajv with the draft-04 meta-schema and its formats).
 * Reads { instance, schema } as JSON on stdin and prints the problems as a JSON array of strings.
 *
 * WHY a child process: the package requires strip-bom, which is ESM-only. Node (20.19+) loads it from
 * CommonJS, but Jest's module runtime on Node 20 cannot, so metadata.test.ts runs this with plain Node.
 */
const { AppManifestUtils } = require("@microsoft/app-manifest");

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", async () => {
  const { instance, schema } = JSON.parse(input);
  const problems = await AppManifestUtils.validateAgainstSchema(instance, schema);
  process.stdout.write(JSON.stringify(problems));
});
