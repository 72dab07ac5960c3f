/**
 * Reads a contract the user opens in the pane, on their machine: a PDF's text layer through pdf.js, a Word
 * .docx through mammoth, a .txt as UTF-8. Nothing is uploaded or fetched (the policy has connect-src
 * 'none'). Load this module with a dynamic import, and it loads pdf.js or mammoth only for the file in
 * hand, so neither weighs on the first screen (docs/performance.md).
 *
 * pdf.js parses in a Web Worker, so a long PDF does not freeze the pane. The build copies pdf.js's worker
 * to PDF_WORKER_PATH on the add-in's own origin (webpack.config.js), which the policy's worker-src 'self'
 * allows (scripts/webpack/csp.js); the worker's file name carries pdf.js's version, so a cached worker
 * never meets a newer pdf.js. No `import.meta` here, so Jest (CommonJS) can import this file.
 *
 * The same text as `npm run extract` (scripts/extract.cjs): both join PDF text with pdf-lines.ts, split
 * Word pages with docx-pages.ts and check files with contract-file.ts.
 */
import { type ContractKind, type ContractText, checkContractFile, readFailure, textPages } from "./contract-file";
import { DOCX_STYLE_MAP, docxPages } from "./docx-pages";
import { PDF_READ_OPTIONS, isScanned, pdfPages } from "./pdf-lines";

export {
  type ContractKind,
  type ContractText,
  ContractReadError,
  MAX_CONTRACT_BYTES,
  SCANNED_MESSAGE,
} from "./contract-file";

/** Where the build puts pdf.js's worker, relative to taskpane.html (webpack.config.js copies it there). */
export function pdfWorkerPath(version: string): string {
  return `pdfjs/pdf.worker-${version}.js`;
}

/** A PDF's pages through pdf.js in the browser (the legacy build, as in Node: it runs in older webviews). */
async function readPdf(data: Uint8Array): Promise<string[]> {
  const pdfjs = await import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/legacy/build/pdf.mjs");
  if (!pdfjs.GlobalWorkerOptions.workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = pdfWorkerPath(pdfjs.version);
  const task = pdfjs.getDocument({ ...PDF_READ_OPTIONS, data });
  try {
    return await pdfPages(await task.promise);
  } finally {
    await task.destroy();
  }
}

/** A .docx's pages through mammoth (its browser build reads an ArrayBuffer). */
async function readDocx(data: ArrayBuffer): Promise<string[]> {
  const mammoth = await import(/* webpackChunkName: "mammoth" */ "mammoth");
  const { value } = await mammoth.convertToHtml({ arrayBuffer: data }, { styleMap: DOCX_STYLE_MAP });
  return docxPages(value);
}

/** The pages of a file already checked to be of `kind`. */
async function pagesOf(kind: ContractKind, data: ArrayBuffer, name: string): Promise<string[]> {
  if (kind === "pdf") return readPdf(new Uint8Array(data));
  if (kind === "docx") return readDocx(data);
  return textPages(new Uint8Array(data), name);
}

/**
 * The text of a contract file, page by page. Throws ContractReadError (with what to do instead) for a
 * file of another type, one over MAX_CONTRACT_BYTES, or one its reader cannot open. A scanned PDF is not
 * an error: it comes back with `scanned: true` and the pane shows SCANNED_MESSAGE.
 */
export async function readContractFile(file: File): Promise<ContractText> {
  const kind = checkContractFile(file.name, file.size);
  try {
    const pages = await pagesOf(kind, await file.arrayBuffer(), file.name);
    return { pages, kind, scanned: kind === "pdf" && isScanned(pages) };
  } catch (error) {
    throw readFailure(file.name, kind, error);
  }
}
