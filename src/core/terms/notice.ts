/**
 * Notice to end the contract without cause: under 90 days (caution) or under 60 (red), against what
 * contract reviewers advise; the ask for 90 days on both sides; the question while notice is blank.
 * Touches contract law, so it carries the legal note.
 */
import { figure } from "../format";
import type { OfferFields } from "../offer/schema";
import { legalNote } from "../rules/legal";
import { NOTICE_DAYS, NOTICE_NORM, NOTICE_TYPICAL } from "../rules/norms";
import { count } from "../rules/wording";
import { type AskBuilder, flagOf, flagParts, scriptFrom } from "../negotiation/ask-builder";
import { elsewhere, highestOther } from "../negotiation/others";
import { type Finding, blankFields, defineTerm } from "./term";

/** Without-cause notice under 90 days (caution) or under 60 (red). */
function checkNotice(offer: OfferFields): Finding | undefined {
  const days = offer.noticeDays;
  if (days === null || days >= NOTICE_DAYS.cautionBelow) return undefined;
  const red = days < NOTICE_DAYS.redBelow;
  const notice = days === 0 ? "with no notice" : `on ${figure(days)} ${days === 1 ? "day's" : "days'"} notice`;
  return {
    severity: red ? "red" : "caution",
    finding: `Either side can end the contract without cause ${notice}, short of the ${NOTICE_DAYS.cautionBelow}–${NOTICE_DAYS.advisedUpTo} days contract reviewers advise.`,
    evidence: red ? [NOTICE_NORM, NOTICE_TYPICAL] : [NOTICE_NORM],
    counterAsk: `I'd ask for ${NOTICE_DAYS.cautionBelow} days' notice for termination without cause, on both sides, so there is time to arrange a proper transition for patients.`,
    legal: legalNote("termination clause", offer.state),
    fields: ["noticeDays"],
  };
}

/** Longer without-cause notice, where the rule found it short. */
const longerNotice: AskBuilder = (offer, input) => {
  const flag = flagOf(input, "short-notice");
  if (!flag) return undefined;
  const best = highestOther(input.others, (o) => o.noticeDays);
  const other =
    best !== undefined && offer.noticeDays !== null && best > offer.noticeDays
      ? elsewhere(`gives ${count(best, "day's", "days'")} notice for termination without cause`)
      : undefined;
  return {
    title: "Longer notice for termination without cause",
    valuePerYear: null,
    valueBasis:
      "No yearly value: notice protects your income and your patients' care if the contract is ended without cause.",
    script: scriptFrom(flag, other),
    audience: "recruiter",
    ...flagParts(flag, other),
  };
};

export const noticeTerm = defineTerm({
  id: "short-notice",
  check: checkNotice,
  norms: [NOTICE_NORM, NOTICE_TYPICAL],
  asks: [{ id: "longer-notice", kind: "non-cash", build: longerNotice }],
  questions: [
    {
      name: "notice to end without cause",
      question: "How many days' notice does either side need to end the contract without cause?",
      unknown: (o) => blankFields(o, ["noticeDays"]),
      exit: true,
    },
  ],
  movability: {
    value: 0.6,
    reason: "Notice binds both sides equally, so a longer period costs the employer little.",
    grade: "D",
  },
  fixtures: {
    trips: { offer: { noticeDays: 30 } },
    passes: { offer: { noticeDays: 90 } },
    blank: { offer: {} },
  },
});
