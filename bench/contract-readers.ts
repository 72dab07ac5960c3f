/**
 * Reading a contract, in the bench: what the readers weigh, and how long the extraction takes.
 * - Sizes: pdf.js (chunk `pdfjs.js`), its worker (`pdfjs/pdf.worker-<version>.js`, copied as it ships) and
 *   mammoth (chunk `mammoth.js`) are loaded only when a contract is opened (src/taskpane/contract/
 *   read-contract.ts); none of them may be in the first screen's scripts.
 * - Time: the core's extraction (src/core/extract, the code `npm run extract` and the pane run) over a
 *   20-page contract made by concatenating the test corpus's pages (test/fixtures/contracts/*.txt, pages
 *   separated by "\f") until there are twenty, in Node; the first run and the median of the next five.
 */
import fs from "fs";
import path from "path";
import { type Size, scriptsOf, sizeOf } from "./bundle-sizes";
import { median } from "./stats";

const CORPUS = path.join(__dirname, "../test/fixtures/contracts");
export const CONTRACT_PAGES = 20;
const RUNS = 5;

/** One reader's file in the build, its budget, and its size (undefined when the build does not have it). */
export interface ReaderFile {
  label: string;
  budgetId: string;
  file: string;
  size?: Size;
}

/** pdf.js's worker as the build names it (pdfjs/pdf.worker-<version>.js), or undefined. */
function workerFile(buildDir: string): string | undefined {
  const dir = path.join(buildDir, "pdfjs");
  if (!fs.existsSync(dir)) return undefined;
  const found = fs.readdirSync(dir).find((f) => /^pdf\.worker-[\w.-]+\.js$/.test(f));
  return found && `pdfjs/${found}`;
}

/** The three readers' files in a build, with their sizes when present. */
export function readerFiles(buildDir: string): ReaderFile[] {
  const files: ReaderFile[] = [
    { label: "pdf.js (lazy chunk pdfjs.js)", budgetId: "reader-pdfjs-gzip-kb", file: "pdfjs.js" },
    {
      label: "pdf.js worker (pdfjs/pdf.worker-*.js)",
      budgetId: "reader-pdf-worker-gzip-kb",
      file: workerFile(buildDir) ?? "pdfjs/pdf.worker-*.js",
    },
    { label: "mammoth, .docx (lazy chunk mammoth.js)", budgetId: "reader-mammoth-gzip-kb", file: "mammoth.js" },
  ];
  return files.map((f) => {
    const at = path.join(buildDir, f.file);
    return fs.existsSync(at) ? { ...f, size: sizeOf(at) } : f;
  });
}

/**
 * Marks of the readers found in the first screen's scripts (what taskpane.html loads): pdf.js's worker
 * settings and mammoth's entry point are property names a minifier keeps. Should be none.
 */
export function readersInFirstScreen(buildDir: string): string[] {
  const initial = scriptsOf(fs.readFileSync(path.join(buildDir, "taskpane.html"), "utf8"));
  const marks = ["GlobalWorkerOptions", "convertToHtml"];
  return initial.flatMap((script) => {
    const text = fs.readFileSync(path.join(buildDir, script), "utf8");
    return marks.filter((mark) => text.includes(mark)).map((mark) => `${mark} in ${script}`);
  });
}

/** Twenty pages from the corpus: every file's pages in name order, over again until there are twenty. */
export function twentyPageContract(corpus = CORPUS): string[] {
  const files = fs.existsSync(corpus)
    ? fs
        .readdirSync(corpus)
        .filter((f) => f.endsWith(".txt"))
        .sort()
    : [];
  const pages = files.flatMap((f) => fs.readFileSync(path.join(corpus, f), "utf8").split("\f"));
  if (pages.every((p) => p.trim() === "")) throw new Error(`no contract texts in ${corpus}`);
  return Array.from({ length: CONTRACT_PAGES }, (_, i) => pages[i % pages.length]);
}

/** The extraction of `pages` timed: the first run (cold) and the median of the next RUNS. */
export async function measureExtraction(
  pages: string[],
): Promise<{ firstMs: number; medianMs: number; fields: number }> {
  // Loaded here, not at the top, so a broken extraction core fails this row and not the whole bench.
  const { extractOffer, extractionJson } = await import("../src/core/extract");
  const time = () => {
    const start = performance.now();
    const out: unknown = extractionJson(extractOffer(pages));
    // The JSON `npm run extract` prints; parsed, as a caller of the text would.
    const json = (typeof out === "string" ? JSON.parse(out) : out) as { fields?: Record<string, unknown> };
    return { ms: performance.now() - start, fields: Object.keys(json.fields ?? {}).length };
  };
  const first = time();
  const again = Array.from({ length: RUNS }, () => time().ms);
  return { firstMs: first.ms, medianMs: median(again), fields: first.fields };
}
