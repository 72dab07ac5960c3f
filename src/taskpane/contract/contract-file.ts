/**
 * Which contract files Leverage reads, how large, and what it says when it cannot: shared by the pane
 * (read-contract.ts) and `npm run extract` (scripts/extract.cjs), so both accept and refuse the same files
 * with the same words. Pure: no DOM, no pdf.js, no mammoth.
 */

/** The three formats: a PDF's text layer, a Word .docx, plain UTF-8 text. */
export type ContractKind = "pdf" | "docx" | "text";

/** What a reader returns: the text of each page in order, the format, and whether a PDF is a scan. */
export interface ContractText {
  pages: string[];
  kind: ContractKind;
  /** A PDF whose pages have (almost) no text layer: a scan. Leverage does no OCR. */
  scanned: boolean;
}

/**
 * The largest file read: 20 MB. A 40-page contract is well under 2 MB as a typed PDF or .docx; pdf.js and
 * mammoth hold the whole file in memory, and the task pane's webview has far less of it than a browser tab.
 */
export const MAX_CONTRACT_BYTES = 20_000_000;

/** A file that cannot be read, with a message that says what to do instead. */
export class ContractReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ContractReadError";
  }
}

/** The message for a PDF that is a scan (no text layer), shown by the pane in place of the fields. */
export const SCANNED_MESSAGE =
  "This PDF has no text layer: it looks like a scan or a photo of the pages. Leverage reads text, not " +
  "images (no OCR). Ask for the contract as a Word file or a text PDF, or copy its text and paste it.";

const ACCEPTED = "Open a PDF (.pdf), a Word document (.docx) or a text file (.txt), or paste the contract's text.";

/** The kind of a file from its name (the extension decides; a MIME type alone is often missing). */
export function contractKindOf(name: string): ContractKind | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(name.trim())?.[1]?.toLowerCase();
  if (extension === "pdf") return "pdf";
  if (extension === "docx") return "docx";
  if (extension === "txt" || extension === "text") return "text";
  return undefined;
}

/** Checks a file's name and size before any of it is read; throws ContractReadError with what to do. */
export function checkContractFile(name: string, bytes: number): ContractKind {
  const kind = contractKindOf(name);
  if (kind === undefined) {
    const extension = /\.([a-z0-9]+)$/i.exec(name.trim())?.[1]?.toLowerCase();
    if (extension === "doc")
      throw new ContractReadError(
        `"${name}" is an old Word .doc file. Open it in Word and save it as .docx, then open that. ${ACCEPTED}`,
      );
    throw new ContractReadError(`Leverage cannot read "${name}". ${ACCEPTED}`);
  }
  if (bytes > MAX_CONTRACT_BYTES) {
    const mb = (bytes / 1_000_000).toFixed(1);
    throw new ContractReadError(
      `"${name}" is ${mb} MB; Leverage reads contracts up to ${MAX_CONTRACT_BYTES / 1_000_000} MB. ` +
        "Save a copy without images (or only the pages with the terms), or paste the contract's text.",
    );
  }
  if (bytes === 0) throw new ContractReadError(`"${name}" is empty. Check that the file finished downloading.`);
  return kind;
}

/** Why a file of a kind could not be read, from the reader's error (pdf.js names its exceptions). */
export function readFailure(name: string, kind: ContractKind, error: unknown): ContractReadError {
  if (error instanceof ContractReadError) return error;
  const errorName = (error as { name?: unknown } | null)?.name;
  if (kind === "pdf" && errorName === "PasswordException")
    return new ContractReadError(
      `"${name}" is protected by a password. Open it, save a copy without the password, and open that.`,
    );
  if (kind === "pdf")
    return new ContractReadError(`"${name}" is not a PDF Leverage can read (it may be damaged). ${ACCEPTED}`);
  if (kind === "docx")
    return new ContractReadError(
      `"${name}" is not a Word .docx Leverage can read (it may be damaged, or another format renamed). ${ACCEPTED}`,
    );
  return new ContractReadError(`"${name}" could not be read as text. ${ACCEPTED}`);
}

/**
 * A text file's bytes as one page per form feed ("\f", how text exports mark page breaks). UTF-8, with a
 * byte-order mark dropped; invalid bytes are refused rather than read as replacement characters, since a
 * binary file renamed .txt would otherwise "read" as noise.
 */
export function textPages(bytes: Uint8Array, name: string): string[] {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ContractReadError(`"${name}" is not UTF-8 text. Save it as UTF-8 text, or paste the contract's text.`);
  }
  const pages = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\f");
  while (pages.length > 1 && pages[pages.length - 1].trim() === "") pages.pop();
  return pages;
}
