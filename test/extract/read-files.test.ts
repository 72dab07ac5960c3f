/**
 * Real files read back: scripts/make-contract-files.mjs writes two text PDFs, two .docx and a scanned PDF
 * from the corpus's plain texts into test-output/contracts/; the readers must give back each source page's
 * words, in order, page for page, and recognise the scan. Then `npm run extract` on a PDF, a .docx and a
 * .txt prints JSON of issue 14's shape, and refuses the scan with exit code 2.
 *
 * pdf.js is an ES module, which Jest's CommonJS runtime cannot load, so the files are read by the extract
 * script in a child process (`--text`, the same readers and page joining as the pane). Six processes in
 * all, the last four side by side.
 */
import { execFile } from "child_process";
import fs from "fs";
import path from "path";
import { promisify } from "util";
import { ROOT } from "../harness/build";
import { extractOffer } from "../../src/core/extract";
import { type Expected, score } from "../core/extract/corpus-score";

const run = promisify(execFile);
const OUT = path.join(ROOT, "test-output/contracts");
const EXTRACT = path.join(ROOT, "scripts/extract.cjs");

interface Made {
  file: string;
  kind: "pdf" | "docx";
  layout: string;
  from: string | null;
  text: string | null;
}
interface Read {
  file: string;
  kind: string;
  scanned: boolean;
  pages: string[];
}
interface Spawned {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs node with args; resolves with the exit code and output whatever the code. */
async function node(args: string[]): Promise<Spawned> {
  try {
    const { stdout, stderr } = await run(process.execPath, args, { cwd: ROOT, maxBuffer: 16 * 2 ** 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

/** Words as a reader should keep them: lower case letters and digits, accents folded, punctuation dropped. */
function words(text: string): string[] {
  return (
    text
      .normalize("NFKD")
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? []
  );
}

let made: Made[];
let read: Read[];
let extracted: Record<string, Spawned>;
/** The plain text each `npm run extract` run's file was made from (in OUT), by the run's kind. */
let sources: Record<string, string>;

beforeAll(async () => {
  fs.rmSync(OUT, { recursive: true, force: true });
  const making = await node([path.join(ROOT, "scripts/make-contract-files.mjs"), OUT]);
  if (making.code !== 0) throw new Error(`make-contract-files failed: ${making.stderr}`);
  made = JSON.parse(fs.readFileSync(path.join(OUT, "manifest.json"), "utf8")).files;
  const first = (kind: string) => made.find((m) => m.kind === kind && m.text)!;
  // The .txt run reads the plain text the first .docx was made from.
  sources = { pdf: first("pdf").text!, docx: first("docx").text!, txt: first("docx").text! };
  const [reading, pdf, docx, txt, scanned] = await Promise.all([
    node([EXTRACT, "--text", ...made.map((m) => path.join(OUT, m.file))]),
    node([EXTRACT, path.join(OUT, first("pdf").file)]),
    node([EXTRACT, path.join(OUT, first("docx").file)]),
    node([EXTRACT, path.join(OUT, sources.txt)]),
    node([EXTRACT, path.join(OUT, "scanned.pdf")]),
  ]);
  if (reading.code !== 0) throw new Error(`extract --text failed: ${reading.stderr}`);
  read = JSON.parse(reading.stdout);
  extracted = { pdf, docx, txt, scanned };
}, 60_000);

describe("the generated files", () => {
  it("are two text PDFs, two .docx and a scan, each made from a plain text", () => {
    expect(made.filter((m) => m.kind === "pdf" && m.text)).toHaveLength(2);
    expect(made.filter((m) => m.kind === "docx")).toHaveLength(2);
    expect(made.filter((m) => !m.text).map((m) => m.file)).toEqual(["scanned.pdf"]);
  });

  it("read back as their source's words, in order, page for page", () => {
    for (const m of made.filter((f) => f.text)) {
      const source = fs.readFileSync(path.join(OUT, m.text!), "utf8").split("\f");
      const got = read.find((r) => r.file.endsWith(m.file))!;
      // Reported per file, so a failure names the file, its layout and the page.
      expect({ file: m.file, kind: got.kind, scanned: got.scanned, pages: got.pages.length }).toEqual({
        file: m.file,
        kind: m.kind,
        scanned: false,
        pages: source.length,
      });
      source.forEach((page, i) =>
        expect({ file: m.file, layout: m.layout, page: i + 1, words: words(got.pages[i]) }).toEqual({
          file: m.file,
          layout: m.layout,
          page: i + 1,
          words: words(page),
        }),
      );
    }
  });

  // The corpus test scores the plain texts; this scores the same contracts as read from the PDF and .docx
  // files, so what pdf.js and mammoth give the extraction is held to the same bar: 90% and nothing wrong
  // at high confidence.
  it.each(["hospital-employed.pdf", "wrvu-tiers.pdf", "academic.docx", "private-group-partnership.docx"])(
    "extract from %s as well as from its text: at least 90% right, none wrong with high confidence",
    (file) => {
      const got = read.find((r) => r.file.endsWith(file))!;
      const name = file.replace(/\.(pdf|docx)$/, "");
      const expected = JSON.parse(
        fs.readFileSync(path.join(ROOT, "test/fixtures/contracts", `${name}.expected.json`), "utf8"),
      ) as Expected;
      const result = score(extractOffer(got.pages), expected);
      expect({ file, confidentlyWrong: result.confidentlyWrong }).toEqual({ file, confidentlyWrong: [] });
      expect({ file, misses: result.misses, enough: result.right / result.total >= 0.9 }).toMatchObject({
        file,
        enough: true,
      });
    },
  );

  it("recognise the image-only PDF as a scan with no text", () => {
    const scan = read.find((r) => r.file.endsWith("scanned.pdf"))!;
    expect(scan).toMatchObject({ kind: "pdf", scanned: true });
    expect(scan.pages).toEqual(["", "", ""]);
  });
});

describe("npm run extract", () => {
  it.each(["pdf", "docx", "txt"])(
    "prints the extraction of a .%s as JSON: fields with value, quote, confidence; clauses",
    (kind) => {
      const { code, stdout, stderr } = extracted[kind];
      expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
      const json = JSON.parse(stdout) as { fields: Record<string, unknown>; clauses: unknown[] };
      // Issue 14's two keys; the core may add "conflicts" and "details" when it finds them.
      expect(Object.keys(json)).toEqual(expect.arrayContaining(["fields", "clauses"]));
      expect(Object.keys(json).every((key) => ["fields", "clauses", "conflicts", "details"].includes(key))).toBe(true);
      expect(Object.keys(json.fields).length).toBeGreaterThan(0);
      for (const field of Object.values(json.fields)) {
        expect(field).toEqual({
          value: expect.anything(),
          quote: expect.any(String),
          confidence: expect.stringMatching(/^(high|medium|low)$/),
        });
      }
      // Each quote is the contract's own words, as read from the file.
      const source = new Set(words(fs.readFileSync(path.join(OUT, sources[kind]), "utf8")));
      for (const field of Object.values(json.fields) as Array<{ quote: string }>)
        expect(words(field.quote).filter((w) => !source.has(w))).toEqual([]);
      for (const clause of json.clauses)
        expect(clause).toEqual({ kind: expect.any(String), quote: expect.any(String), why: expect.any(String) });
    },
  );

  it("refuses a scanned PDF with exit code 2 and says it has no text layer", () => {
    expect(extracted.scanned.code).toBe(2);
    expect(extracted.scanned.stdout).toBe("");
    expect(extracted.scanned.stderr).toMatch(/no text layer.*no OCR/);
  });
});
