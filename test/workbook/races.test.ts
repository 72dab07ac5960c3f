/**
 * Two writers on one workbook: two Excel stores over one strict fake, their syncs held and let through in
 * a chosen order, as a co-authoring mentor's batches (or a second action of the same pane) interleave with
 * the store's. Whatever the order, no offer or benchmark row is lost or duplicated and no action reports
 * success over a loss: the workbook ends as if the actions that succeeded had run one after the other,
 * and an action that failed says why (a conflict, a missing or duplicate offer) and changed nothing.
 */
import fc from "fast-check";
import { parseBenchmarks } from "../../src/core/benchmarks/parse";
import { findSpecialty } from "../../src/core/specialties";
import type { StoredOffer } from "../../src/core/offer/offers-table";
import type { Offer } from "../../src/core/offer/schema";
import type { ExcelStore } from "../../src/workbook/excel/excel-store";
import { StoreError } from "../../src/workbook/store";
import type { FakeExcel } from "../harness/excel/fake-excel";
import { holdSyncs } from "../harness/excel/held-syncs";
import { offer, seededWorkbook, stored, storeOver } from "../harness/excel/workbooks";

const A = offer({ id: "OF-AAAA0001", employer: "Alder Clinic", baseSalary: 290000 });
const B = offer({ id: "OF-BBBB0002", employer: "Birch Health", baseSalary: 300000 });
const C = offer({ id: "OF-CCCC0003", employer: "Cedar Group", baseSalary: 310000 });
const X = offer({ id: "OF-XXXX0004", employer: "Xylem Partners", baseSalary: 350000 });
const Y = offer({ id: "OF-YYYY0005", employer: "Yew Medical", baseSalary: 420000 });

const benchmarkRows = (...specialties: string[]) =>
  parseBenchmarks([
    ["Specialty", "Metric", "P25", "P50", "P75", "P90"],
    ...specialties.map((s) => [s, "wRVU", 1, 2, 3, 4]),
  ]).rows;

/** One store action, and what it does to the model of the workbook when it succeeds. */
interface Action {
  name: string;
  run(store: ExcelStore): Promise<unknown>;
  /** The model after a successful run, or why a serial run would fail here. */
  apply(model: Model): Model | "fails";
}

/** The workbook as the actions see it: offers by ID with their revision, and benchmark rows by specialty. */
interface Model {
  offers: ReadonlyMap<string, { offer: Offer; revision: number }>;
  benchmarks: ReadonlySet<string>;
}

const create = (o: Offer): Action => ({
  name: `create ${o.employer}`,
  run: (store) => store.create(o),
  apply: (m) =>
    m.offers.has(o.id) ? "fails" : { ...m, offers: new Map(m.offers).set(o.id, { offer: o, revision: 1 }) },
});

const update = (o: Offer, revision: number, baseSalary: number): Action => ({
  name: `update ${o.employer} at revision ${revision} to ${baseSalary}`,
  run: (store) => store.update({ ...o, baseSalary }, revision),
  apply: (m) =>
    m.offers.get(o.id)?.revision !== revision
      ? "fails"
      : { ...m, offers: new Map(m.offers).set(o.id, { offer: { ...o, baseSalary }, revision: revision + 1 }) },
});

const remove = (o: Offer, revision: number): Action => ({
  name: `delete ${o.employer} at revision ${revision}`,
  run: (store) => store.remove(o.id, revision),
  apply: (m) => {
    if (m.offers.get(o.id)?.revision !== revision) return "fails";
    const offers = new Map(m.offers);
    offers.delete(o.id);
    return { ...m, offers };
  },
});

const importRows = (...specialties: string[]): Action => ({
  name: `import ${specialties.join(" and ")}`,
  run: (store) => store.importBenchmarks(benchmarkRows(...specialties)),
  // A known specialty is kept under its canonical name ("Oncology" is Hematology/Oncology).
  apply: (m) => ({ ...m, benchmarks: new Set([...m.benchmarks, ...specialties.map((s) => findSpecialty(s) ?? s)]) }),
});

const START: Model = {
  offers: new Map([A, B, C].map((o) => [o.id, { offer: o, revision: 1 }])),
  benchmarks: new Set(["Cardiology"]),
};

function startingWorkbook(): FakeExcel {
  return seededWorkbook({
    offers: stored([A, B, C]),
    benchmarks: [["Cardiology", "wRVU", "", 1, 2, 3, 4, "", ""]],
  });
}

