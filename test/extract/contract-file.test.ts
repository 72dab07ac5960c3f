/**
 * What the readers accept and refuse (src/taskpane/contract/contract-file.ts), text files' pages, and Word
 * pages from mammoth's HTML (src/taskpane/contract/docx-pages.ts, on HTML written as mammoth writes it).
 */
import {
  ContractReadError,
  MAX_CONTRACT_BYTES,
  checkContractFile,
  contractKindOf,
  readFailure,
  textPages,
} from "../../src/taskpane/contract/contract-file";
import { docxPages } from "../../src/taskpane/contract/docx-pages";

describe("checkContractFile", () => {
  it("takes .pdf, .docx and .txt by extension, in any case", () => {
    expect(checkContractFile("Offer Letter.PDF", 1000)).toBe("pdf");
    expect(checkContractFile("contract.docx", 1000)).toBe("docx");
    expect(checkContractFile("pasted.txt", 1000)).toBe("text");
    expect(contractKindOf("scan.jpg")).toBeUndefined();
  });

  it("refuses other types with what to open instead, and an old .doc with how to convert it", () => {
    expect(() => checkContractFile("scan.jpg", 1000)).toThrow(/cannot read "scan\.jpg".*\.pdf.*\.docx.*\.txt/);
    expect(() => checkContractFile("old.doc", 1000)).toThrow(/save it as \.docx/);
    expect(() => checkContractFile("noextension", 1000)).toThrow(ContractReadError);
  });

  it("refuses files over 20 MB, saying the size and the limit, and empty files", () => {
    expect(MAX_CONTRACT_BYTES).toBe(20_000_000);
    expect(checkContractFile("big.pdf", 20_000_000)).toBe("pdf");
    // 25,300,000 bytes = 25.3 MB.
    expect(() => checkContractFile("big.pdf", 25_300_000)).toThrow(/is 25\.3 MB; Leverage reads contracts up to 20 MB/);
    expect(() => checkContractFile("empty.txt", 0)).toThrow(/empty/);
  });
});

describe("readFailure", () => {
  it("names a password-protected PDF, a damaged PDF and a damaged .docx", () => {
    expect(readFailure("a.pdf", "pdf", { name: "PasswordException" }).message).toMatch(/password/);
    expect(readFailure("a.pdf", "pdf", new Error("Invalid PDF structure")).message).toMatch(
      /not a PDF Leverage can read/,
    );
    expect(readFailure("a.docx", "docx", new Error("zip")).message).toMatch(/not a Word \.docx/);
    const own = new ContractReadError("already said");
    expect(readFailure("a.txt", "text", own)).toBe(own);
  });
});

describe("textPages", () => {
  const bytes = (s: string) => new TextEncoder().encode(s);

  it("splits at form feeds, drops a byte-order mark and a trailing empty page, and normalises line ends", () => {
    expect(textPages(bytes("\uFEFFpage one\r\nline two\fpage two\f\n"), "c.txt")).toEqual([
      "page one\nline two",
      "page two",
    ]);
  });

  it("refuses bytes that are not UTF-8", () => {
    // 0xFF never occurs in UTF-8.
    expect(() => textPages(new Uint8Array([0x68, 0xff, 0x69]), "c.txt")).toThrow(/not UTF-8/);
  });
});

describe("docxPages", () => {
  it("makes a line of each paragraph with blank lines between, and splits pages at <hr />", () => {
    const html =
      "<h1>AGREEMENT</h1><p>Base salary of $290,000.</p><p><hr /></p><p>Page two &amp; more.</p><p><hr /></p>";
    expect(docxPages(html)).toEqual(["AGREEMENT\n\nBase salary of $290,000.", "Page two & more."]);
  });

  it("keeps a table row on one line with tab-separated cells, and line breaks as new lines", () => {
    const html =
      "<table><tr><td><p>7,500 &lt; wRVUs</p></td><td><p>$52.00</p></td></tr><tr><td><p>Above 9,000</p></td><td><p>$55.00</p></td></tr></table>" +
      "<p>Signed<br />Employer &quot;Clinic&quot; &#8212; Physician</p>";
    expect(docxPages(html)).toEqual([
      '7,500 < wRVUs\t$52.00\n\nAbove 9,000\t$55.00\n\nSigned\nEmployer "Clinic" — Physician',
    ]);
  });

  it("is one page when the document has no page breaks, and an empty page for an empty document", () => {
    expect(docxPages("<p>a</p><p>b</p>")).toEqual(["a\n\nb"]);
    expect(docxPages("")).toEqual([""]);
  });
});
