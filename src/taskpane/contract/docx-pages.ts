/**
 * A Word .docx contract's text, split at its page breaks. mammoth's raw-text output drops page breaks, so
 * the readers ask mammoth for HTML with each page break written as <hr> (DOCX_STYLE_MAP) and turn that
 * HTML into text here: one line per paragraph with a blank line between (as mammoth's raw text spaces
 * them), table cells separated by tabs (a wRVU tier schedule stays one row a line), pages at each <hr>.
 * A Word file has no fixed pages otherwise: without page breaks the whole contract is one page.
 *
 * Pure and free of mammoth itself, so the pane (read-contract.ts) and `npm run extract` (scripts/
 * extract.cjs) read the same text. mammoth writes its own HTML (escaped, no scripts, no attributes that
 * matter here), so a few patterns read it safely; this is not a parser for HTML from anywhere else.
 */

/** mammoth's style map: a page break becomes <hr>, which docxPages splits pages at. */
export const DOCX_STYLE_MAP = ["br[type='page'] => hr"];

/** The entities mammoth's HTML writer escapes, and numeric references. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);/gi, (_, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith("#x")) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith("#")) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " }[lower] ?? "";
  });
}

/** One page's HTML as lines: paragraphs, headings and list items each a line, blank lines between. */
function pageFromHtml(html: string): string {
  const text = html
    // A cell's own paragraphs stay on the row's line: Word puts every cell's text in a paragraph.
    .replace(
      /<(td|th)\b[^>]*>([\s\S]*?)<\/\1>/gi,
      (_, _tag, cell: string) => `${cell.replace(/<\/p>|<br\s*\/?>/gi, " ")}\t`,
    )
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|h[1-6]|li|tr|table|ol|ul|dd|dt)>/gi, "\n\n")
    .replace(/<[^>]*>/g, "");
  return decodeEntities(text)
    .split("\n")
    .map((line) =>
      line
        .replace(/[ \u00a0]+/g, " ")
        .replace(/\s*\t\s*/g, "\t")
        .trim(),
    )
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** mammoth's HTML (converted with DOCX_STYLE_MAP) as pages of text; a trailing empty page is dropped. */
export function docxPages(html: string): string[] {
  const pages = html.split(/<hr\s*\/?>/i).map(pageFromHtml);
  while (pages.length > 1 && pages[pages.length - 1] === "") pages.pop();
  return pages;
}
