/**
 * `npm run lint` checks formatting as well as lint: Prettier's command line, at the repository's settings,
 * refuses an unformatted file and passes it once formatted, and it covers every folder of code (only
 * generated output, installed packages and hand-wrapped Markdown are left out). Prettier runs as its own
 * process, as `npm run lint` runs it (its API loads modules in a way Jest's sandbox does not allow).
 */
import { execFileSync, spawnSync } from "child_process";
import fs from "fs";
import path from "path";

const ROOT = path.join(__dirname, "..");
const PRETTIER = require.resolve("prettier/bin/prettier.cjs");

/** Runs Prettier's command line from the root with `input` on standard input. */
function prettier(args: string[], input = ""): { status: number | null; stdout: string } {
  const result = spawnSync(process.execPath, [PRETTIER, ...args], { cwd: ROOT, input, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout };
}

/** Prettier's own answer for a path: ignored, and the parser it would use. */
function fileInfo(file: string): { ignored: boolean; inferredParser: string | null } {
  return JSON.parse(execFileSync(process.execPath, [PRETTIER, "--file-info", file], { cwd: ROOT, encoding: "utf8" }));
}

describe("npm run lint", () => {
  it("runs ESLint and then Prettier's check over the whole tree", () => {
    const { scripts } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(scripts.lint).toBe("eslint --max-warnings 0 . && prettier --check .");
    expect(scripts.format).toBe("prettier --write .");
  });

  it("refuses an unformatted file and passes it once formatted, at 120 columns", () => {
    const asFile = ["--stdin-filepath", "src/core/example.ts"];
    const messy = "export const total = (a:number,b:number)=>{return a+b}\n";
    expect(prettier(["--check", ...asFile], messy).status).not.toBe(0);
    const formatted = prettier(asFile, messy).stdout;
    expect(formatted).toBe("export const total = (a: number, b: number) => {\n  return a + b;\n};\n");
    expect(prettier(["--check", ...asFile], formatted).status).toBe(0);
    // 120 columns stay on one line; 121 break the call over lines.
    const call = (n: number) => `export const x = f("${"a".repeat(n)}", "b");\n`;
    expect(call(92).length - 1).toBe(120);
    expect(prettier(["--check", ...asFile], call(92)).status).toBe(0);
    expect(prettier(["--check", ...asFile], call(93)).status).not.toBe(0);
  });

  it("checks every folder of code and the configuration, and leaves out only output, packages and prose", () => {
    const code = [
      "src/core/names.ts",
      "src/taskpane/App.tsx",
      "src/help/function-help.json",
      "test/harness/build-addin.cjs",
      "bench/main.ts",
      "scripts/test.mjs",
      "webpack.config.js",
      "package.json",
    ];
    for (const file of code) expect([file, fileInfo(file).ignored]).toEqual([file, false]);
    for (const file of ["dist/taskpane.js", "node_modules/react/index.js", "package-lock.json", "README.md"]) {
      expect([file, fileInfo(file).ignored]).toEqual([file, true]);
    }
  });
});
