import fc from "fast-check";
import { parseBenchmarks } from "../../../src/core/benchmarks/parse";
import { ALL_SPECIALTIES, type Benchmark } from "../../../src/core/benchmarks/types";
import { FIELD_KEYS } from "../../../src/core/offer/fields";
import { emptyDraft, readDraftLeniently } from "../../../src/core/offer/draft";
import type { OfferFields } from "../../../src/core/offer/schema";
import { RULE_IDS, checkOffer, sortFlags } from "../../../src/core/rules";
import type { Flag } from "../../../src/core/rules/types";
import type { TermId } from "../../../src/core/terms";
import { KNOWN_SPECIALTIES } from "../../../src/core/specialties";
import { offerArbitrary } from "../../harness/offer-arbitrary";
import { BENCHMARK_HEADER, flagsFor, offerWith, userRows } from "./offer-fixture";

/** Rules about clauses that touch contract law: their flags must carry the legal note. */
const LEGAL_RULES = ["non-compete", "employee-paid-tail", "clawback-not-prorated", "short-notice"];

describe("the seed case: psychiatry, $290,000, saturated metro, no sign-on, unpaid call", () => {
  const seed = {
    specialty: "Psychiatry",
    baseSalary: 290_000,
    market: "saturated metro",
    signOnBonus: 0,
    callShiftsPerMonth: 4,
    callPay: "unpaid",
  };
  const offer = offerWith(seed);
  const flags = checkOffer(offer, { benchmarks: [] });
  const byRule = new Map(flags.map((flag) => [flag.rule, flag]));

  it("raises the base, sign-on, unpaid-call and unknown-terms flags", () => {
    expect([...byRule.keys()]).toEqual(
      expect.arrayContaining(["base-below-benchmark", "no-sign-on", "unpaid-call", "unknown-terms"]),
    );
  });

  it("judges the base a caution against AMN's 2022 starting offer of $299,000", () => {
    const base = byRule.get("base-below-benchmark")!;
    expect(base.severity).toBe("caution");
    expect(base.finding).toContain("$299,000");
    expect(base.evidence[0].source).toMatch(/AMN .*2022/);
  });

  it("raises nothing red, and no flag but unknown-terms about a term that is unknown", () => {
    expect(flags.filter((flag) => flag.severity === "red")).toEqual([]);
    for (const flag of flags.filter((f) => f.rule !== "unknown-terms" && f.severity !== "info")) {
      for (const field of flag.fields) expect(offer[field]).not.toBeNull();
    }
  });

  it("lists the unknown terms that matter, and not the ones the offer states", () => {
    const unknown = byRule.get("unknown-terms")!;
    expect(unknown.fields).toEqual(
      expect.arrayContaining(["nonCompeteMiles", "malpracticeType", "noticeDays", "productivityModel"]),
    );
    expect(unknown.fields).not.toEqual(expect.arrayContaining(["baseSalary"]));
    expect(unknown.fields).not.toContain("signOnBonus");
    expect(unknown.fields).not.toContain("callPay");
  });
});

describe("sorting", () => {
  it("puts red before caution before info, keeping rule order within a severity", () => {
    // Red: base 13% below, short notice. Caution: no sign-on. Info: no relocation, unknown terms.
    const flags = flagsFor({
      specialty: "Family Medicine",
      baseSalary: 240_000,
      signOnBonus: 0,
      relocation: 0,
      noticeDays: 30,
    });
    expect(flags.map((f) => `${f.severity}:${f.rule}`)).toEqual([
      "red:base-below-benchmark",
      "red:short-notice",
      "caution:no-sign-on",
      "info:no-relocation",
      "info:unknown-terms",
    ]);
  });

  it("is stable for flags of equal severity", () => {
    const flag = (rule: TermId, severity: Flag["severity"]): Flag => ({
      rule,
      severity,
      finding: rule,
      evidence: [],
      counterAsk: "",
      fields: [],
    });
    const sorted = sortFlags([
      flag("no-sign-on", "info"),
      flag("no-relocation", "caution"),
      flag("unpaid-call", "info"),
      flag("non-compete", "red"),
      flag("short-notice", "caution"),
    ]);
    expect(sorted.map((f) => f.rule)).toEqual([
      "non-compete",
      "no-relocation",
      "short-notice",
      "no-sign-on",
      "unpaid-call",
    ]);
  });
});

