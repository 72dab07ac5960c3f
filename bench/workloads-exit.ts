/**
 * Throughput mixes for the cost of leaving: EXITCOST, TAILCOST and NONCOMPETECOST, the last also with the
 * 1,000-row Benchmarks table. Months run 0–60; repayment terms, malpractice policies, tail payers and
 * states are typed as labels and stored values in varied case; states include ones whose statute voids
 * physician non-competes. Optional arguments are blank (null or 0) part of the time. Every typed form is
 * resolved once here, at set-up, into the maps the baselines read.
 */
import { allSpecialtiesBenchmark, benchmarkValue } from "../src/core/benchmarks/lookup";
import { ALL_SPECIALTIES } from "../src/core/benchmarks/types";
import { HIGHER_TAIL_RISK_SPECIALTIES, TAIL_COST_RANGES, VOIDING_STATES } from "../src/core/exit-cost";
import { CLAWBACK_TERMS, MALPRACTICE_TYPES, TAIL_PAYERS, resolveChoice } from "../src/core/offer/choices";
import { US_STATES } from "../src/core/offer/us-states";
import { findSpecialty } from "../src/core/specialties";
import { benchmarksRange } from "./benchmarks-table";
import type { Draw } from "./stats";
import {
  type Blank,
  type Num,
  SPECIALTY_BY_KEY,
  TYPED_SPECIALTIES,
  type Workload,
  inline,
  keyOf,
  listOf,
  maybe,
} from "./workload";
import { tableCopies, valueAt } from "./workloads-range";

const TERMS_TYPED = [
  "Forgiven monthly",
  "forgiven monthly",
  "FORGIVEN MONTHLY",
  "monthly",
  "Monthly",
  "All owed until the end",
  "all owed until the end",
  "cliff",
  "Cliff",
];
const MALPRACTICE_TYPED = [
  "Claims-made",
  "claims-made",
  "Claims made",
  "CLAIMS-MADE",
  "Occurrence",
  "occurrence",
  "OCCURRENCE",
];
const PAYERS_TYPED = [
  "Physician",
  "physician",
  "employee",
  "Employee",
  "Employer",
  "employer",
  "EMPLOYER",
  "Shared",
  "shared",
];
/** States typed as codes, names and the pane's labels; the first group's statutes void physician non-competes. */
const VOIDING_TYPED = [
  "CA",
  "ca",
  "California",
  "MN",
  "Minnesota",
  "ND",
  "OK",
  "Oklahoma",
  "MA",
  "massachusetts",
  "CO",
  "Colorado",
  "RI",
  "NH",
  "NM",
  "SD",
  "DE",
  "CA · California",
];
const COSTED_TYPED = [
  "OH",
  "oh",
  "Ohio",
  "OH · Ohio",
  "TX",
  "Texas",
  "TN",
  "Tennessee",
  "PA",
  "Pennsylvania",
  "CT",
  "NY",
  "New York",
  "new york",
  "FL",
  "Florida",
  "GA",
  "IL",
  "Illinois",
  "WA",
  "NC",
  "North Carolina",
  "AZ",
  "MI",
  "VA",
  "WI",
];
/** Specialties Leverage does not know by name: priced as lower-risk whatever their name says (never guessed from words). */
const OTHER_SPECIALTIES = [
  "Vascular Surgery",
  "Neurosurgery",
  "Plastic surgery",
  "Cardiothoracic Surgery",
  "Nephrology",
  "Infectious Disease",
  "Allergy and Immunology",
];

/** Stored value by the key of each typed form (set-up, not timed; an unknown form stops the bench here). */
function valuesByKey(typed: readonly string[], resolve: (text: string) => string | null): ReadonlyMap<string, string> {
  return new Map(typed.map((text) => [keyOf(text), resolve(text)!]));
}

const TERMS_BY_KEY = valuesByKey(TERMS_TYPED, (t) => resolveChoice(t, CLAWBACK_TERMS, "clawbackTerms"));
const MALPRACTICE_BY_KEY = valuesByKey(MALPRACTICE_TYPED, (t) =>
  resolveChoice(t, MALPRACTICE_TYPES, "malpracticeType"),
);
const PAYER_BY_KEY = valuesByKey(PAYERS_TYPED, (t) => resolveChoice(t, TAIL_PAYERS, "tailPaidBy"));
const STATE_BY_KEY = valuesByKey([...VOIDING_TYPED, ...COSTED_TYPED], (t) => resolveChoice(t, US_STATES, "state"));
const VOIDING = new Set(VOIDING_STATES);

