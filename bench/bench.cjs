// `npm run bench` starts here. The bench is TypeScript, like the fake Excel and the stores it reuses, and
// runs in place: this hook transpiles each .ts file as Node requires it, with the installed TypeScript
// (ts.transpileModule: transpiling only, as the tests do; `npm run typecheck` checks the types,
// since test/bench imports the bench). Files keep their own paths, so __dirname and relative requires of
// .cjs and .json files work as in the tests, and nothing is written to disk.
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

const ROOT = path.join(__dirname, "..");
const COMPILER_OPTIONS = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2020,
  esModuleInterop: true,
  resolveJsonModule: true,
  inlineSourceMap: true,
};

require.extensions[".ts"] = (module, filename) => {
  if (!filename.startsWith(ROOT) || filename.includes(`${path.sep}node_modules${path.sep}`)) {
    throw new Error(`bench: will not transpile ${filename}`);
  }
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
    compilerOptions: COMPILER_OPTIONS,
    fileName: filename,
  });
  module._compile(outputText, filename);
};
process.setSourceMapsEnabled(true);

require("./main.ts")
  .runBench()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error) => {
    process.stderr.write(`bench failed: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  });
