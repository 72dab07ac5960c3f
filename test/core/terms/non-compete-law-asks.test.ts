/**
 * For every state in the statute table, on the day before and the day of each version's effective date, and
 * over random clauses: the non-compete ask never asks for a wider radius or a longer restriction than the
 * statute in force allows, never narrows a clause the statute voids (it asks to remove it), and its text
 * always carries the legal note. The statute's caps here are read straight from the table's entry, not from
 * the code under test.
 */
import fc from "fast-check";
import { addDays } from "../../../src/core/campaign/dates";
import { LAW_NOT_ADVICE, STATES_WITH_NON_COMPETE_LAW, lawVersions } from "../../../src/core/law/non-compete-law";
import { LONG_STANDING } from "../../../src/core/law/non-compete-statutes";
import type { NonCompeteLaw } from "../../../src/core/law/non-compete-types";
import type { AskDraft, PlanInput } from "../../../src/core/negotiation/ask-builder";
import type { Offer } from "../../../src/core/offer/schema";
import { DEFAULT_PROFILE } from "../../../src/core/profile/settings";
import { checkOffer } from "../../../src/core/rules";
import { nonCompeteAskLimits, nonCompeteTerm } from "../../../src/core/terms/non-compete";
import { offerFrom } from "../../harness/offers";

/** Every (state, contract date) pair: the day before and the day of each dated version. */
const CASES: { state: string; date: string }[] = STATES_WITH_NON_COMPETE_LAW.flatMap((state) =>
  lawVersions(state)
    .filter((law) => law.effectiveFrom !== LONG_STANDING)
    .flatMap((law) => [addDays(law.effectiveFrom, -1), law.effectiveFrom])
    .concat(lawVersions(state)[0].effectiveFrom === LONG_STANDING ? ["2026-01-15"] : [])
    .map((date) => ({ state, date })),
);

/** The table's version in force on `date`: the latest whose effective date is on or before it (the oracle). */
function entryOn(state: string, date: string): NonCompeteLaw | undefined {
  return lawVersions(state)
    .filter((law) => law.effectiveFrom <= date)
    .at(-1);
}

/** A later version reaching earlier contracts that voids non-competes (Washington's). */
function laterBan(state: string, date: string): boolean {
  return lawVersions(state).some(
    (law) => law.effectiveFrom > date && law.reachesEarlierContracts && law.effect === "ban",
  );
}

/** True when the entry voids this clause outright: a ban for everyone it covers, or pay at or below its threshold. */
function voids(law: NonCompeteLaw | undefined, pay: number | null): boolean {
  if (law === undefined || law.effect === "widens") return false;
  // Bans that depend on who the employer is are not counted when it is not known (these offers give none).
  if (law.covers === "hospital-employed physicians" || law.covers === "physicians of some employers") return false;
  return law.effect === "ban" || (law.voidAtOrBelowPay !== undefined && pay !== null && pay <= law.voidAtOrBelowPay);
}

interface Clause {
  miles: number;
  months: number;
  scope: "primary site" | "any location" | null;
  market: "rural" | "secondary" | "metro" | "saturated metro" | null;
  pay: number | null;
}

function offerOf({ state, date }: { state: string; date: string }, c: Clause): Offer {
  return offerFrom({
    specialty: "Psychiatry",
    state,
    contractDate: date,
    nonCompeteMiles: c.miles,
    nonCompeteMonths: c.months,
    nonCompeteScope: c.scope,
    market: c.market,
    baseSalary: c.pay,
  });
}

function askFor(offer: Offer): AskDraft | undefined {
  const context = { benchmarks: [] };
  const input: PlanInput = { flags: checkOffer(offer, context), context, others: [], profile: DEFAULT_PROFILE };
  const [nonCompete] = nonCompeteTerm.asks ?? [];
  return nonCompete.build(offer, input);
}

/** Every "N miles" and "N months" figure in a text. */
function figures(text: string, unit: "mile" | "month"): number[] {
  return [...text.matchAll(new RegExp(`(\\d[\\d,]*) ${unit}s?\\b`, "g"))].map((m) => Number(m[1].replace(/,/g, "")));
}

function checkCase(where: { state: string; date: string }, clause: Clause): void {
  const offer = offerOf(where, clause);
  const law = entryOn(where.state, where.date);
  const banned = voids(law, clause.pay) || laterBan(where.state, where.date);
  const capsApply =
    law !== undefined && law.effect !== "widens" && !banned && law.covers !== "hospital-employed physicians";
  const maxMiles = capsApply ? law.maxMiles : undefined;
  const maxMonths = capsApply ? law.maxMonths : undefined;

  const asked = nonCompeteAskLimits(offer, where.date);
  expect(asked.remove).toBe(banned);
  if (maxMiles !== undefined && asked.miles !== null) expect(asked.miles).toBeLessThanOrEqual(maxMiles);
  if (maxMonths !== undefined && asked.months !== null) expect(asked.months).toBeLessThanOrEqual(maxMonths);

  const flag = checkOffer(offer, { benchmarks: [] }).find((f) => f.rule === "non-compete");
  if (flag) expect(flag.legal).toContain(LAW_NOT_ADVICE);
  const ask = askFor(offer);
  if (ask === undefined) return;
  expect(ask.legal).toContain(LAW_NOT_ADVICE);
  if (banned) {
    expect(ask.title).toBe("Remove the non-compete");
    // A removal ask names the clause as written and asks to remove it: no narrowing, no limit asked for.
    expect(ask.script).toContain(
      `This contract's non-compete covers ${clause.miles} mile${clause.miles === 1 ? "" : "s"} for ${clause.months} month${clause.months === 1 ? "" : "s"}.`,
    );
    expect(ask.script).toContain("I'd ask for the non-compete to be removed");
    expect(ask.script).not.toMatch(/kept to|narrow/);
    return;
  }
  if (maxMiles !== undefined)
    for (const miles of figures(ask.script, "mile")) expect(miles).toBeLessThanOrEqual(maxMiles);
  if (maxMonths !== undefined)
    for (const months of figures(ask.script, "month")) expect(months).toBeLessThanOrEqual(maxMonths);
}

const CLAUSE: fc.Arbitrary<Clause> = fc.record({
  miles: fc.integer({ min: 1, max: 100 }),
  months: fc.integer({ min: 1, max: 60 }),
  scope: fc.constantFrom<Clause["scope"]>(null, "primary site", "any location"),
  market: fc.constantFrom<Clause["market"]>(null, "rural", "secondary", "metro", "saturated metro"),
  pay: fc.constantFrom<number | null>(null, 120_000, 240_000, 340_000, 420_000),
});

describe("the non-compete ask under every statute in the table", () => {
  it("covers every state in the table, either side of each effective date", () => {
    expect(new Set(CASES.map((c) => c.state))).toEqual(new Set(STATES_WITH_NON_COMPETE_LAW));
    expect(CASES.some((c) => c.state === "TX" && c.date === "2025-08-31")).toBe(true);
    expect(CASES.some((c) => c.state === "TX" && c.date === "2025-09-01")).toBe(true);
  });

  it("a wide clause (100 miles from every site, 60 months, $420,000) in every case stays within the cap", () => {
    const wide: Clause = { miles: 100, months: 60, scope: "any location", market: "rural", pay: 420_000 };
    for (const where of CASES) checkCase(where, wide);
  });

  it("never asks beyond the statutory cap, never narrows a voided clause, always carries the legal note", () => {
    fc.assert(
      fc.property(fc.constantFrom(...CASES), CLAUSE, (where, clause) => checkCase(where, clause)),
      { numRuns: 200 },
    );
  });
});