for (const name of OTHER_SPECIALTIES)
  if (findSpecialty(name)) throw new Error(`bench: "${name}" is a specialty Leverage knows; pick another.`);
for (const typed of VOIDING_TYPED)
  if (!VOIDING.has(STATE_BY_KEY.get(keyOf(typed))!)) throw new Error(`bench: ${typed} has no voiding statute.`);
for (const typed of COSTED_TYPED)
  if (VOIDING.has(STATE_BY_KEY.get(keyOf(typed))!)) throw new Error(`bench: ${typed} has a voiding statute.`);

/** The whole tail policy by risk class: the midpoint of the published range. */
const TAIL_LOWER = (TAIL_COST_RANGES.lower.low + TAIL_COST_RANGES.lower.high) / 2;
const TAIL_HIGHER = (TAIL_COST_RANGES.higher.low + TAIL_COST_RANGES.higher.high) / 2;
const HIGHER_RISK = new Set(HIGHER_TAIL_RISK_SPECIALTIES);
/** The physician's share of the tail by payer. */
const SHARE: Readonly<Record<string, number>> = { employee: 1, shared: 0.5, employer: 0 };

/** The shipped "All specialties" relocation average, which values a non-compete when the table has none. */
const SHIPPED_RELOCATION = benchmarkValue(allSpecialtiesBenchmark("Relocation")!);

/** Months, 0–60: whole months mostly, sometimes part of one. */
function months(draw: Draw): number {
  return draw.chance(0.6) ? draw.int(0, 60) : draw.int(0, 600) / 10;
}

/** What is owed back on one payment: by completed month when forgiven monthly, else all until the period ends. */
function owed(amount: Num, forgiveness: Num, served: number, monthly: boolean): number {
  if (!amount) return 0;
  const f = forgiveness as number;
  if (monthly) return (amount * (f - Math.min(Math.floor(served), f))) / f;
  return Math.floor(served) < f ? amount : 0;
}

function exitCost(draw: Draw, count: number): Workload {
  const forgiveness = () => draw.pick([12, 24, 36, 48]);
  return {
    id: "EXITCOST",
    label: "EXITCOST",
    kind: "scalar",
    args: listOf(draw, count, (blank) => {
      const signOn = maybe(draw, 0.7, draw.int(5, 75) * 1000, blank);
      const relocation = maybe(draw, 0.6, draw.int(5, 25) * 1000, blank);
      return [
        maybe(draw, 0.95, months(draw), blank),
        signOn,
        // A forgiveness period is required with a payment, and often left filled in without one.
        signOn ? forgiveness() : maybe(draw, 0.3, forgiveness(), blank),
        relocation,
        relocation ? forgiveness() : maybe(draw, 0.3, forgiveness(), blank),
        maybe(draw, 0.7, draw.pick(TERMS_TYPED), blank),
        maybe(
          draw,
          0.5,
          draw.chance(0.5)
            ? draw.pick([TAIL_LOWER, TAIL_LOWER / 2, TAIL_HIGHER, TAIL_HIGHER / 2])
            : draw.int(10, 160) * 1000,
          blank,
        ),
        maybe(draw, 0.4, draw.chance(0.5) ? SHIPPED_RELOCATION : draw.int(5, 30) * 1000, blank),
      ];
    }),
    baseline: inline(
      (
        served: Num,
        signOn: Num,
        signOnMonths: Num,
        relocation: Num,
        relocationMonths: Num,
        terms: string | Num,
        tail: Num,
        nonCompete: Num,
      ) => {
        const s = served || 0;
        const monthly = terms ? TERMS_BY_KEY.get(keyOf(terms as string)) === "monthly" : false;
        return (
          owed(signOn, signOnMonths, s, monthly) +
          owed(relocation, relocationMonths, s, monthly) +
          (tail || 0) +
          (nonCompete || 0)
        );
      },
    ),
  };
}

function tailCost(draw: Draw, count: number): Workload {
  return {
    id: "TAILCOST",
    label: "TAILCOST",
    kind: "scalar",
    args: listOf(draw, count, (blank) => [
      draw.chance(0.85) ? draw.pick(TYPED_SPECIALTIES) : draw.pick(OTHER_SPECIALTIES),
      maybe(draw, 0.7, draw.pick(MALPRACTICE_TYPED), blank),
      maybe(draw, 0.7, draw.pick(PAYERS_TYPED), blank),
    ]),
    baseline: inline((specialty: string, type: string | Num, payer: string | Num) => {
      if (type && MALPRACTICE_BY_KEY.get(keyOf(type as string)) === "occurrence") return 0;
      const share = payer ? SHARE[PAYER_BY_KEY.get(keyOf(payer as string))!] : 1;
      const canonical = SPECIALTY_BY_KEY.get(keyOf(specialty));
      const higher = canonical !== undefined && HIGHER_RISK.has(canonical);
      return (higher ? TAIL_HIGHER : TAIL_LOWER) * share;
    }),
  };
}