interface Outcome {
  action: Action;
  ok: boolean;
  error?: unknown;
}

/** Runs two actions from two stores at once, letting their syncs through in the order `pick` chooses. */
async function race(
  first: Action,
  second: Action,
  pick: (waiting: number) => number,
): Promise<{ outcomes: Outcome[]; fake: FakeExcel }> {
  const fake = startingWorkbook();
  const held = holdSyncs(fake);
  const [one, two] = [storeOver(fake), storeOver(fake)];
  const settled = held.drive(Promise.allSettled([first.run(one), second.run(two)]), pick);
  const results = await settled;
  held.stop();
  const outcomes = results.map((r, i) => ({
    action: [first, second][i],
    ok: r.status === "fulfilled",
    error: r.status === "rejected" ? r.reason : undefined,
  }));
  return { outcomes, fake };
}

/** The workbook as a fresh store reads it, in the model's terms. */
async function observed(fake: FakeExcel): Promise<Model & { unreadable: number }> {
  const snapshot = await storeOver(fake).load();
  return {
    offers: new Map(snapshot.offers.map((s: StoredOffer) => [s.offer.id, { offer: s.offer, revision: s.revision }])),
    benchmarks: new Set(snapshot.benchmarks.map((b) => b.specialty)),
    unreadable: snapshot.unreadable.length,
  };
}

const plain = (m: Model) => ({
  offers: [...m.offers.entries()].sort(([a], [b]) => a.localeCompare(b)),
  benchmarks: [...m.benchmarks].sort(),
});

/**
 * The models the successful actions give when run one after the other, in either order, each succeeding.
 * An import that reports a conflict may have kept the new rows it added before the conflict (its message
 * says so): `partial` actions count as run or not.
 */
function serialModels(successes: readonly Action[], partial: readonly Action[] = []): Model[] {
  if (partial.length > 0) {
    const [first, ...rest] = partial;
    return [...serialModels(successes, rest), ...serialModels([...successes, first], rest)];
  }
  const orders = successes.length === 2 ? [successes, [...successes].reverse()] : [successes];
  return orders.flatMap((order) => {
    let model: Model | "fails" = START;
    for (const action of order) model = model === "fails" ? model : action.apply(model);
    return model === "fails" ? [] : [model];
  });
}

/** Checks the invariant, returning what is wrong (undefined when nothing). */
async function problemAfter(
  first: Action,
  second: Action,
  pick: (waiting: number) => number,
): Promise<string | undefined> {
  const { outcomes, fake } = await race(first, second, pick);
  if (fake.violations.length > 0) return `the fake was reached outside what it models: ${fake.violations.join("; ")}`;
  for (const o of outcomes) {
    if (!o.ok && !(o.error instanceof StoreError)) return `${o.action.name} threw ${String(o.error)}`;
  }
  const now = await observed(fake);
  if (now.unreadable > 0) return "a row became unreadable (a duplicated ID?)";
  const successes = outcomes.filter((o) => o.ok).map((o) => o.action);
  const kept = outcomes.filter((o) => !o.ok && /stays|stay,/.test((o.error as Error).message)).map((o) => o.action);
  const candidates = serialModels(successes, kept).map((m) => JSON.stringify(plain(m)));
  if (candidates.length === 0)
    return `${successes.map((a) => a.name).join(" and ")} both succeeded, which no serial order allows`;
  const actual = JSON.stringify(plain(now));
  if (!candidates.includes(actual)) {
    return `after ${outcomes.map((o) => `${o.action.name}: ${o.ok ? "succeeded" : (o.error as Error).message}`).join("; ")}\nthe workbook holds ${actual}\nexpected one of ${candidates.join(" or ")}`;
  }
  return undefined;
}

/** Lets the oldest waiting sync through each time: both reads, then both writes, the race in the reports. */
const oldestFirst = () => 0;

