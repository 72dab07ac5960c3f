/**
 * A faster getComputedStyle for jsdom, with the same answers. jsdom computes an element's style by testing
 * every CSS rule in the document, and its own default style sheet, against the element through nwsapi
 * (jsdom/lib/jsdom/living/helpers/style-rules.js), and Testing Library asks for the style of every element it
 * works out a name for: with Fluent's hundreds of Griffel rules, most of a pane test's time. A rule's subject
 * (the part after its last combinator) must match the element itself, so a rule whose subject names a class
 * the element lacks (Griffel's `.fxyz…`), or another tag (the default sheet's `h1`, `table > tr`), cannot
 * match it. This answers such rules "no" without nwsapi; every other rule still goes to nwsapi, so each
 * answer is nwsapi's. test/harness/jest/fast-style-match.test.ts holds it to that.
 *
 * jsdom keeps the matcher its style code uses on the document (`_nwsapiDontThrow`, made on first use); this
 * wraps it. If a jsdom upgrade moves it, nothing is wrapped and the tests run as before, only slower (the
 * test above then fails, to say so).
 */

interface Matcher {
  match(selector: string, element: Element): boolean;
}

interface DocumentImpl {
  _nwsapiDontThrow?: Matcher & { fastStyleMatch?: true };
}

/** What an element must have to match a selector's subject: its tag (when named) and classes, lower-cased. */
export interface SubjectNeeds {
  tag?: string;
  classes: string[];
}

/**
 * For each selector of a list, what its subject compound requires of the element, lower-cased (necessary
 * whatever the document's mode); null when some selector's subject requires neither a tag nor a class
 * (`*`, `:root`), or the text has escapes or namespaces, so that no shortcut is taken. Strings, and what is
 * inside (...) or [...], require nothing here (:not(.x), [type=".x"]).
 */
export function subjectNeeds(selector: string): SubjectNeeds[] | null {
  if (/[\\|]/.test(selector)) return null;
  let flat = selector.replace(/"[^"]*"|'[^']*'/g, "");
  if (/["']/.test(flat)) return null;
  for (let previous = ""; previous !== flat;) {
    previous = flat;
    flat = flat.replace(/\([^()]*\)/g, "").replace(/\[[^[\]]*\]/g, "");
  }
  const alternatives = flat.split(",").map((alternative): SubjectNeeds => {
    const compounds = alternative.trim().split(/\s*[>+~]\s*|\s+/);
    const subject = compounds[compounds.length - 1];
    const tag = /^[a-zA-Z][\w-]*/.exec(subject)?.[0].toLowerCase();
    const classes = [...subject.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase());
    return tag === undefined ? { classes } : { tag, classes };
  });
  return alternatives.every((needs) => needs.tag !== undefined || needs.classes.length > 0) ? alternatives : null;
}

interface ElementImpl {
  _attributesByNameMap?: Map<string, Array<{ _value: string }>>;
}

/**
 * The element's class attribute. Read at every rule, so read from jsdom's own attribute map where it has
 * one: getAttribute lower-cases the name first, which took a tenth of a pane test's time here.
 */
function classAttribute(element: Element, implSymbol: symbol | undefined): string | null {
  const byName = implSymbol && (element as unknown as Record<symbol, ElementImpl>)[implSymbol]?._attributesByNameMap;
  // Not `instanceof Map`: jsdom's Map is from Node's realm, not the test file's.
  return typeof byName?.get === "function" ? (byName.get("class")?.[0]?._value ?? null) : element.getAttribute("class");
}

/** `real` with the shortcut in front of it; `implSymbol` is jsdom's key from a node to its implementation. */
export function withSubjectShortcut(
  real: Matcher,
  implSymbol?: symbol,
): Matcher & { fastStyleMatch: true; real: Matcher } {
  const shortcuts = new Map<string, SubjectNeeds[] | null>();
  // jsdom asks about one element for every rule in a row: its tag and classes are read once for the row.
  let lastElement: Element | undefined;
  let lastAttribute: string | null = null;
  let lastTag = "";
  let lastClasses = new Set<string>();
  const meets = (needs: SubjectNeeds) =>
    (needs.tag === undefined || needs.tag === lastTag) && needs.classes.every((c) => lastClasses.has(c));
  return {
    fastStyleMatch: true,
    real,
    match(selector, element) {
      // Rules without a selector (@keyframes, @supports, @font-face) reach here too, as undefined.
      if (typeof selector !== "string") return real.match(selector, element);
      let alternatives = shortcuts.get(selector);
      if (alternatives === undefined) {
        alternatives = subjectNeeds(selector);
        shortcuts.set(selector, alternatives);
      }
      if (alternatives) {
        const attribute = classAttribute(element, implSymbol);
        if (element !== lastElement || attribute !== lastAttribute) {
          lastElement = element;
          lastAttribute = attribute;
          lastTag = element.localName.toLowerCase();
          lastClasses = new Set((attribute ?? "").toLowerCase().split(/[\t\n\f\r ]+/));
        }
        if (!alternatives.some(meets)) return false;
      }
      return real.match(selector, element);
    },
  };
}

/** Wraps the matcher of `document`'s style code; false when jsdom keeps it elsewhere. */
export function installFastStyleMatch(document: Document): boolean {
  const implSymbol = Object.getOwnPropertySymbols(document).find((s) => s.description === "impl");
  const impl = implSymbol && ((document as unknown as Record<symbol, unknown>)[implSymbol] as DocumentImpl);
  if (!impl) return false;
  // The matcher is made on first use: computing a style makes it.
  document.defaultView?.getComputedStyle(document.documentElement).getPropertyValue("visibility");
  const real = impl._nwsapiDontThrow;
  if (!real || typeof real.match !== "function") return false;
  if (!real.fastStyleMatch) impl._nwsapiDontThrow = withSubjectShortcut(real, implSymbol);
  return true;
}

if (typeof document !== "undefined") installFastStyleMatch(document);
