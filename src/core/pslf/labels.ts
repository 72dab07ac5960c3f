/**
 * The employer types and repayment plans the PSLF estimate knows, and how typed labels map onto them.
 * Labels are matched ignoring case, spaces and punctuation, so "501(c)(3)", "Non-Profit" and "nonprofit"
 * all land on the same type; anything else is a #VALUE! that lists what would have been accepted.
 */
import { badValue } from "../errors";
import { quoted } from "../format";

/** Who employs the physician. Only government and 501(c)(3) employers qualify for PSLF. */
export type EmployerType = "government" | "nonprofit" | "for-profit" | "private group";

/** The PSLF-qualifying plans modelled: RAP (from July 1 2026) and amended IBR (existing borrowers). */
export type RepaymentPlan = "RAP" | "IBR";

export const EMPLOYER_TYPES: readonly EmployerType[] = ["government", "nonprofit", "for-profit", "private group"];
export const REPAYMENT_PLANS: readonly RepaymentPlan[] = ["RAP", "IBR"];

/** Employer types whose full-time staff can earn PSLF credit. */
export function employerQualifies(type: EmployerType): boolean {
  return type === "government" || type === "nonprofit";
}

// Keys are labels with everything but letters and digits removed, lower-cased. Maps, not object literals,
// so a label such as "constructor" cannot find an inherited property.
const EMPLOYER_ALIASES: ReadonlyMap<string, EmployerType> = new Map(
  Object.entries({
    government: "government",
    govt: "government",
    public: "government",
    nonprofit: "nonprofit",
    notforprofit: "nonprofit",
    "501c3": "nonprofit",
    // The Offers table's label for the choice (src/core/offer/choices.ts).
    nonprofit501c3: "nonprofit",
    forprofit: "for-profit",
    privategroup: "private group",
    group: "private group",
    privatepractice: "private group",
  } satisfies Record<string, EmployerType>),
);

const PLAN_ALIASES: ReadonlyMap<string, RepaymentPlan> = new Map(
  Object.entries({
    rap: "RAP",
    repaymentassistanceplan: "RAP",
    ibr: "IBR",
    incomebasedrepayment: "IBR",
  } satisfies Record<string, RepaymentPlan>),
);

function labelKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** "501(c)(3)", "Non-profit", "Public", "Group" … → the employer type; #VALUE! for anything else. */
export function resolveEmployerType(text: string): EmployerType {
  const found = EMPLOYER_ALIASES.get(labelKey(String(text)));
  if (!found) {
    throw badValue(
      `Unknown employer type ${quoted(String(text))}; use one of: government (or public), nonprofit ` +
        `(or 501(c)(3), non-profit), for-profit, private group (or group).`,
    );
  }
  return found;
}

/** "rap", "IBR", "Income-Based Repayment" … → the plan; #VALUE! for anything else. */
export function resolvePlan(text: string): RepaymentPlan {
  const found = PLAN_ALIASES.get(labelKey(String(text)));
  if (!found) {
    throw badValue(
      `Unknown repayment plan ${quoted(String(text))}; use RAP (Repayment Assistance Plan) or IBR (Income-Based Repayment).`,
    );
  }
  return found;
}