describe("two writers, reads first and then writes", () => {
  it("two creates both land, or the second says the table changed and adds nothing", async () => {
    expect(await problemAfter(create(X), create(Y), oldestFirst)).toBeUndefined();
    const { outcomes, fake } = await race(create(X), create(Y), oldestFirst);
    const ids = [...(await observed(fake)).offers.keys()];
    for (const o of outcomes) if (o.ok) expect(ids).toContain(o.action === outcomes[0].action ? X.id : Y.id);
    // The first create appended below the table; the second's append would have landed on that row.
    expect(outcomes.map((o) => o.ok)).toEqual([true, false]);
    expect((outcomes[1].error as StoreError).code).toBe("conflict");
    expect((outcomes[1].error as Error).message).toMatch(/^The Offers table changed while Leverage was writing to it/);
    expect((outcomes[1].error as Error).message).not.toMatch(/AutoCorrect|grow tables/);
  });

  it("two updates at the same revision: one lands, the other is a conflict and overwrites nothing", async () => {
    const { outcomes, fake } = await race(update(B, 1, 305000), update(B, 1, 315000), oldestFirst);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false]);
    expect((outcomes[1].error as StoreError).code).toBe("conflict");
    expect((await observed(fake)).offers.get(B.id)).toEqual({ offer: { ...B, baseSalary: 305000 }, revision: 2 });
  });

  it("a delete of A while B is updated among A, B and C: C is kept, B appears once", async () => {
    const { outcomes, fake } = await race(remove(A, 1), update(B, 1, 333000), oldestFirst);
    expect(await problemAfter(remove(A, 1), update(B, 1, 333000), oldestFirst)).toBeUndefined();
    const now = await observed(fake);
    expect(now.offers.get(C.id)).toEqual({ offer: C, revision: 1 });
    expect(now.offers.has(A.id)).toBe(!outcomes[0].ok);
    expect(now.offers.get(B.id)?.offer.baseSalary).toBe(outcomes[1].ok ? 333000 : B.baseSalary);
  });

  it("two imports of different rows: every row reported added is there", async () => {
    const { outcomes, fake } = await race(
      importRows("Urology", "Neurology"),
      importRows("Dermatology", "Oncology"),
      oldestFirst,
    );
    const now = await observed(fake);
    if (outcomes[0].ok) expect([...now.benchmarks]).toEqual(expect.arrayContaining(["Urology", "Neurology"]));
    if (outcomes[1].ok)
      expect([...now.benchmarks]).toEqual(expect.arrayContaining(["Dermatology", "Hematology/Oncology"]));
    expect(now.benchmarks.has("Cardiology")).toBe(true);
    expect(outcomes.some((o) => o.ok)).toBe(true);
    expect(
      await problemAfter(importRows("Urology", "Neurology"), importRows("Dermatology", "Oncology"), oldestFirst),
    ).toBeUndefined();
  });

  it("one after the other, both succeed (no false conflict)", async () => {
    // The second action's syncs wait until the first's are all through.
    const last = (waiting: number) => waiting - 1;
    for (const [first, second] of [
      [create(X), create(Y)],
      [update(B, 1, 305000), update(C, 1, 315000)],
      [remove(A, 1), update(B, 1, 333000)],
      [importRows("Urology"), importRows("Oncology")],
    ] as const) {
      const fake = startingWorkbook();
      const held = holdSyncs(fake);
      const one = storeOver(fake);
      await held.drive(first.run(one), last);
      await held.drive(second.run(storeOver(fake)), last);
      held.stop();
      expect([first.name, second.name, fake.violations]).toEqual([first.name, second.name, []]);
      const expected = second.apply(first.apply(START) as Model) as Model;
      expect(plain(await observed(fake))).toEqual(plain(expected));
    }
  });
});

describe("random pairs of actions in random interleavings", () => {
  const actions = fc.oneof(
    fc.constantFrom(X, Y, A).map(create),
    fc
      .tuple(fc.constantFrom(A, B, C, X), fc.constantFrom(1, 2), fc.integer({ min: 200000, max: 600000 }))
      .map(([o, r, s]) => update(o, r, s)),
    fc.tuple(fc.constantFrom(A, B, C, X), fc.constantFrom(1, 2)).map(([o, r]) => remove(o, r)),
    fc
      .subarray(["Urology", "Neurology", "Oncology", "Dermatology", "Cardiology"], { minLength: 1 })
      .map((s) => importRows(...s)),
  );

  it("never lose or duplicate an offer or a row, and never report success over a loss (1,000 interleavings)", async () => {
    await fc.assert(
      fc.asyncProperty(
        actions,
        actions,
        fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
        async (first, second, picks) => {
          let step = 0;
          const pick = (waiting: number) => picks[step++ % picks.length] % waiting;
          const problem = await problemAfter(first, second, pick);
          if (problem) throw new Error(problem);
        },
      ),
      { numRuns: 1_000 },
    );
    // About 3 s on the two-core machine; shrinking a failure takes longer.
  }, 120_000);
});
