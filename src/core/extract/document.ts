/**
 * A contract's text as sentences, each knowing where it stands: the page (from a list of pages, or
 * form-feed page breaks in one text) and the section it falls under ("Section 4.2", "Article 3",
 * "Exhibit A"). Lines are joined into paragraphs at blank lines and headings; a table row (columns set
 * apart by runs of spaces) stays a paragraph of its own, so a schedule's rows are quoted one by one.
 */

export interface Where {
  /** 1-based page number, when the input had pages. */
  page?: number;
  /** The heading the text falls under, e.g. "Section 4.2" or "Exhibit A". */
  section?: string;
}

export interface Sentence {
  /** The sentence with its white space collapsed to single spaces. */
  text: string;
  where: Where;
  /** Its place in the document, counted from 0. */
  index: number;
}

/** Longer "sentences" (a page with no full stops, hostile input) are cut so every pattern reads a bounded text. */
const MAX_SENTENCE = 1_200;

const ABBREVIATIONS = new Set([
  "inc",
  "co",
  "corp",
  "no",
  "nos",
  "sec",
  "st",
  "dr",
  "mr",
  "ms",
  "mrs",
  "u.s",
  "p.c",
  "p.a",
  "l.l.c",
  "p.l.l.c",
  "i.e",
  "e.g",
  "etc",
  "seq",
  "approx",
  "ltd",
  "llc",
  "pllc",
  "jr",
]);

/** The section a heading line opens, or undefined when the line is not a heading. */
export function headingOf(line: string): string | undefined {
  let m = /^(?:ARTICLE|Article)\s+([IVXLC]{1,6}|\d{1,2})\b/.exec(line);
  if (m) return `Article ${m[1]}`;
  m =
    /^(EXHIBIT|Exhibit|SCHEDULE|Schedule|APPENDIX|Appendix|ADDENDUM|Addendum|ATTACHMENT|Attachment)\s+([A-Z0-9]{1,3})\b/.exec(
      line,
    );
  if (m) return `${m[1][0]}${m[1].slice(1).toLowerCase()} ${m[2]}`;
  m = /^(?:Section|SECTION|§)\s*(\d{1,2}(?:\.\d{1,2}){0,2})\b/.exec(line);
  if (m) return `Section ${m[1]}`;
  m = /^(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\.?\s+\S/.exec(line);
  if (m) return `Section ${m[1]}`;
  m = /^(\d{1,2})\.\s+[A-Z]/.exec(line);
  if (m) return `Section ${m[1]}`;
  return undefined;
}

/** Sentence ends: a full stop before white space and a capital or an opening bracket, not after an abbreviation. */
function splitSentences(paragraph: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const m of paragraph.matchAll(/\.\s(?=[A-Z(“"]|\d{1,2}\.\d)/g)) {
    const before = /([\w.]{1,12})$/.exec(paragraph.slice(Math.max(from, m.index - 12), m.index))?.[1] ?? "";
    const word = before.toLowerCase();
    if (ABBREVIATIONS.has(word)) continue;
    // A single letter is an initial ("J. Smith"), except when it names an exhibit ("Exhibit A. Employer …").
    if (
      /^[a-z]$/i.test(word) &&
      !/\b(?:exhibit|schedule|appendix|attachment|addendum)\s+[a-z]$/i.test(
        paragraph.slice(Math.max(0, m.index - 14), m.index),
      )
    ) {
      continue;
    }
    // "1. Term." opens with its section number, which is not a sentence.
    if (/^\d{1,2}(?:\.\d{1,2}){0,2}$/.test(word) && paragraph.slice(from, m.index).trim() === word) continue;
    parts.push(paragraph.slice(from, m.index + 1));
    from = m.index + 2;
  }
  parts.push(paragraph.slice(from));
  return parts.flatMap(capLength).filter((s) => s.trim() !== "");
}

function capLength(sentence: string): string[] {
  if (sentence.length <= MAX_SENTENCE) return [sentence];
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.length > MAX_SENTENCE) {
    const space = rest.lastIndexOf(" ", MAX_SENTENCE);
    const cut = space > MAX_SENTENCE / 2 ? space : MAX_SENTENCE;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  pieces.push(rest);
  return pieces;
}

/** The pages of the input: a list as given, or one text cut at form feeds (one page if it has none). */
function pagesOf(input: string | readonly string[]): { pages: readonly string[]; numbered: boolean } {
  if (typeof input !== "string") return { pages: input, numbered: true };
  const pages = input.split("\f");
  return { pages, numbered: pages.length > 1 };
}

/** The document's sentences in order, each with its page and section. */
export function sentencesOf(input: string | readonly string[]): Sentence[] {
  const { pages, numbered } = pagesOf(input);
  const sentences: Sentence[] = [];
  let section: string | undefined;
  pages.forEach((page, p) => {
    let paragraph: string[] = [];
    const flush = () => {
      const text = paragraph.join(" ").replace(/\s+/g, " ").trim();
      paragraph = [];
      if (text === "") return;
      for (const s of splitSentences(text)) {
        const where: Where = {};
        if (numbered) where.page = p + 1;
        if (section !== undefined) where.section = section;
        sentences.push({ text: s.trim(), where, index: sentences.length });
      }
    };
    for (const raw of page.split("\n")) {
      const line = raw.trim();
      if (line === "") {
        flush();
        continue;
      }
      const heading = headingOf(line);
      const tableRow = /\S\s{3,}\S/.test(line);
      if (heading !== undefined || tableRow) flush();
      if (heading !== undefined) section = heading;
      paragraph.push(line);
      // A heading alone on its line ("EXHIBIT B", "ARTICLE 3 - PAY") is not part of the sentence below it.
      if (tableRow || (heading !== undefined && line.length <= 50 && !/[a-z,]$/.test(line))) flush();
    }
    flush();
  });
  return sentences;
}