/** Random rows of a user's Benchmarks table, for known and unknown specialties and every metric a rule reads. */
const benchmarkRowsArbitrary: fc.Arbitrary<Benchmark[]> = fc
  .array(
    fc.tuple(
      fc.constantFrom(...KNOWN_SPECIALTIES, ALL_SPECIALTIES, "Sleep Medicine"),
      fc.constantFrom("wRVU", "CompPerWrvu", "StartingSalary", "TotalComp", "SignOn", "Relocation"),
      // Ascending values; 0 means "not given", so rows with only some percentiles occur too.
      fc
        .array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2_000_000 })), { minLength: 4, maxLength: 4 })
        .map((v) => [...v].sort((a, b) => a - b)),
    ),
    { maxLength: 12 },
  )
  .map(
    (rows) =>
      parseBenchmarks([BENCHMARK_HEADER, ...rows.map(([specialty, metric, points]) => [specialty, metric, ...points])])
        .rows,
  );

/** Asserts everything a flag promises the pane. */
function expectWellFormed(flag: Flag, offer: OfferFields): void {
  expect(RULE_IDS).toContain(flag.rule);
  expect(["red", "caution", "info"]).toContain(flag.severity);
  for (const text of [flag.finding, flag.counterAsk]) {
    expect(text.trim().length).toBeGreaterThan(10);
    expect(text).not.toMatch(/NaN|Infinity|undefined|null|\n/);
  }
  for (const evidence of flag.evidence) {
    expect(evidence.text.length).toBeGreaterThan(10);
    expect(evidence.text).not.toMatch(/NaN|Infinity|undefined/);
  }
  if (flag.severity !== "info") {
    // A warning is always backed by a sourced figure or norm, and never about a term that is unknown.
    expect(flag.evidence.some((e) => e.source !== undefined)).toBe(true);
    for (const field of flag.fields) expect(offer[field]).not.toBeNull();
  }
  expect(flag.fields.length).toBeGreaterThan(0);
  for (const field of flag.fields) expect(FIELD_KEYS).toContain(field);
  if (LEGAL_RULES.includes(flag.rule)) {
    expect(flag.legal).toMatch(/not legal advice/);
    expect(flag.legal).toMatch(/attorney licensed in/);
  }
}

describe("numbers as shown", () => {
  it("are what the rules judge, so a value a flag would print as 0 is treated as 0", () => {
    expect(flagsFor({ callShiftsPerMonth: 0.001, callPay: "unpaid" }).map((f) => f.rule)).not.toContain("unpaid-call");
    const half = flagsFor({ callShiftsPerMonth: 0.5, callPay: "unpaid" }).find((f) => f.rule === "unpaid-call");
    expect(half?.finding).toContain("0.5 unpaid call shifts a month");
  });
});

describe("checkOffer on any offer", () => {
  const severityRank = { red: 0, caution: 1, info: 2 };

  function checkAll(offer: OfferFields, benchmarks: readonly Benchmark[]): void {
    const flags = checkOffer(offer, { benchmarks });
    for (const flag of flags) expectWellFormed(flag, offer);
    const rules = flags.map((f) => f.rule);
    expect(new Set(rules).size).toBe(rules.length);
    const ranks = flags.map((f) => severityRank[f.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  }

  it("never throws and returns well-formed, sorted flags, one per rule at most, with shipped benchmarks only", () => {
    fc.assert(
      fc.property(offerArbitrary, (offer) => checkAll(offer, [])),
      { numRuns: 300 },
    );
  });

  it("does the same with random rows of the user's own benchmarks", () => {
    fc.assert(
      fc.property(offerArbitrary, benchmarkRowsArbitrary, (offer, rows) => checkAll(offer, rows)),
      { numRuns: 300 },
    );
  });

  it("does the same when the random offer's specialty has the user's wRVU and $/wRVU percentiles", () => {
    const rows = userRows(
      ...KNOWN_SPECIALTIES.flatMap((s) => [
        [s, "wRVU", 3_800, 4_500, 5_600, 6_800],
        [s, "CompPerWrvu", 40, 48, 58, 70],
      ]),
    );
    fc.assert(
      fc.property(offerArbitrary, (offer) => checkAll(offer, rows)),
      { numRuns: 300 },
    );
  });
});

describe("flags while an offer is being typed", () => {
  // Entry runs the rules on the draft as typed, where a blank specialty or employer reads as null (a
  // contract opened in the pane fills everything but the specialty): the rules stay total.
  it("judge a draft with no specialty yet without throwing, and flag what they can", () => {
    const typed = {
      employer: "Riverbend Regional Health System",
      state: "OH",
      baseSalary: "290,000",
      signOnBonus: "0",
      productivityModel: "wrvu",
      wrvuThreshold: "5,200",
      nonCompeteMiles: "15",
      nonCompeteMonths: "24",
      nonCompeteScope: "any location",
    };
    const offer = readDraftLeniently({ ...emptyDraft(), ...typed });
    expect(offer.specialty).toBe("");
    const flags = checkOffer(offer, { benchmarks: [] });
    expect(flags.map((f) => f.rule)).toEqual(expect.arrayContaining(["no-sign-on", "non-compete"]));
  });
});
