/**
 * Every field of an offer, described once: its label, unit, bounds, plain-language hint, the step of the
 * pane that asks for it and the header of its column in the Offers table. The zod schema, the pane's form
 * and the workbook columns are all built from this table, so a field cannot be added to one and missed in
 * another. A field with no `default` starts unknown (blank).
 */
import {
  CALL_PAY,
  CLAWBACK_TERMS,
  type ChoiceOption,
  EMPLOYER_TYPES,
  MALPRACTICE_TYPES,
  MARKETS,
  NON_COMPETE_SCOPES,
  PRODUCTIVITY_MODELS,
  RETIREMENT_PLANS,
  STAGES,
  TAIL_PAYERS,
  YES_NO,
} from "./choices";
import { KNOWN_SPECIALTIES } from "../specialties";
import { US_STATES } from "./us-states";

/** The steps of guided entry, in order. */
export const STEPS = [
  { id: "basics", title: "Basics" },
  { id: "pay", title: "Pay and productivity" },
  { id: "benefits", title: "Benefits and raises" },
  { id: "schedule", title: "Schedule and call" },
  { id: "contract", title: "Contract terms" },
  { id: "leaving", title: "If you leave" },
  { id: "extras", title: "Side deals" },
] as const;

export type StepId = (typeof STEPS)[number]["id"];

interface FieldBase {
  label: string;
  /** What the field means and how to read it off a contract, in a sentence. */
  hint: string;
  step: StepId;
  /** Column header in the Offers table; readable, and stable once released (headers are matched by name). */
  header: string;
}

/** Free text. Required text cannot be blank. */
export interface TextField extends FieldBase {
  kind: "text";
  required?: boolean;
  max: number;
  /** Names offered as the user types (the field still accepts any text). */
  suggestions?: readonly string[];
}

/** A number in a unit, between bounds. Blank means unknown. */
export interface NumberField extends FieldBase {
  kind: "number";
  unit: string;
  min: number;
  max: number;
  /** Dollars: the pane and the grid show them as currency. */
  money?: boolean;
  integer?: boolean;
}

/** One of a fixed list of options. Blank means unknown. */
export interface ChoiceField extends FieldBase {
  kind: "choice";
  options: readonly ChoiceOption[];
  default?: string;
}

/**
 * A calendar date, kept as ISO text ("2026-07-01") in the offer and in its cell, so no locale's date
 * order or Excel's date serials can change it; a serial or "7/1/2026" typed into the grid is read too.
 * Blank means unknown, which each use reads as its hint says (the contract date: today).
 */
export interface DateField extends FieldBase {
  kind: "date";
}

export type FieldSpec = TextField | NumberField | ChoiceField | DateField;

const MAX_MONEY = 10_000_000;

/** Helpers that keep each entry below to the facts about that field. */
const count = (
  step: StepId,
  header: string,
  label: string,
  unit: string,
  max: number,
  hint: string,
  integer = false,
): NumberField => ({
  kind: "number",
  step,
  header,
  label,
  unit,
  hint,
  min: 0,
  max,
  integer,
});
const money = (step: StepId, header: string, label: string, unit: string, hint: string): NumberField => ({
  ...count(step, header, label, unit, MAX_MONEY, hint),
  money: true,
});
const choice = <V extends string>(
  step: StepId,
  header: string,
  label: string,
  options: readonly ChoiceOption<V>[],
  hint: string,
  fallback?: V,
): ChoiceField & { options: readonly ChoiceOption<V>[] } => ({
  kind: "choice",
  step,
  header,
  label,
  options,
  hint,
  default: fallback,
});

