/**
 * The fixed choices of an offer (market, stage, productivity model, call pay, contract terms). Each has a
 * stored value and the label a person reads in the pane and in the Offers table. "Not known" is never a
 * choice of its own: it is a blank, so a blank cell in the grid and an unanswered question in the pane
 * mean the same thing, and the OFFER formulas see a blank.
 */
import { badValue } from "../errors";
import { oneOf, quoted } from "../format";
import { type NameCatalog, nameCatalog } from "../names";

/** One option of a choice: the value stored in the offer and the label shown for it. */
export interface ChoiceOption<V extends string = string> {
  value: V;
  label: string;
  /** Other text that means this option when typed or read from a cell. */
  aliases?: readonly string[];
}

/** Builds an option list whose values TypeScript knows. */
function options<const V extends string>(entries: readonly (readonly [V, string])[]): readonly ChoiceOption<V>[] {
  return entries.map(([value, label]) => ({ value, label }));
}

export const MARKETS = options([
  ["rural", "Rural"],
  ["secondary", "Secondary"],
  ["metro", "Metro"],
  ["saturated metro", "Saturated metro"],
]);

export const STAGES = options([
  ["talking", "Talking"],
  ["visit", "Site visit"],
  ["offer", "Offer in hand"],
  ["negotiating", "Negotiating"],
  ["signed", "Signed"],
  ["declined", "Declined"],
]);

export const PRODUCTIVITY_MODELS = options([
  ["salary", "Salary only"],
  ["wrvu", "wRVU threshold × $/wRVU"],
  ["tiered", "Tiered wRVU"],
  ["collections", "Collections"],
]);

export const CALL_PAY = options([
  ["paid", "Paid per shift"],
  ["unpaid", "Shared equally, unpaid"],
]);

export const NON_COMPETE_SCOPES = options([
  ["primary site", "Primary practice site"],
  ["any location", "Any employer location"],
]);

export const MALPRACTICE_TYPES = options([
  ["occurrence", "Occurrence"],
  ["claims-made", "Claims-made"],
]);

export const TAIL_PAYERS = options([
  ["employer", "Employer"],
  ["employee", "Physician"],
  ["shared", "Shared"],
]);

export const CLAWBACK_TERMS = options([
  ["monthly", "Forgiven monthly"],
  ["cliff", "All owed until the end"],
]);

/** Who employs you decides Public Service Loan Forgiveness: only government and 501(c)(3) employers qualify. */
export const EMPLOYER_TYPES = options([
  ["government", "Government"],
  ["nonprofit", "Nonprofit 501(c)(3)"],
  ["for-profit", "For-profit"],
  ["private group", "Private group"],
]);

/** The plan the employer's retirement contributions go into: a non-governmental 457(b) stays the employer's asset until paid. */
export const RETIREMENT_PLANS = options([
  ["401k", "401(k) or 403(b)"],
  ["457b government", "Governmental 457(b)"],
  ["457b nongovernment", "Non-governmental 457(b)"],
]);

export const YES_NO = options([
  ["yes", "Yes"],
  ["no", "No"],
]);

/** The values of an option list, for zod's enum. */
export function choiceValues<V extends string>(list: readonly ChoiceOption<V>[]): [V, ...V[]] {
  return list.map((o) => o.value) as [V, ...V[]];
}

/** The label of a stored value ("" for a blank). */
export function choiceLabel(list: readonly ChoiceOption[], value: string | null | undefined): string {
  if (value === null || value === undefined) return "";
  return list.find((o) => o.value === value)?.label ?? value;
}

/**
 * The stored value for text typed or read from a cell: the value or the label, in any case and spacing
 * ("Saturated Metro", "saturated-metro"). Unmatched text is returned unchanged so validation can name it.
 */
export function choiceFromText(list: readonly ChoiceOption[], text: string): string {
  return catalogOf(list).find(text) ?? text.trim();
}

/** Each option list as a name catalogue (value, label and aliases all name the value), built once. */
const CATALOGS = new WeakMap<readonly ChoiceOption[], NameCatalog>();

function catalogOf(list: readonly ChoiceOption[]): NameCatalog {
  let catalog = CATALOGS.get(list);
  if (!catalog) {
    catalog = nameCatalog(list.map((o) => ({ name: o.value, aliases: [o.label, ...(o.aliases ?? [])] })));
    CATALOGS.set(list, catalog);
  }
  return catalog;
}

/**
 * The stored value of a choice typed as its value or label ("Forgiven monthly", "monthly"), null for blank;
 * #VALUE! naming the options otherwise. `expected` replaces the list of labels for long lists (states).
 */
export function resolveChoice<V extends string>(
  typed: string,
  options: readonly ChoiceOption<V>[],
  name: string,
  expected?: string,
): V | null {
  if (typed.trim() === "") return null;
  const value = choiceFromText(options, typed);
  const option = options.find((o) => o.value === value);
  if (option) return option.value;
  throw badValue(
    `Unknown ${name} ${quoted(typed)}: use ${expected ?? oneOf(options.map((o) => `"${o.label}"`))}, or leave it blank.`,
  );
}
