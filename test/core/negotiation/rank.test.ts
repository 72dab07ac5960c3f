import fc from "fast-check";
import { type Ask, AUDIENCE_LABELS, rankAsks } from "../../../src/core/negotiation";
import type { Severity } from "../../../src/core/rules/types";

function ask(id: string, valuePerYear: number | null, severity?: Severity): Ask {
  return {
    id,
    title: id,
    valuePerYear,
    valueBasis: "",
    script: "",
    audience: "recruiter",
    term: "base-below-benchmark",
    kind: "cash",
    audienceLabel: AUDIENCE_LABELS.recruiter,
    fields: [],
    ...(severity && { severity }),
  };
}

const SEVERITY_ORDER = ["red", "caution", "info", undefined];

describe("rankAsks", () => {
  it("puts the largest dollars a year first and asks with no dollar value last", () => {
    const ranked = rankAsks([ask("a", null, "red"), ask("b", 10_000), ask("c", 130_000), ask("d", 0)]);
    expect(ranked.map((a) => a.id)).toEqual(["c", "b", "d", "a"]);
  });

  it("puts red before caution before info before none at equal value, with or without a value", () => {
    const ranked = rankAsks([
      ask("none", 5_000),
      ask("info", 5_000, "info"),
      ask("caution", 5_000, "caution"),
      ask("red", 5_000, "red"),
    ]);
    expect(ranked.map((a) => a.id)).toEqual(["red", "caution", "info", "none"]);
    const unvalued = rankAsks([ask("none", null), ask("caution", null, "caution"), ask("red", null, "red")]);
    expect(unvalued.map((a) => a.id)).toEqual(["red", "caution", "none"]);
  });

  it("keeps the built order of asks that tie, and never loses or invents one", () => {
    const severity = fc.constantFrom<Severity | undefined>("red", "caution", "info", undefined);
    const value = fc.option(fc.constantFrom(0, 1_000, 5_000), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.tuple(value, severity), { maxLength: 12 }), (specs) => {
        const asks = specs.map(([v, s], i) => ask(`a${i}`, v, s));
        const ranked = rankAsks(asks);
        expect([...ranked].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
          [...asks].sort((a, b) => a.id.localeCompare(b.id)),
        );
        for (let i = 1; i < ranked.length; i++) {
          const [prev, next] = [ranked[i - 1], ranked[i]];
          const key = (a: Ask) => [
            a.valuePerYear === null ? 1 : 0,
            -(a.valuePerYear ?? 0),
            SEVERITY_ORDER.indexOf(a.severity),
            Number(a.id.slice(1)),
          ];
          const [p, n] = [key(prev), key(next)];
          const cmp = p.findIndex((x, k) => x !== n[k]);
          expect(cmp === -1 || p[cmp] < n[cmp]).toBe(true);
        }
      }),
    );
  });
});
