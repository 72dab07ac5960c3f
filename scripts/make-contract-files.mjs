// Makes real contract files from the test corpus's plain texts, so the readers are tested on PDFs and Word
// files whose origin is this script (no binary blobs in the repository): `node scripts/make-contract-files.mjs
// [OUT]` writes into OUT (default test-output/contracts/, not committed):
// - two text PDFs (pdf-lib, Helvetica): one drawn a line at a time, top to bottom; one drawn a word at a
//   time with no space characters, bottom line first, so the reader must order lines by position and put
//   the spaces back from the gaps;
// - two Word .docx files (JSZip writing the WordprocessingML parts by hand): one run per paragraph, and
//   paragraphs split across two runs, with a page break at each "\f" of the source;
// - one "scanned" PDF: pages that are only an image, with no text layer at all;
// - manifest.json: each file, its kind, and the plain text it was made from (copied beside it).
// Each source page (the corpus separates pages with "\f") becomes exactly one page of the output: a PDF page
// grows taller rather than overflow, so tests can compare page by page.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";
import { PDFDocument, StandardFonts } from "pdf-lib";

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const CORPUS = path.join(ROOT, "test/fixtures/contracts");
const DEFAULT_OUT = path.join(ROOT, "test-output/contracts");

/**
 * The corpus files made into each format, and how. A file missing from the corpus is replaced by the next
 * unused .txt there, and with no corpus at all by PLACEHOLDER, so the readers' tests run either way.
 */
export const SOURCES = [
  { source: "hospital-employed.txt", out: "hospital-employed.pdf", layout: "lines" },
  { source: "wrvu-tiers.txt", out: "wrvu-tiers.pdf", layout: "words-bottom-up" },
  { source: "academic.txt", out: "academic.docx", layout: "runs" },
  { source: "private-group-partnership.txt", out: "private-group-partnership.docx", layout: "split-runs" },
];
export const SCANNED = "scanned.pdf";

/** A two-page stand-in contract for when the corpus is not there. */
const PLACEHOLDER = [
  "PHYSICIAN EMPLOYMENT AGREEMENT\n\n1. Compensation. Employer shall pay Physician a base salary of Two Hundred " +
    "Ninety Thousand Dollars ($290,000.00) per annum, payable in equal installments.\n\n2. Term. The term is " +
    "three (3) years from the Commencement Date.",
  "3. Restrictive Covenant. Physician shall not practice medicine within twenty-five (25) miles of any " +
    "facility of Employer for twenty-four (24) months after termination.\n\n4. Notice. Either party may " +
    "terminate without cause on ninety (90) days' written notice.",
].join("\f");

const PAGE_WIDTH = 612;
const MIN_PAGE_HEIGHT = 792;
const MARGIN = 72;
const FONT_SIZE = 10;
const LINE_HEIGHT = 13;

/** The source texts, by SOURCES order: [{ name, text }]. */
function sourceTexts() {
  const available = fs.existsSync(CORPUS)
    ? fs
        .readdirSync(CORPUS)
        .filter((f) => f.endsWith(".txt"))
        .sort()
    : [];
  const unused = available.filter((f) => !SOURCES.some((s) => s.source === f));
  return SOURCES.map((s) => {
    const file = available.includes(s.source) ? s.source : unused.shift();
    return file
      ? { name: file, text: fs.readFileSync(path.join(CORPUS, file), "utf8") }
      : { name: "placeholder", text: PLACEHOLDER };
  });
}

/** Characters Helvetica's WinAnsi encoding lacks, replaced by their plain letters (or dropped). */
function encodable(font, text) {
  const cache = new Map();
  return [...text]
    .map((ch) => {
      if (ch === "\n" || ch === "\t") return ch;
      if (!cache.has(ch)) {
        try {
          font.encodeText(ch);
          cache.set(ch, ch);
        } catch {
          cache.set(ch, ch.normalize("NFKD").replace(/[^\x20-\x7e]/g, ""));
        }
      }
      return cache.get(ch);
    })
    .join("");
}

