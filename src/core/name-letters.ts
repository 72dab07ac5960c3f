/**
 * Reading the letters of a typed name. Names are compared after Unicode compatibility folding (NFKC's:
 * full-width "Ｐｓｙｃｈ" and the ligature "ﬁ" read as "Psych" and "fi") and accent folding ("Pédiatrie"
 * reads as "Pediatrie", "Zürich" as "Zurich"; the letters æ, œ, ø, ß, ł, đ, ð, þ and ı, which have no
 * accent to drop, are spelt out).
 *
 * A letter or digit of another script is never dropped or folded: "GIМ" with a Cyrillic М is not "GI".
 * It stays in the key (names.ts), so such a name matches no Latin name, and the resolvers refuse it with a
 * message naming the character ({@link unreadableNameMessage}) rather than calling it an unknown name or
 * suggesting a look-alike.
 */
import { badValue } from "./errors";
import { quoted } from "./format";

/** Latin letters with no accent to drop, as they are spelt in plain Latin letters (lower case). */
const LATIN_SPELLINGS: Readonly<Record<string, string>> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
  ħ: "h",
  ŧ: "t",
  ŋ: "n",
};
const LATIN_SPELLING = new RegExp(`[${Object.keys(LATIN_SPELLINGS).join("")}]`, "g");

/**
 * Printable ASCII (and tab and line breaks), for which folding changes nothing but case: the fast path.
 * Other text, control characters included, takes the Unicode path, which reads ASCII the same way.
 */
export const ASCII = /^[ -~\t\n\r]*$/;

/** Lower-case text with compatibility forms and accents folded (see the file's comment). */
export function fold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize("NFKD")
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(LATIN_SPELLING, (letter) => LATIN_SPELLINGS[letter]);
}

/** A letter or digit that folding leaves outside a–z and 0–9. */
const UNREADABLE = /[^\P{L}a-z]|[^\P{N}0-9]/u;

/** Scripts named in messages; another script's letters are called "a letter of another script". */
const SCRIPTS: ReadonlyArray<[string, RegExp]> = [
  ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Greek", /\p{Script=Greek}/u],
  ["Armenian", /\p{Script=Armenian}/u],
  ["Cherokee", /\p{Script=Cherokee}/u],
  ["Georgian", /\p{Script=Georgian}/u],
  ["Hebrew", /\p{Script=Hebrew}/u],
  ["Arabic", /\p{Script=Arabic}/u],
  ["Devanagari", /\p{Script=Devanagari}/u],
  ["Chinese", /\p{Script=Han}/u],
  ["Japanese", /\p{Script=Hiragana}|\p{Script=Katakana}/u],
  ["Korean", /\p{Script=Hangul}/u],
  ["Latin", /\p{Script=Latin}/u],
];

/** Cyrillic and Greek letters that look like a Latin one, with the Latin letter they look like. */
const LOOKALIKES = new Map(
  [
    "АA ВB ЕE КK МM НH ОO РP СC ТT УY ХX ІI ЈJ ЅS аa еe оo рp сc уy хx іi јj ѕs һh ԁd ԛq ԝw",
    "ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX οo νv ιi κk ρp",
  ]
    .join(" ")
    .split(" ")
    .map((pair) => [pair[0], pair[1]] as const),
);

/** One character Leverage cannot read as a Latin letter or digit, and where it is in the text. */
export interface UnreadableCharacter {
  /** The character as typed. */
  character: string;
  /** 1-based position among the text's characters (code points). */
  position: number;
  /** "U+041C, a Cyrillic letter that looks like the Latin M". */
  description: string;
}

/** "U+041C, a Cyrillic letter that looks like the Latin M". */
function describeCharacter(character: string): string {
  const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  const kind = /\p{N}/u.test(character) ? "digit" : "letter";
  const script = SCRIPTS.find(([, pattern]) => pattern.test(character))?.[0];
  const article = script !== undefined && /^[AEIOU]/.test(script) ? "an" : "a";
  const what = script === undefined ? `a ${kind} of another script` : `${article} ${script} ${kind}`;
  const lookalike = LOOKALIKES.get(character);
  return `${code}, ${what}${lookalike ? ` that looks like the Latin ${lookalike}` : ""}`;
}

/**
 * The letters and digits of typed text that Leverage cannot read as Latin (after compatibility and
 * accent folding), first first; none for plain or accented Latin text.
 */
export function unreadableCharacters(text: string): UnreadableCharacter[] {
  if (ASCII.test(text) || !UNREADABLE.test(fold(text))) return [];
  const found: UnreadableCharacter[] = [];
  let position = 0;
  for (const character of text) {
    position++;
    if (UNREADABLE.test(fold(character))) {
      found.push({ character, position, description: describeCharacter(character) });
    }
  }
  return found;
}

/**
 * Why typed text cannot be read as a name, or undefined when it can: `What "GIМ" contains a letter
 * Leverage cannot read as Latin: "М" at position 3 (U+041C, a Cyrillic letter that looks like the Latin
 * M).` `what` names the argument or field ("specialty").
 */
export function unreadableNameMessage(text: string, what: string): string | undefined {
  const trimmed = text.trim();
  const found = unreadableCharacters(trimmed);
  if (found.length === 0) return undefined;
  const [first] = found;
  const more = found.length > 1 ? ` and ${found.length - 1} more such character${found.length > 2 ? "s" : ""}` : "";
  const kind = /\p{N}/u.test(first.character) ? "digit" : "letter";
  return `${what} ${quoted(trimmed)} contains a ${kind} Leverage cannot read as Latin: "${first.character}" at position ${first.position} (${first.description})${more}. Retype it in Latin letters.`;
}

/** Throws #VALUE! with {@link unreadableNameMessage} when typed text holds letters Leverage cannot read. */
export function requireReadableName(text: string, what: string): void {
  const message = unreadableNameMessage(text, what);
  if (message !== undefined) throw badValue(message);
}
