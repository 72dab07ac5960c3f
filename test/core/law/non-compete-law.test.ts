import fc from "fast-check";
import {
  LAW_NOT_ADVICE,
  STATES_WITH_NON_COMPETE_LAW,
  clampAsk,
  lawInForce,
  lawVersions,
  laterLawReaching,
  statutoryLimits,
} from "../../../src/core/law/non-compete-law";
import { LONG_STANDING, NON_COMPETE_STATUTES } from "../../../src/core/law/non-compete-statutes";
import { US_STATES } from "../../../src/core/offer/us-states";
import { OfferError } from "../../../src/core/errors";

/** The ISO day before an ISO day (UTC arithmetic, no time zone). */
function dayBefore(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

describe("the dated table of state non-compete statutes", () => {
  it("gives every entry a known state, citation, source URL, grade, effective date and last-verified date", () => {
    const known = new Set(US_STATES.map((s) => s.value));
    const iso = /^\d{4}-\d{2}-\d{2}$/;
    for (const law of NON_COMPETE_STATUTES) {
      const where = `${law.state} ${law.version}`;
      expect({ where, known: known.has(law.state) }).toEqual({ where, known: true });
      expect(law.citation).toMatch(/§|Act|ORS|RCW/);
      expect(law.sourceUrl).toMatch(/^https?:\/\/[^ ]+\.[a-z]+/);
      expect(["A", "B", "C"]).toContain(law.grade);
      // Anything short of the statute itself says why.
      if (law.grade !== "A") expect({ where, note: law.gradeNote ?? "" }).toEqual({ where, note: expect.any(String) });
      if (law.grade !== "A") expect(law.gradeNote!.length).toBeGreaterThan(20);
      expect(law.effectiveFrom).toMatch(iso);
      expect(law.lastVerified).toMatch(iso);
      expect(law.lastVerified >= "2025-01-01").toBe(true);
      expect(law.summary).toMatch(/^[a-z]/);
    }
  });

  it("holds at least the states the issue names, with the brief's figures", () => {
    for (const state of ["CA", "MN", "ND", "OK", "DC", "TX", "PA", "LA", "MD", "IN", "AR", "WY", "CO", "OR"])
      expect(STATES_WITH_NON_COMPETE_LAW).toContain(state);
    for (const state of ["MT", "UT", "WA", "FL"]) expect(STATES_WITH_NON_COMPETE_LAW).toContain(state);
    const texas = lawInForce("TX", "2025-09-01")!;
    expect(texas).toMatchObject({
      version: "SB 1318 (2025)",
      maxMiles: 5,
      maxMonths: 12,
      buyoutCapYears: 1,
      voidIfWithoutCause: true,
      grade: "A",
    });
    expect(lawInForce("MD", "2025-07-01")).toMatchObject({ voidAtOrBelowPay: 350_000, maxMonths: 12, maxMiles: 10 });
    expect(lawInForce("IN", "2025-07-01")).toMatchObject({ covers: "hospital-employed physicians", effect: "ban" });
    expect(lawInForce("MT", "2026-01-01")).toMatchObject({ effect: "ban", repayment: "allowed" });
    expect(lawInForce("UT", "2026-05-06")).toMatchObject({ version: "HB 270 (2026)", effect: "ban" });
    expect(lawInForce("WA", "2027-06-30")).toMatchObject({
      effect: "ban",
      repayment: "counts as a non-compete",
      reachesEarlierContracts: true,
    });
    expect(lawInForce("FL", "2025-07-01")?.effect).toBe("widens");
  });

  it("picks, for every state, the version in force on each effective date and the one before it the day before", () => {
    for (const state of STATES_WITH_NON_COMPETE_LAW) {
      const versions = lawVersions(state);
      versions.forEach((law, i) => {
        expect(lawInForce(state, law.effectiveFrom)).toBe(law);
        if (law.effectiveFrom === LONG_STANDING) return;
        // The day before: the earlier version, or none.
        expect(lawInForce(state, dayBefore(law.effectiveFrom))).toBe(i === 0 ? undefined : versions[i - 1]);
      });
    }
    expect(lawInForce("TX", "2025-08-31")?.version).toBe("§15.50(b) before SB 1318");
    expect(lawInForce("UT", "2026-05-05")?.version).toBe("Post-Employment Restrictions Act (2016)");
    expect(lawInForce("MD", "2025-06-30")).toBeUndefined();
    expect(lawInForce("OH", "2026-01-01")).toBeUndefined();
    expect(lawInForce(null, "2026-01-01")).toBeUndefined();
  });

  it("reads a US-order date too, and refuses text that is not a date", () => {
    expect(lawInForce("TX", "9/1/2025")?.version).toBe("SB 1318 (2025)");
    expect(() => lawInForce("TX", "2025-02-30")).toThrow(OfferError);
    expect(() => lawInForce("TX", "soon")).toThrow(/yyyy-mm-dd/);
  });

  it("names a later law that will reach a contract signed before it (Washington), and no other", () => {
    expect(laterLawReaching("WA", "2026-12-06")?.version).toBe("ESHB 1155 (Ch. 149, Laws of 2026)");
    expect(laterLawReaching("WA", "2027-06-30")).toBeUndefined();
    expect(laterLawReaching("TX", "2025-01-01")).toBeUndefined();
  });
});

describe("what the statute gives on an offer", () => {
  it("Texas from 1 September 2025: one year, five miles, a buyout of at most a year's pay, void without good cause", () => {
    const limits = statutoryLimits(lawInForce("TX", "2026-03-01"), { annualPay: 350_000 });
    expect(limits).toMatchObject({
      banned: false,
      maxMiles: 5,
      maxMonths: 12,
      buyoutCap: 350_000,
      voidIfWithoutCause: true,
    });
    expect(limits.note).toContain("Tex. Bus. & Com. Code §15.50(b)");
    expect(limits.note).toContain("for contracts from 1 September 2025");
    expect(limits.note).toContain("information, not legal advice; have an attorney licensed in the state review it");
  });

  it("Maryland: void at or below $350,000, else one year and 10 miles; unknown pay is not counted as a ban", () => {
    const md = lawInForce("MD", "2025-07-01");
    expect(statutoryLimits(md, { annualPay: 350_000 }).banned).toBe(true);
    expect(statutoryLimits(md, { annualPay: 350_001 })).toMatchObject({ banned: false, maxMiles: 10, maxMonths: 12 });
    const unknown = statutoryLimits(md, {});
    expect(unknown.banned).toBe(false);
    expect(unknown.note).toContain("at or below $350,000");
  });

  it("Indiana: a ban only where the employer is a hospital; unknown says so", () => {
    const indiana = lawInForce("IN", "2026-01-01");
    expect(statutoryLimits(indiana, { employer: "hospital" }).banned).toBe(true);
    expect(statutoryLimits(indiana, { employer: "other" })).toMatchObject({ banned: false, voidIfWithoutCause: false });
    expect(statutoryLimits(indiana, {}).note).toContain("only if the employer is a hospital");
  });

  it("Oregon: a ban for some employers only, which the offer does not record, so not counted as a ban", () => {
    const oregon = statutoryLimits(lawInForce("OR", "2026-01-01"), { employer: "hospital" });
    expect(oregon.banned).toBe(false);
    expect(oregon.note).toContain("only to some kinds of employer");
  });

  it("bans, widening and no statute", () => {
    expect(statutoryLimits(lawInForce("CA", "2026-01-01")).banned).toBe(true);
    const florida = statutoryLimits(lawInForce("FL", "2026-01-01"));
    expect(florida).toMatchObject({ banned: false, voidIfWithoutCause: false });
    expect(florida.maxMiles).toBeUndefined();
    const none = statutoryLimits(undefined);
    expect(none).toMatchObject({ banned: false, voidIfWithoutCause: false });
    expect(none.note).toContain(LAW_NOT_ADVICE);
  });
});

describe("an ask clamped to the statute", () => {
  it("never asks Texas for 10 miles when the statute caps the radius at 5 from the primary site", () => {
    const texas = statutoryLimits(lawInForce("TX", "2025-09-01"), {});
    expect(clampAsk({ miles: 10, months: 12, scope: "any location" }, texas)).toEqual({
      miles: 5,
      months: 12,
      scope: "primary site",
    });
    // A narrower ask than the statute stays as asked.
    expect(clampAsk({ miles: 3, months: 6, scope: "primary site" }, texas)).toEqual({
      miles: 3,
      months: 6,
      scope: "primary site",
    });
  });

  it("for every state and date either side of each effective date, never asks for less than the statute gives", () => {
    const dates = NON_COMPETE_STATUTES.filter((law) => law.effectiveFrom !== LONG_STANDING).flatMap((law) => [
      law.effectiveFrom,
      dayBefore(law.effectiveFrom),
    ]);
    fc.assert(
      fc.property(
        fc.constantFrom(...STATES_WITH_NON_COMPETE_LAW),
        fc.constantFrom(...dates, "2020-06-15", "2026-12-06"),
        fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
        fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
        fc.constantFrom("primary site" as const, "any location" as const, null),
        fc.option(fc.integer({ min: 100_000, max: 900_000 }), { nil: null }),
        fc.constantFrom("hospital" as const, "other" as const, null),
        (state, date, miles, months, scope, annualPay, employer) => {
          const limits = statutoryLimits(lawInForce(state, date), { annualPay, employer });
          const ask = clampAsk({ miles, months, scope }, limits);
          if (limits.banned) {
            // No narrowing ask at all: the statute already removes it.
            expect(ask).toEqual({ miles: 0, months: 0, scope: null });
            return;
          }
          if (limits.maxMiles !== undefined && ask.miles !== null) {
            expect(ask.miles).toBeLessThanOrEqual(limits.maxMiles);
            expect(ask.scope === null || ask.scope === "primary site").toBe(true);
          }
          if (limits.maxMonths !== undefined && ask.months !== null)
            expect(ask.months).toBeLessThanOrEqual(limits.maxMonths);
          // Never wider than asked, and a part left out stays out.
          if (miles !== null) expect(ask.miles).toBeLessThanOrEqual(miles);
          else expect(ask.miles).toBeNull();
          if (months !== null) expect(ask.months).toBeLessThanOrEqual(months);
          else expect(ask.months).toBeNull();
        },
      ),
      { numRuns: 300 },
    );
  });
});
