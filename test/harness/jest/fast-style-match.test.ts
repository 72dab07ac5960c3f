/** @jest-environment jsdom */
/**
 * The shortcut in front of jsdom's style matcher (fast-style-match.ts): installed in every jsdom test file,
 * it reads what a selector's subject requires correctly, gives nwsapi's answer for every pair of selector
 * and element below (Griffel's shapes, jsdom's default sheet's, combinators, lists, :not, attributes,
 * strings, pseudo-elements), and getComputedStyle still sees the rules that apply.
 */
import { subjectNeeds, withSubjectShortcut } from "./fast-style-match";

type Installed = { fastStyleMatch?: true; real: { match(selector: string, element: Element): boolean } };

function installed(): Installed | undefined {
  const implSymbol = Object.getOwnPropertySymbols(document).find((s) => s.description === "impl")!;
  const impl = (document as unknown as Record<symbol, { _nwsapiDontThrow?: Installed }>)[implSymbol];
  return impl._nwsapiDontThrow;
}

afterEach(() => {
  document.head.innerHTML = "";
  document.body.innerHTML = "";
});

describe("what a selector's subject requires", () => {
  it.each([
    [".fx1", [{ classes: ["fx1"] }]],
    [".fx1::after", [{ classes: ["fx1"] }]],
    [".a:hover:active,.a:active:focus-visible", [{ classes: ["a"] }, { classes: ["a"] }]],
    [".a .b", [{ classes: ["b"] }]],
    [".a>.b.C", [{ classes: ["b", "c"] }]],
    [".a ~ .b", [{ classes: ["b"] }]],
    ["div.a[data-x='.y']", [{ tag: "div", classes: ["a"] }]],
    [
      'input[type="hidden"], button:disabled',
      [
        { tag: "input", classes: [] },
        { tag: "button", classes: [] },
      ],
    ],
    [
      "article h1,\naside H1",
      [
        { tag: "h1", classes: [] },
        { tag: "h1", classes: [] },
      ],
    ],
    [".a[data-fui-focus-visible]", [{ classes: ["a"] }]],
    [".a:not(.b)", [{ classes: ["a"] }]],
    [".a:is(.b, .c)", [{ classes: ["a"] }]],
    [".a>svg", [{ tag: "svg", classes: [] }]],
    [".a, div", [{ classes: ["a"] }, { tag: "div", classes: [] }]],
    [".a, *", null],
    [":hover", null],
    [":root", null],
    [".a\\:b", null],
    ["svg|rect", null],
    ['[title="x"', null],
  ])("%p: %p", (selector, needs) => {
    expect(subjectNeeds(selector)).toEqual(needs);
  });
});

describe("jsdom's style matcher", () => {
  it("is wrapped in every jsdom test file, and reads classes from jsdom's own map (an upgrade that moves them fails here)", () => {
    expect(installed()?.fastStyleMatch).toBe(true);
    const implSymbol = Object.getOwnPropertySymbols(document).find((s) => s.description === "impl")!;
    document.body.innerHTML = `<p class="x y"></p>`;
    const impl = (
      document.querySelector("p") as unknown as Record<
        symbol,
        { _attributesByNameMap: Map<string, Array<{ _value: string }>> }
      >
    )[implSymbol];
    expect(impl._attributesByNameMap.get("class")?.[0]._value).toBe("x y");
  });

  it("gives nwsapi's answer for every selector and element", () => {
    document.body.innerHTML = `
      <div class="a fx1"><span class="b c">x</span><button class="B d" data-fui-focus-visible>y</button></div>
      <p class="c"></p><svg class="a"><path class="e"/></svg><input class="fx1" disabled>
      <section><h1 class="a">t</h1></section><table><tbody><tr><td>1</td></tr></tbody></table>
      <input type="hidden"><button disabled>z</button>`;
    const real = installed()!.real;
    const implSymbol = Object.getOwnPropertySymbols(document).find((s) => s.description === "impl");
    const fast = withSubjectShortcut(real, implSymbol);
    const byGetAttribute = withSubjectShortcut(real);
    const selectors = [
      ".a",
      ".fx1",
      ".fx1::after",
      ".b:hover",
      ".d[data-fui-focus-visible]",
      ".a .b",
      ".a>.b",
      ".a > .b.c",
      ".b ~ .d",
      ".b + .d",
      ".c:not(.b)",
      ".a:not(:focus-within)",
      ".a>svg",
      ".fx1:enabled",
      ".fx1:disabled",
      ".x, .c",
      ".a .e",
      "svg .e",
      "p.c",
      "span.c.b",
      ".b:is(.c)",
      "*",
      "h1",
      "section h1",
      "article h1,\nsection h1",
      "table > tr",
      "tbody > tr",
      "td, th",
      'input[type="hidden"]',
      "input, textarea, select, button",
      "button:disabled, select:disabled",
      "div h1.a",
      "DIV",
    ];
    const elements = [...document.body.querySelectorAll("*")];
    let matched = 0;
    for (const selector of selectors) {
      for (const element of elements) {
        const expected = real.match(selector, element);
        expect({
          selector,
          element: element.outerHTML,
          got: fast.match(selector, element),
          byGetAttribute: byGetAttribute.match(selector, element),
        }).toEqual({ selector, element: element.outerHTML, got: expected, byGetAttribute: expected });
        if (expected) matched++;
      }
    }
    // A class changed on an element just asked about is seen.
    const span = document.querySelector("span")!;
    expect(fast.match(".zz", span)).toBe(false);
    span.classList.add("zz");
    expect(fast.match(".zz", span)).toBe(true);
    // Both answers occur: the comparison is not all "no".
    expect(matched).toBeGreaterThan(30);
    expect(matched).toBeLessThan(selectors.length * elements.length);
  });

  it("lets getComputedStyle see the rules that apply, through descendants, lists and the default sheet", () => {
    document.head.innerHTML = `<style>
      .fx1 { visibility: hidden; }
      .outer .inner { pointer-events: none; }
      .x, .listed { visibility: collapse; }
      .inner:not(.plain) { color: rgb(1, 2, 3); }
    </style>`;
    document.body.innerHTML = `<div class="outer"><span class="inner">a</span></div>
      <span class="inner plain">b</span><i class="fx1">c</i><b class="listed">d</b><input type="hidden">`;
    const [nested, plain, hidden, listed, input] = ["span.inner:not(.plain)", ".plain", ".fx1", ".listed", "input"].map(
      (s) => getComputedStyle(document.querySelector(s)!),
    );
    expect([nested.pointerEvents, nested.color, nested.visibility]).toEqual(["none", "rgb(1, 2, 3)", "visible"]);
    // No rule applies: the initial values (jsdom writes CanvasText in lower case).
    expect([plain.pointerEvents, plain.color]).toEqual(["auto", "canvastext"]);
    expect(hidden.visibility).toBe("hidden");
    expect(listed.visibility).toBe("collapse");
    // jsdom's default sheet: input[type="hidden"] { display: none }.
    expect(input.display).toBe("none");
  });
});
