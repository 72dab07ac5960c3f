/**
 * Joining pdf.js's text items into lines and pages (src/taskpane/contract/pdf-lines.ts), on items written
 * by hand as pdf.js reports them: transform [a, b, c, d, x, y] with the font size in d, y growing upward.
 */
import { isScanned, linesOfPage, pageText, pdfPages, placed } from "../../src/taskpane/contract/pdf-lines";

/** A pdf.js-shaped text item at (x, y), font size 10, width 5 points a character (about Helvetica's). */
function item(str: string, x: number, y: number, size = 10) {
  return { str, dir: "ltr", transform: [size, 0, 0, size, x, y], width: str.length * 0.5 * size, height: size };
}

describe("pageText", () => {
  it("orders lines top to bottom and pieces left to right, whatever order the page draws them in", () => {
    // Drawn bottom line first, right word first; y 700 is above y 687.
    const items = [item("second", 72, 687), item("line", 107, 687), item("first", 72, 700)];
    // "second" ends at 72 + 6 × 5 = 102; "line" starts at 107: a gap of 5 > 1.5 (15% of 10): a space.
    expect(pageText(items)).toBe("first\nsecond line");
  });

  it("puts a space back only where the gap is wider than letter spacing", () => {
    // "Two" at 72 ends at 72 + 3 × 5 = 87. "Hundred" at 89.8: gap 2.8 > 1.5, a space.
    // "s" at 124.8 just after "Hundred" (ends 89.8 + 7 × 5 = 124.8): gap 0, no space ("Hundreds").
    const items = [item("Two", 72, 700), item("Hundred", 89.8, 700), item("s", 124.8, 700)];
    expect(pageText(items)).toBe("Two Hundreds");
  });

  it("keeps a raised footnote mark on its line, and does not double a space the piece already has", () => {
    // The mark is 3 points above the baseline: within half the smaller size (0.5 × 6 = 3).
    const items = [item("salary ", 72, 700), item("1", 107, 703, 6), item("per annum", 120, 700)];
    expect(pageText(items)).toBe("salary 1 per annum");
  });

  it("leaves a blank line at a paragraph gap, none at ordinary line spacing", () => {
    // 700 → 687 is 13 points (1.3 lines of 10): same paragraph. 687 → 661 is 26 points > 16: a new one.
    const items = [item("a", 72, 700), item("b", 72, 687), item("c", 72, 661)];
    expect(linesOfPage(items.map((i) => placed(i)!))).toEqual(["a", "b", "", "c"]);
  });

  it("skips marked-content markers and empty pieces", () => {
    const items = [
      { type: "beginMarkedContent" },
      item("", 72, 700),
      item("text", 72, 700),
      { type: "endMarkedContent" },
    ];
    expect(pageText(items)).toBe("text");
    expect(pageText([])).toBe("");
  });
});

describe("pdfPages", () => {
  it("reads every page in order, one string a page, and releases each page", async () => {
    const released: number[] = [];
    const pages = [[item("one", 72, 700)], [], [item("three", 72, 700)]];
    const document = {
      numPages: 3,
      getPage: async (n: number) => ({
        getTextContent: async () => ({ items: pages[n - 1] }),
        cleanup: () => released.push(n),
      }),
    };
    expect(await pdfPages(document)).toEqual(["one", "", "three"]);
    expect(released).toEqual([1, 2, 3]);
  });
});

describe("isScanned", () => {
  it("is a scan when pages average fewer than 40 letters and digits", () => {
    // 3 pages: a fax header of 30 letters and digits, then two empty: 30 / 3 = 10 < 40.
    expect(isScanned(["FAX 2026-03-01 PAGE 1 OF 3 ABCDEFGHIJ", "", ""])).toBe(true);
    expect(isScanned([])).toBe(true);
    // One typed page of 80 letters and one scanned signature page: 80 / 2 = 40, not below 40.
    expect(isScanned(["x".repeat(80), ""])).toBe(false);
    // Punctuation and spaces are not text: 100 dots on a page count 0.
    expect(isScanned([". ".repeat(100)])).toBe(true);
  });
});
