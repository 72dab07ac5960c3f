/**
 * A PDF's text layer as pages of lines: pdf.js hands over positioned pieces of text ("text items") in the
 * order the page's content stream draws them, which is not always reading order (a generator may draw a
 * page bottom-up, or word by word with no space between). This joins them into lines by their baseline,
 * left to right, with a space where the gap between two pieces is wider than a space would be.
 *
 * Pure and free of pdf.js itself: the pane (read-contract.ts, pdf.js in the browser) and `npm run extract`
 * (scripts/extract.cjs, pdf.js's legacy build in Node) pass their own pdf.js document in, so both read a
 * contract into exactly the same text.
 */

/** A piece of text where the page draws it: x and y of its baseline start, in PDF units (y grows upward). */
export interface PlacedText {
  str: string;
  x: number;
  y: number;
  width: number;
  /** The font size on the page (PDF units); at least 1. */
  size: number;
}

/** The fields of a pdf.js TextItem this reads (marked-content items have no `str` and are skipped). */
interface TextItemLike {
  str?: unknown;
  transform?: unknown;
  width?: unknown;
  height?: unknown;
}

/** The part of a pdf.js PDFDocumentProxy this reads. */
export interface PdfDocumentLike {
  numPages: number;
  getPage(pageNumber: number): Promise<{
    getTextContent(): Promise<{ items: readonly unknown[] }>;
    cleanup?(): unknown;
  }>;
}

/**
 * getDocument's options for reading a contract's text, in the pane and in Node alike:
 * - no URL for standard fonts, CMaps, ICC profiles or WebAssembly decoders, so pdf.js never fetches
 *   anything (the pane's policy has connect-src 'none'); text extraction needs none of them, except CMaps
 *   for CJK fonts, which a US contract does not use;
 * - isEvalSupported false: pdf.js would otherwise compile PostScript functions with `new Function`,
 *   which the policy refuses (no 'unsafe-eval');
 * - no font faces, no system fonts, no XFA forms: nothing is drawn, only text is read.
 */
export const PDF_READ_OPTIONS = {
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  enableXfa: false,
  stopAtErrors: false,
  // 0 = errors only: a missing standard font's widths is a warning that does not change the text.
  verbosity: 0,
} as const;

/**
 * A page with fewer letters and digits than this, on average, has no text layer worth reading: a typed
 * contract page carries well over a thousand; a scan carries none, or a stamped fax header.
 */
export const MIN_CHARACTERS_PER_PAGE = 40;

/** A pdf.js text item as placed text, or undefined for marked-content markers and empty pieces. */
export function placed(item: unknown): PlacedText | undefined {
  const { str, transform, width, height } = (item ?? {}) as TextItemLike;
  if (typeof str !== "string" || str === "" || !Array.isArray(transform) || transform.length < 6) return undefined;
  const [, , c, d, x, y] = transform as number[];
  // The text matrix's vertical scale is the font size; pdf.js's `height` is the same for unrotated text.
  const size = Math.max(1, Math.hypot(c, d) || (typeof height === "number" ? height : 0));
  return { str, x, y, width: typeof width === "number" ? width : 0, size };
}

/**
 * Two pieces are on one line when their baselines are within half the smaller font size of each other:
 * a superscript ("1st", a footnote mark) stays on its line; the next line is a whole line height away.
 */
function sameLine(a: PlacedText, b: PlacedText): boolean {
  return Math.abs(a.y - b.y) <= 0.5 * Math.min(a.size, b.size);
}

/**
 * Joins one line's pieces left to right. A gap wider than 15% of the font size is a space (a space in
 * Helvetica is 28% of the size; letters within a word are kerned a few hundredths apart); pieces that
 * already end or begin with whitespace get no second one.
 */
function joinLine(pieces: PlacedText[]): string {
  const sorted = [...pieces].sort((a, b) => a.x - b.x);
  let text = "";
  let end = -Infinity;
  for (const piece of sorted) {
    const gap = piece.x - end;
    if (text !== "" && gap > 0.15 * piece.size && !/\s$/.test(text) && !/^\s/.test(piece.str)) text += " ";
    text += piece.str;
    end = Math.max(end, piece.x + piece.width);
  }
  return text.replace(/\s+/g, " ").trim();
}

/**
 * A page's pieces as lines of text, top to bottom. A blank line marks a vertical gap of more than 1.6
 * lines (a paragraph break: contracts leave one between clauses; ordinary line spacing is 1.2 to 1.4).
 */
export function linesOfPage(pieces: readonly PlacedText[]): string[] {
  const byBaseline = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PlacedText[][] = [];
  for (const piece of byBaseline) {
    const current = groups[groups.length - 1];
    if (current && sameLine(current[0], piece)) current.push(piece);
    else groups.push([piece]);
  }
  const lines: string[] = [];
  let previous: PlacedText | undefined;
  for (const group of groups) {
    const text = joinLine(group);
    if (text === "") continue;
    const first = group[0];
    if (previous && lines.length > 0 && previous.y - first.y > 1.6 * Math.max(previous.size, first.size)) {
      lines.push("");
    }
    lines.push(text);
    previous = first;
  }
  return lines;
}

/** A page's text from pdf.js's text items: its lines joined by newlines. */
export function pageText(items: readonly unknown[]): string {
  return linesOfPage(items.map(placed).filter((p): p is PlacedText => p !== undefined)).join("\n");
}

/** Every page's text, in page order, one string per page (read one page at a time to keep memory flat). */
export async function pdfPages(document: PdfDocumentLike): Promise<string[]> {
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const { items } = await page.getTextContent();
    pages.push(pageText(items));
    page.cleanup?.();
  }
  return pages;
}

/** Letters and digits on a page (what a text layer has and a scan does not). */
function characters(page: string): number {
  return (page.match(/[\p{L}\p{N}]/gu) ?? []).length;
}

/**
 * Whether a PDF is a scan without a text layer: on average fewer than MIN_CHARACTERS_PER_PAGE letters and
 * digits a page. A typed contract with one scanned signature page is not a scan; its text is read.
 */
export function isScanned(pages: readonly string[]): boolean {
  if (pages.length === 0) return true;
  const total = pages.reduce((sum, page) => sum + characters(page), 0);
  return total / pages.length < MIN_CHARACTERS_PER_PAGE;
}
