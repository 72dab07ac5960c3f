import { matchState, stateMatchMessage } from "../../../src/core/offer/state-match";

describe("matchState", () => {
  it.each([
    ["tx", "TX"],
    ["TX", "TX"],
    ["Tex", "TX"],
    ["texas", "TX"],
    ["Texas", "TX"],
    ["TX · Texas", "TX"],
    ["New York", "NY"],
    ["new y", "NY"],
    ["NY", "NY"],
    ["Tenn", "TN"],
    // An exact code wins over the names it starts: "NE" is Nebraska even though "New York" starts "Ne".
    ["ne", "NE"],
    ["Washington", "WA"],
    ["Washington DC", "DC"],
    ["Washington, D.C.", "DC"],
    ["District of Columbia", "DC"],
    ["dist", "DC"],
  ])("reads %j as %s", (typed, code) => {
    expect(matchState(typed).code).toBe(code);
  });

  it("lists every state an ambiguous start could be, and picks none", () => {
    const match = matchState("N");
    expect(match.code).toBeUndefined();
    // Codes starting N: NE NV NH NJ NM NY NC ND; names starting N are the same eight states.
    expect([...match.options].sort()).toEqual(["NC", "ND", "NE", "NH", "NJ", "NM", "NV", "NY"]);
  });

  it("lists the exact state first, then the others the text starts", () => {
    expect(matchState("ne").options[0]).toBe("NE");
    expect(matchState("ne").options).toContain("NY");
  });

  it("does not read “Wash” as either Washington", () => {
    const match = matchState("Wash");
    expect(match.code).toBeUndefined();
    expect([...match.options].sort()).toEqual(["DC", "WA"]);
  });

  it("suggests close states for a typo and picks none", () => {
    const match = matchState("Texsa");
    expect(match.code).toBeUndefined();
    expect(match.options).toEqual([]);
    expect(match.suggestions).toContain("TX");
  });
});

describe("stateMatchMessage", () => {
  it("says nothing for blank or a state it names", () => {
    expect(stateMatchMessage("")).toBeUndefined();
    expect(stateMatchMessage("texas")).toBeUndefined();
  });

  it("names the candidates of an ambiguous start", () => {
    expect(stateMatchMessage("New")).toBe(
      "“New” could be NH (New Hampshire), NJ (New Jersey), NM (New Mexico), NY (New York): type more of the name, or pick one from the list.",
    );
  });

  it("offers a did-you-mean for a typo", () => {
    expect(stateMatchMessage("Texsa")).toMatch(/^No state is called “Texsa”\. Did you mean TX \(Texas\)/);
  });
});