/** NONCOMPETECOST's first three arguments: radius, length and state, each blank part of the time. */
function nonCompeteArgs(draw: Draw, blank: Blank): unknown[] {
  return [
    maybe(draw, 0.75, draw.pick([5, 10, 15, 20, 25, 30, 50]), blank),
    maybe(draw, 0.75, draw.chance(0.6) ? draw.pick([6, 12, 18, 24, 36]) : draw.int(0, 60), blank),
    maybe(draw, 0.9, draw.chance(0.35) ? draw.pick(VOIDING_TYPED) : draw.pick(COSTED_TYPED), blank),
  ];
}

/** True when a non-compete applies: a radius and a length, in a state whose statute does not void it. */
function applies(miles: Num, length: Num, state: string | Num): boolean {
  return Boolean(miles && length) && !(state && VOIDING.has(STATE_BY_KEY.get(keyOf(state as string))!));
}

/**
 * The D-grade cost, re-stated as src/core/exit-cost.ts states it: the relocation allowance × the share of jobs
 * the radius closes off, 1 − e^(−miles/20), × years restricted, at most 3.
 */
function costed(relocation: number, miles: Num, length: Num): number {
  return Math.round((relocation * (1 - Math.exp(-Number(miles) / 20)) * Math.min(Number(length), 36)) / 12);
}

function nonCompeteCost(draw: Draw, count: number): Workload {
  return {
    id: "NONCOMPETECOST",
    label: "NONCOMPETECOST",
    kind: "scalar",
    // An omitted range argument reaches the function as null on every platform.
    args: listOf(draw, count, (blank) => [...nonCompeteArgs(draw, blank), null]),
    baseline: inline((miles: Num, length: Num, state: string | Num) =>
      applies(miles, length, state) ? costed(SHIPPED_RELOCATION, miles, length) : 0,
    ),
  };
}

/** The user's own relocation figures, as an imported survey row for every specialty would give them. */
const RELOCATION_ROW = [ALL_SPECIALTIES, "Relocation", "", 9_000, 12_000, 15_500, 20_000, "Imported survey 2025", 2025];

/** The table with the user's relocation row in its sorted place, the last row dropped to keep 1,000 rows. */
function withRelocationRow(table: unknown[][]): unknown[][] {
  const [header, ...data] = table;
  return [header, RELOCATION_ROW.slice(), ...data.slice(0, -1)];
}

/** P50 of the table's "All specialties" Relocation row (its headline figure), by a straight scan; else the shipped average. */
function relocationIn(table: readonly (readonly unknown[])[]): number {
  for (let i = 1; i < table.length; i++)
    if (table[i][0] === ALL_SPECIALTIES && table[i][1] === "Relocation") return valueAt(table[i], 50);
  return SHIPPED_RELOCATION;
}

function nonCompeteCostTable(draw: Draw, count: number, seed: number): Workload {
  const plain = benchmarksRange(1000, seed);
  const own = tableCopies(withRelocationRow(plain), 4);
  const shipped = tableCopies(plain, 4);
  return {
    id: "NONCOMPETECOST",
    label: "NONCOMPETECOST, 1,000-row table",
    kind: "range",
    // Half the tables carry the user's relocation row, which takes precedence; the others fall back to the shipped one.
    args: listOf(draw, count, (blank) => [...nonCompeteArgs(draw, blank), draw.chance(0.5) ? own() : shipped()]),
    baseline: inline((miles: Num, length: Num, state: string | Num, range: unknown[][]) =>
      applies(miles, length, state) ? costed(relocationIn(range), miles, length) : 0,
    ),
  };
}

/** The scalar mixes for the cost of leaving, `count` argument lists each. */
export function exitScalarWorkloads(draw: Draw, count: number): Workload[] {
  return [exitCost(draw, count), tailCost(draw, count), nonCompeteCost(draw, count)];
}

/** The range mix for the cost of leaving, over the 1,000-row table made from `seed`. */
export function exitRangeWorkloads(draw: Draw, count: number, seed: number): Workload[] {
  return [nonCompeteCostTable(draw, count, seed)];
}
