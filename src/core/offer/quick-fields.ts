/**
 * Quick entry: the fields that decide most offers, declared once. The pane's quick step shows these and
 * nothing else; every other field stays blank (unknown), and the unknown-terms flag asks about the ones
 * that matter. Ten things to know, in the order a recruiter's letter usually states them; productivity is
 * one thing asked as its model and, for a wRVU plan, its threshold and rate, and the non-compete is its
 * radius and length.
 */
import type { FieldKey } from "./fields";

/** One thing quick entry asks, and the fields it is typed into. */
export interface QuickTopic {
  topic: string;
  keys: readonly FieldKey[];
}

export const QUICK_TOPICS: readonly QuickTopic[] = [
  { topic: "Employer", keys: ["employer"] },
  { topic: "Specialty", keys: ["specialty"] },
  { topic: "State", keys: ["state"] },
  { topic: "Base salary", keys: ["baseSalary"] },
  { topic: "Sign-on bonus", keys: ["signOnBonus"] },
  { topic: "Relocation", keys: ["relocation"] },
  // "Salary only" is a choice of the model, so a salaried offer answers this in one pick.
  { topic: "Productivity", keys: ["productivityModel", "wrvuThreshold", "dollarsPerWrvu"] },
  { topic: "Call pay", keys: ["callPay"] },
  { topic: "Non-compete", keys: ["nonCompeteMiles", "nonCompeteMonths"] },
  { topic: "Who pays tail", keys: ["tailPaidBy"] },
];

/** The quick step's fields, in the order shown. */
export const QUICK_FIELD_KEYS: readonly FieldKey[] = QUICK_TOPICS.flatMap((t) => t.keys);

/** True when quick entry shows this field. */
export function isQuickField(key: FieldKey): boolean {
  return QUICK_FIELD_KEYS.includes(key);
}
