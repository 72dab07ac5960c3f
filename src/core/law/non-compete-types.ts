/**
 * The shape of one version of a state's non-compete statute, as far as it touches a physician's offer. The
 * table itself is in non-compete-statutes.ts; the look-ups in non-compete-law.ts. Kept apart so the data
 * file is only data.
 */

/** Who a statute version covers. */
export type Coverage =
  /** Every employee (physicians included). */
  | "all employees"
  /** Physicians, whoever employs them. */
  | "physicians"
  /** Licensed health-care practitioners (physicians included), as the statute defines them. */
  | "health care practitioners"
  /** Physicians employed by a hospital, its parent, its affiliated manager or a hospital system only. */
  | "hospital-employed physicians"
  /** Physicians of some kinds of employer only, which an offer does not record (Oregon: MSO-related entities). */
  | "physicians of some employers";

/**
 * What the version does to a physician's non-compete: voids it ("ban"), caps or conditions it ("limits"),
 * or makes some non-competes easier to enforce ("widens": enforceable terms, never a cap to ask within).
 */
export type LawEffect = "ban" | "limits" | "widens";

/**
 * How the version treats a clause that makes the physician repay money (sign-on, relocation, training) for
 * going on to practise nearby: as a non-compete itself, as expressly allowed, or not addressed by the source.
 */
export type RepaymentTreatment = "counts as a non-compete" | "allowed" | "not addressed";

/** Source grades, as the grade legend defines them (A statute or agency, B trade press or law-firm summary). */
export type LawGrade = "A" | "B" | "C" | "D";

/** One version of one state's statute. A state may have several, each from its effective date. */
export interface NonCompeteLaw {
  /** Postal code, as offers store the state. */
  state: string;
  /** The act or bill that made this version, e.g. "SB 1318 (2025)". */
  version: string;
  covers: Coverage;
  effect: LawEffect;
  /** Widest radius the statute allows, miles, measured from the primary practice site. */
  maxMiles?: number;
  /** Longest restriction after leaving the statute allows, months. */
  maxMonths?: number;
  /** The clause is void when total annual compensation is at or below this many dollars. */
  voidAtOrBelowPay?: number;
  /** The clause is void when the employer ends the job without (good) cause. */
  voidIfWithoutCause: boolean;
  /** A buyout must be offered for no more than this many years of the physician's annual pay. */
  buyoutCapYears?: number;
  repayment: RepaymentTreatment;
  /** ISO date: the version applies to contracts signed (entered or renewed) on or after it. */
  effectiveFrom: string;
  /** True when the version also reaches contracts signed before its effective date (WA, LA). */
  reachesEarlierContracts: boolean;
  citation: string;
  /** What the version does, in one neutral sentence that starts with a verb ("voids …", "limits …"). */
  summary: string;
  sourceUrl: string;
  grade: LawGrade;
  /** Why the grade is what it is, when the source is not the statute itself. */
  gradeNote?: string;
  /** ISO date the entry was last checked against its source. */
  lastVerified: string;
}
