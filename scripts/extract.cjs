// `npm run extract -- <file.pdf|file.docx|file.txt>`: reads a contract on this machine and prints what the
// extraction finds, as JSON ({"fields": {...}, "clauses": [...]}, the shape of issue 14). It reads the file
// with the pane's own code (src/taskpane/contract: the same page joining for PDF, the same Word page
// breaks, the same checks and messages) and extracts with the core the pane uses (src/core/extract), so it
// is how the extraction is tested on real files. Nothing is sent anywhere.
//
//   npm run extract -- contract.pdf          the extraction as JSON
//   npm run extract -- --text a.pdf b.docx   what was read instead: [{file, kind, scanned, pages}], one per file
//
// Exit codes: 0 read and printed; 2 a file that cannot be read (wrong type, too large, damaged, a scan
// without text, not UTF-8), with the reason on stderr; 1 anything else (a bug: please report it).
//
// The sources are TypeScript; they are transpiled as Node requires them, as bench/bench.cjs does
// (ts.transpileModule, types unchecked here; `npm run typecheck` checks them), and cached. pdf.js runs from its legacy
// build, the one made for Node, with its worker in this process.
const { createHash } = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const UNREADABLE = 2;
// Transpiled sources are kept by content hash, so a run after the first loads neither TypeScript nor
// transpiles again (measured: 0.3 s of CPU a run instead of 1.4 s); a changed file, or another TypeScript,
// simply gets a new entry.
const CACHE = path.join(ROOT, "node_modules/.cache/leverage-extract");
const TS_VERSION = require("typescript/package.json").version;
let ts;

/** A TypeScript source as CommonJS, from the cache or transpiled now (and cached). */
function transpiled(filename) {
  const source = fs.readFileSync(filename, "utf8");
  const key = createHash("sha256").update(`${TS_VERSION}\0${filename}\0`).update(source).digest("hex");
  const cached = path.join(CACHE, `${key}.js`);
  if (fs.existsSync(cached)) return fs.readFileSync(cached, "utf8");
  ts ??= require("typescript");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
    fileName: filename,
  });
  try {
    fs.mkdirSync(CACHE, { recursive: true });
    // Written whole under a temporary name, then renamed: a concurrent run never reads half a file.
    const temporary = `${cached}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, outputText);
    fs.renameSync(temporary, cached);
  } catch {
    // A read-only checkout still works, only slower.
  }
  return outputText;
}

require.extensions[".ts"] = (module, filename) => {
  if (!filename.startsWith(ROOT) || filename.includes(`${path.sep}node_modules${path.sep}`)) {
    throw new Error(`extract: will not transpile ${filename}`);
  }
  module._compile(transpiled(filename), filename);
};

const contractFile = require("../src/taskpane/contract/contract-file.ts");
const { PDF_READ_OPTIONS, isScanned, pdfPages } = require("../src/taskpane/contract/pdf-lines.ts");
const { DOCX_STYLE_MAP, docxPages } = require("../src/taskpane/contract/docx-pages.ts");

/** A PDF's pages through pdf.js's legacy build (an ES module: imported, not required). */
async function readPdf(bytes) {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = pdfjs.getDocument({ ...PDF_READ_OPTIONS, data: new Uint8Array(bytes) });
  try {
    return await pdfPages(await task.promise);
  } finally {
    await task.destroy();
  }
}

/** A .docx's pages through mammoth's Node API. */
async function readDocx(bytes) {
  const mammoth = require("mammoth");
  const { value } = await mammoth.convertToHtml({ buffer: bytes }, { styleMap: DOCX_STYLE_MAP });
  return docxPages(value);
}

/** {file, kind, scanned, pages} for one file; throws ContractReadError when it cannot be read. */
async function readContract(file) {
  const name = path.basename(file);
  let bytes;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new contractFile.ContractReadError(
      `Cannot open "${file}": ${error.code === "ENOENT" ? "no such file" : error.message}.`,
    );
  }
  const kind = contractFile.checkContractFile(name, bytes.length);
  try {
    const pages =
      kind === "pdf"
        ? await readPdf(bytes)
        : kind === "docx"
          ? await readDocx(bytes)
          : contractFile.textPages(bytes, name);
    return { file, kind, scanned: kind === "pdf" && isScanned(pages), pages };
  } catch (error) {
    throw contractFile.readFailure(name, kind, error);
  }
}

/** The extraction of one file's pages as JSON text (the core's extractionJson writes it). */
function extraction(pages) {
  const core = require("../src/core/extract/index.ts");
  const json = core.extractionJson(core.extractOffer(pages));
  return typeof json === "string" ? json : JSON.stringify(json, null, 2);
}

async function main(args) {
  const textOnly = args[0] === "--text";
  const files = textOnly ? args.slice(1) : args;
  if (files.length === 0 || (!textOnly && files.length > 1)) {
    process.stderr.write(
      "Usage: npm run extract -- <file.pdf|file.docx|file.txt>\n       npm run extract -- --text <file>...\n",
    );
    return UNREADABLE;
  }
  try {
    const read = [];
    for (const file of files) read.push(await readContract(file));
    if (textOnly) {
      process.stdout.write(`${JSON.stringify(read, null, 2)}\n`);
      return 0;
    }
    if (read[0].scanned) throw new contractFile.ContractReadError(contractFile.SCANNED_MESSAGE);
    process.stdout.write(`${extraction(read[0].pages)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof contractFile.ContractReadError) {
      process.stderr.write(`${error.message}\n`);
      return UNREADABLE;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`extract failed: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  },
);