/** A page's text as lines no wider than the text column; an empty source line stays an empty line. */
function wrap(font, pageText) {
  const width = PAGE_WIDTH - 2 * MARGIN;
  const lines = [];
  for (const sourceLine of pageText.replace(/\r\n?/g, "\n").split("\n")) {
    const words = sourceLine.split(/\s+/).filter(Boolean);
    if (words.length === 0) {
      lines.push("");
      continue;
    }
    let line = "";
    for (const word of words) {
      const next = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(next, FONT_SIZE) > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  return lines;
}

/** A text PDF, one page per source page; "words-bottom-up" draws word by word, last line first. */
async function textPdf(text, layout) {
  const pdf = await PDFDocument.create();
  pdf.setCreator("scripts/make-contract-files.mjs");
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const pageText of text.split("\f")) {
    const lines = wrap(font, encodable(font, pageText));
    const height = Math.max(MIN_PAGE_HEIGHT, 2 * MARGIN + lines.length * LINE_HEIGHT);
    const page = pdf.addPage([PAGE_WIDTH, height]);
    const order = lines.map((line, i) => ({ line, y: height - MARGIN - (i + 1) * LINE_HEIGHT }));
    if (layout === "words-bottom-up") order.reverse();
    const space = font.widthOfTextAtSize(" ", FONT_SIZE);
    for (const { line, y } of order) {
      if (line === "") continue;
      if (layout !== "words-bottom-up") {
        page.drawText(line, { x: MARGIN, y, size: FONT_SIZE, font });
        continue;
      }
      let x = MARGIN;
      for (const word of line.split(" ")) {
        page.drawText(word, { x, y, size: FONT_SIZE, font });
        x += font.widthOfTextAtSize(word, FONT_SIZE) + space;
      }
    }
  }
  return pdf.save();
}

/** A grey PNG with dark stripes, like a scanned page at a low resolution (no text anywhere). */
function stripedPng(width, height) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(width + 1); // filter byte 0, then one byte a pixel
    for (let x = 0; x < width; x++) row[x + 1] = y % 12 < 3 && x > 20 && x < width - 20 ? 40 : 235;
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A PDF of three pages that are each one image and nothing else. */
async function scannedPdf() {
  const pdf = await PDFDocument.create();
  const image = await pdf.embedPng(stripedPng(306, 396));
  for (let i = 0; i < 3; i++) {
    const page = pdf.addPage([PAGE_WIDTH, MIN_PAGE_HEIGHT]);
    page.drawImage(image, { x: 0, y: 0, width: PAGE_WIDTH, height: MIN_PAGE_HEIGHT });
  }
  return pdf.save();
}

/** Text escaped for XML. */
function xml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A run of text, spaces kept. */
function run(text) {
  return `<w:r><w:t xml:space="preserve">${xml(text)}</w:t></w:r>`;
}

/** A paragraph: one run, or ("split-runs") two runs split at the middle word, the second in bold. */
function paragraph(text, layout) {
  if (layout !== "split-runs") return `<w:p>${run(text)}</w:p>`;
  const words = text.split(" ");
  const half = Math.ceil(words.length / 2);
  const second = words.slice(half).join(" ");
  const bold = second ? `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${xml(second)}</w:t></w:r>` : "";
  return `<w:p>${run(words.slice(0, half).join(" ") + (second ? " " : ""))}${bold}</w:p>`;
}

/**
 * A page's Word paragraphs, as a person typing the contract in Word would make them: a block of lines
 * between blank lines is one paragraph (the text file wraps lines at 95 characters only to fit a PDF page),
 * except a table, whose rows (columns set apart by three or more spaces) stay one paragraph each.
 */
function paragraphsOf(page) {
  const blocks = page.replace(/\r\n?/g, "\n").split(/\n\s*\n/);
  return blocks.flatMap((block) => {
    const lines = block.split("\n").filter((line) => line.trim());
    if (lines.some((line) => /\S {3,}\S/.test(line))) return lines.map((line) => line.trim());
    const joined = lines.map((line) => line.trim()).join(" ");
    return joined ? [joined.replace(/\s+/g, " ")] : [];
  });
}

/** A minimal .docx: content types, the package relationship, and the document; a page break per "\f". */
async function docx(text, layout) {
  const pageBreak = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
  const body = text
    .split("\f")
    .map((page) =>
      paragraphsOf(page)
        .map((line) => paragraph(line, layout))
        .join(""),
    )
    .join(pageBreak);
  const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ' +
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Target="word/document.xml" ' +
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>',
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Writes every file into `out`; returns the manifest. */
export async function makeContractFiles(out = DEFAULT_OUT) {
  fs.mkdirSync(out, { recursive: true });
  const texts = sourceTexts();
  const files = [];
  for (const [i, spec] of SOURCES.entries()) {
    const { name, text } = texts[i];
    const bytes = spec.out.endsWith(".pdf") ? await textPdf(text, spec.layout) : await docx(text, spec.layout);
    fs.writeFileSync(path.join(out, spec.out), bytes);
    const textFile = spec.out.replace(/\.\w+$/, ".source.txt");
    fs.writeFileSync(path.join(out, textFile), text);
    files.push({
      file: spec.out,
      kind: spec.out.endsWith(".pdf") ? "pdf" : "docx",
      layout: spec.layout,
      from: name,
      text: textFile,
    });
  }
  fs.writeFileSync(path.join(out, SCANNED), await scannedPdf());
  files.push({ file: SCANNED, kind: "pdf", layout: "image only", from: null, text: null });
  const manifest = { files };
  fs.writeFileSync(path.join(out, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ? path.resolve(process.argv[2]) : DEFAULT_OUT;
  makeContractFiles(out).then(
    (manifest) => process.stdout.write(`${manifest.files.map((f) => path.join(out, f.file)).join("\n")}\n`),
    (error) => {
      process.stderr.write(`make-contract-files failed: ${error.stack ?? error}\n`);
      process.exitCode = 1;
    },
  );
}