export const FIELDS = {
  // Basics
  employer: {
    kind: "text",
    step: "basics",
    header: "Employer",
    label: "Employer",
    hint: "The group, hospital or health system making the offer.",
    required: true,
    max: 120,
  },
  specialty: {
    kind: "text",
    step: "basics",
    header: "Specialty",
    label: "Specialty",
    hint: "Your specialty as the job lists it; synonyms such as Psych or FM are understood.",
    required: true,
    max: 80,
    suggestions: KNOWN_SPECIALTIES,
  },
  city: { kind: "text", step: "basics", header: "City", label: "City", hint: "Where you would practise.", max: 80 },
  state: choice(
    "basics",
    "State",
    "State",
    US_STATES,
    "Some states limit physician non-competes; Leverage notes it on the non-compete flag.",
  ),
  market: choice(
    "basics",
    "Market",
    "Market",
    MARKETS,
    "How hard the employer must work to recruit there: rural and secondary markets recruit hardest, a saturated metro has many applicants per job.",
  ),
  priceArea: {
    kind: "text",
    step: "basics",
    header: "Price area",
    label: "Area for prices",
    hint: 'The metro area (e.g. "San Jose") or "rural Texas" whose price level is used. Blank: the city if it names a metro area, else the state.',
    max: 80,
  },
  employerType: choice(
    "basics",
    "Employer type",
    "Employer type",
    EMPLOYER_TYPES,
    "Only government and 501(c)(3) nonprofit employers count toward Public Service Loan Forgiveness.",
  ),
  localTaxRate: count(
    "basics",
    "Local income tax %",
    "Local income tax",
    "% of wages",
    20,
    "A city or county tax on wages where you would work or live (New York City, Philadelphia, Ohio cities, Maryland counties). Leverage does not guess it.",
  ),
  stage: choice(
    "basics",
    "Stage",
    "Stage",
    STAGES,
    "Where this offer stands, so you can see which ones still need work.",
    "offer",
  ),

  // Pay
  baseSalary: money(
    "pay",
    "Base salary",
    "Base salary",
    "dollars per year",
    "The guaranteed salary for the first year, before any bonus.",
  ),
  signOnBonus: money(
    "pay",
    "Sign-on bonus",
    "Sign-on bonus",
    "dollars, once",
    "Paid once, at signing or on the first day. Enter 0 if the offer has none.",
  ),
  relocation: money(
    "pay",
    "Relocation",
    "Relocation allowance",
    "dollars, once",
    "Moving costs the employer pays. Enter 0 if the offer has none.",
  ),
  retentionBonus: money(
    "pay",
    "Retention bonus",
    "Retention bonus",
    "dollars, once",
    "A bonus paid for staying a set time, e.g. after year 2.",
  ),
  retentionYear: count(
    "pay",
    "Retention paid in year",
    "Retention bonus paid in year",
    "year of the job",
    20,
    "The year of the job the retention bonus is paid in. Blank: the last year of the initial term.",
    true,
  ),
  loanRepayment: money(
    "benefits",
    "Loan repayment per year",
    "Loan repayment",
    "dollars per year",
    "Student-loan repayment the employer pays each year.",
  ),
  cmeAllowance: money(
    "benefits",
    "CME per year",
    "CME allowance",
    "dollars per year",
    "Money for courses, board review and conferences each year.",
  ),
  retirementMatch: count(
    "benefits",
    "Retirement match %",
    "Retirement match",
    "% of salary",
    100,
    "The employer's retirement contribution as a percentage of salary, matched or not.",
  ),
  retirementPlan: choice(
    "benefits",
    "Retirement plan",
    "Retirement plan",
    RETIREMENT_PLANS,
    "A non-governmental 457(b) belongs to the employer until paid out, so Leverage counts it below a 401(k) dollar.",
  ),
  vestingYears: count(
    "benefits",
    "Match vests after years",
    "Contributions vest after",
    "years",
    10,
    "Years before the employer's contributions are yours to keep. Enter 0 for immediate vesting.",
  ),
  healthPremium: money(
    "benefits",
    "Health premium paid per year",
    "Health premium the employer pays",
    "dollars per year",
    "The employer's share of your health insurance premium, if the offer states it.",
  ),
  annualRaise: count(
    "benefits",
    "Annual raise %",
    "Annual raise",
    "% per year",
    20,
    "The yearly raise the contract promises. Blank counts as none: Leverage never invents one.",
  ),

  // Productivity
  productivityModel: choice(
    "pay",
    "Productivity model",
    "How pay grows with work",
    PRODUCTIVITY_MODELS,
    "Salary only; a bonus for wRVUs above a threshold at a $/wRVU rate; tiered rates; or a share of collections.",
  ),
  wrvuThreshold: count(
    "pay",
    "wRVU threshold",
    "wRVU threshold",
    "wRVUs per year",
    100_000,
    "Work RVUs you must produce in a year before any productivity bonus. For a tiered plan, the start of the first paid tier.",
  ),
  dollarsPerWrvu: count(
    "pay",
    "$ per wRVU",
    "Rate per wRVU",
    "dollars per wRVU",
    1_000,
    "The conversion factor paid for each wRVU above the threshold.",
  ),
  expectedWrvus: count(
    "pay",
    "Expected wRVUs",
    "Expected wRVUs",
    "wRVUs per year",
    100_000,
    "Your realistic production: ask what new physicians in the group actually produce in year one.",
  ),

  // Schedule and call
  hoursPerWeek: count(
    "schedule",
    "Hours per week",
    "Hours per week",
    "hours",
    168,
    "All working hours in a normal week, charting included, call excluded.",
  ),
  clinicalDaysPerWeek: count(
    "schedule",
    "Clinical days per week",
    "Clinical days per week",
    "days",
    7,
    "Days of patient care in a normal week, e.g. 4.5.",
  ),
  weeksPerYear: count(
    "schedule",
    "Weeks per year",
    "Weeks worked per year",
    "weeks",
    52,
    "52 less vacation and CME weeks; 48 is common.",
  ),
  adminHalfDays: count(
    "schedule",
    "Admin half-days per week",
    "Protected admin time",
    "half-days per week",
    10,
    "Half-days a week with no patients, for admin, teaching or leadership work.",
  ),
  ptoDays: count(
    "schedule",
    "PTO days",
    "Paid time off",
    "days per year",
    100,
    "Vacation days, plus CME days if the contract pools them.",
    true,
  ),
  callShiftsPerMonth: count(
    "schedule",
    "Call shifts per month",
    "Call shifts",
    "shifts per month",
    31,
    "Call shifts in a typical month. Enter 0 for no call.",
  ),
  callPay: choice(
    "schedule",
    "Call pay",
    "How call is paid",
    CALL_PAY,
    'Paid per shift, or "shared equally" among the group with no extra pay.',
  ),
  callRatePerShift: money(
    "schedule",
    "Call rate per shift",
    "Call stipend",
    "dollars per shift",
    "What each paid call shift pays.",
  ),
  callHoursPerShift: count(
    "schedule",
    "Call hours per shift",
    "Hours per call shift",
    "hours",
    24,
    "Hours you are on call or working during one shift.",
  ),

  // Contract terms
  contractDate: {
    kind: "date",
    step: "contract",
    header: "Contract date",
    label: "Contract date",
    hint: "The date you would sign. It sets which state non-compete law applies, since many apply only to contracts signed after a date. Blank: today.",
  },
  termYears: count(
    "contract",
    "Term years",
    "Initial term",
    "years",
    10,
    "Length of the first contract before renewal.",
  ),
  guaranteeYears: count(
    "contract",
    "Guarantee years",
    "Salary guarantee",
    "years",
    10,
    "Years the base salary is paid whatever your production. Enter 0 if there is none.",
  ),
  nonCompeteMiles: count(
    "leaving",
    "Non-compete miles",
    "Non-compete radius",
    "miles",
    500,
    "Distance within which you may not practise after leaving. Enter 0 for no non-compete.",
  ),
  nonCompeteMonths: count(
    "leaving",
    "Non-compete months",
    "Non-compete length",
    "months",
    120,
    "How long the restriction lasts after you leave.",
  ),
  nonCompeteScope: choice(
    "leaving",
    "Non-compete measured from",
    "Radius measured from",
    NON_COMPETE_SCOPES,
    "A radius around every location the employer has can cover a whole metro area.",
  ),
  malpracticeType: choice(
    "contract",
    "Malpractice policy",
    "Malpractice policy",
    MALPRACTICE_TYPES,
    "Claims-made policies need tail coverage when you leave; occurrence policies do not.",
  ),
  tailPaidBy: choice(
    "contract",
    "Tail paid by",
    "Tail coverage paid by",
    TAIL_PAYERS,
    "Who buys the tail policy when you leave a claims-made job.",
  ),
  noticeDays: count(
    "contract",
    "Without-cause notice days",
    "Without-cause notice",
    "days",
    730,
    "Days of notice either side must give to end the contract without a reason.",
    true,
  ),
  signOnForgivenessMonths: count(
    "leaving",
    "Sign-on forgiven over months",
    "Sign-on forgiven over",
    "months",
    120,
    "Months you must stay before the sign-on bonus is yours to keep.",
    true,
  ),
  relocationForgivenessMonths: count(
    "leaving",
    "Relocation forgiven over months",
    "Relocation forgiven over",
    "months",
    120,
    "Months you must stay before the relocation allowance is yours to keep.",
    true,
  ),
  clawback: choice(
    "leaving",
    "Clawback",
    "Repayment if you leave early",
    CLAWBACK_TERMS,
    "Forgiven monthly: you repay only the unserved months. All owed: leaving one day early repays everything.",
  ),
  partnershipYears: count(
    "contract",
    "Partnership track years",
    "Partnership track",
    "years",
    20,
    "Years to partnership. Enter 0 if there is no track.",
  ),
  partnershipBuyIn: money(
    "contract",
    "Partnership buy-in",
    "Partnership buy-in",
    "dollars",
    "What becoming a partner costs you.",
  ),
  buyInYears: count(
    "contract",
    "Buy-in paid over years",
    "Buy-in paid over",
    "years",
    20,
    "Years over which the buy-in is paid, from the year you become a partner. Blank: all in that year.",
    true,
  ),
  partnerIncome: money(
    "contract",
    "Expected partner income",
    "Expected partner income",
    "dollars per year",
    "What partners in the group earn now, as they tell you; used from the year you become a partner.",
  ),

  // Side deals
  title: {
    kind: "text",
    step: "extras",
    header: "Title",
    label: "Title",
    hint: "A title that comes with the job, e.g. Associate Medical Director.",
    max: 120,
  },
  leadershipPath: choice(
    "extras",
    "Leadership path",
    "Leadership path",
    YES_NO,
    "A stated route to a director or chief role.",
  ),
  researchDay: choice(
    "extras",
    "Research day",
    "Research or teaching day",
    YES_NO,
    "Protected time for research or teaching.",
  ),
  notes: {
    kind: "text",
    step: "extras",
    header: "Notes",
    label: "Notes",
    hint: "Anything else: who you spoke to, what they said, what to ask next.",
    max: 2000,
  },
} as const satisfies Record<string, FieldSpec>;

export type FieldKey = keyof typeof FIELDS;

/** Every field key, in the order of the form and of the table columns. */
export const FIELD_KEYS = Object.keys(FIELDS) as FieldKey[];

/** The field specification for a key (widened for code that handles every kind). */
export function fieldSpec(key: FieldKey): FieldSpec {
  return FIELDS[key];
}

/** The fields one step of the pane asks for, in order. */
export function fieldsOfStep(step: StepId): FieldKey[] {
  return FIELD_KEYS.filter((key) => FIELDS[key].step === step);
}
