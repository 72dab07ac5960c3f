/**
 * Each field reader on the wording contracts use, one short text per case. Expected values are read off
 * the text by hand.
 */
import { extractOffer } from "../../../src/core/extract";

/** The value and confidence of one field read from a text. */
function read(text: string, field: string): [unknown, unknown] {
  const f = (extractOffer(text).fields as Record<string, { value: unknown; confidence: string } | undefined>)[field];
  return [f?.value, f?.confidence];
}

describe("reading each field", () => {
  it.each([
    // words and digits agree, labelled: high
    [
      "Employer shall pay an annual base salary of Two Hundred Ninety Thousand Dollars ($290,000.00) per annum.",
      "baseSalary",
      290_000,
      "high",
    ],
    ["Base Salary: $420K per year.", "baseSalary", 420_000, "high"],
    ["Physician shall be paid a salary of $250,000 per annum.", "baseSalary", 250_000, "medium"],
    ["Base salary is guaranteed for the first twenty-four (24) months.", "guaranteeYears", 2, "high"],
    ["Physician earns $45.50 per wRVU for wRVUs in excess of 7,500 wRVUs.", "dollarsPerWrvu", 45.5, "high"],
    ["Physician earns $45.50 per wRVU for wRVUs in excess of 7,500 wRVUs.", "wrvuThreshold", 7_500, "high"],
    ["Physician earns $45.50 per wRVU for wRVUs in excess of 7,500 wRVUs.", "productivityModel", "wrvu", "high"],
    ["Physician shall receive forty percent (40%) of Net Collections.", "productivityModel", "collections", "high"],
    [
      "Physician shall not be eligible for any productivity or incentive compensation.",
      "productivityModel",
      "salary",
      "medium",
    ],
    ["Employer shall pay a signing bonus of $25,000.", "signOnBonus", 25_000, "high"],
    ["Employer shall reimburse moving expenses up to $15,000.", "relocation", 15_000, "high"],
    [
      "Employer shall pay a retention bonus of $25,000 upon completion of the third Contract Year.",
      "retentionYear",
      3,
      "medium",
    ],
    ["Employer shall pay up to $40,000 per year toward Physician's student loans.", "loanRepayment", 40_000, "high"],
    // 100,000 / 5 = 20,000 a year
    [
      "Employer shall pay $100,000 of student loans in equal installments over five (5) years.",
      "loanRepayment",
      20_000,
      "medium",
    ],
    ["Physician receives a CME allowance of $4,000 annually.", "cmeAllowance", 4_000, "high"],
    ["Physician receives twenty-five (25) days of paid time off per year.", "ptoDays", 25, "high"],
    // 4 weeks × 5 days = 20 days
    ["Physician receives four (4) weeks of vacation each year.", "ptoDays", 20, "medium"],
    ["Employer matches 401(k) deferrals up to five percent (5%) of salary.", "retirementMatch", 5, "high"],
    // 50% of the first 6% = 3%
    [
      "Employer will match fifty percent (50%) of the first six percent (6%) deferred to the 403(b) plan.",
      "retirementMatch",
      3,
      "medium",
    ],
    ["Physician shall work not less than forty (40) hours per week.", "hoursPerWeek", 40, "high"],
    ["Physician shall provide four (4) clinical days per week in the clinic.", "clinicalDaysPerWeek", 4, "high"],
    ["Physician shall take no more than five (5) call shifts per month.", "callShiftsPerMonth", 5, "high"],
    ["Employer shall pay $1,000 per call shift.", "callRatePerShift", 1_000, "high"],
    ["Call shall be shared equally among the physicians without additional compensation.", "callPay", "unpaid", "high"],
    ["The initial term of this Agreement is three (3) years.", "termYears", 3, "high"],
    [
      "Either party may terminate this Agreement without cause upon ninety (90) days' written notice.",
      "noticeDays",
      90,
      "high",
    ],
    [
      "Employer provides professional liability insurance on a claims-made basis.",
      "malpracticeType",
      "claims-made",
      "high",
    ],
    ["Employer provides occurrence-based malpractice coverage.", "malpracticeType", "occurrence", "high"],
    ["Physician shall purchase tail coverage at Physician's sole expense.", "tailPaidBy", "employee", "high"],
    ["Employer shall purchase an extended reporting endorsement at Employer's cost.", "tailPaidBy", "employer", "high"],
    ["The cost of tail coverage shall be shared equally by the parties.", "tailPaidBy", "shared", "medium"],
    ["Employer shall not be responsible for the cost of any tail coverage.", "tailPaidBy", "employee", "medium"],
    ["Physician shall not be required to purchase tail coverage.", "tailPaidBy", "employer", "medium"],
    ["Employer shall pay Physician $300,000 per year.", "baseSalary", 300_000, "medium"],
    [
      "Physician shall not practice medicine within twenty-five (25) miles of any facility of Employer for two (2) years following termination.",
      "nonCompeteMiles",
      25,
      "high",
    ],
    [
      "Physician shall not practice medicine within twenty-five (25) miles of any facility of Employer for two (2) years following termination.",
      "nonCompeteMonths",
      24,
      "high",
    ],
    [
      "Physician shall not practice medicine within twenty-five (25) miles of any facility of Employer for two (2) years following termination.",
      "nonCompeteScope",
      "any location",
      "high",
    ],
    [
      "Physician shall not practice within ten (10) miles of Physician's primary practice site for one (1) year after termination.",
      "nonCompeteScope",
      "primary site",
      "high",
    ],
    [
      "Physician shall be considered for admission as a shareholder after two (2) years of employment.",
      "partnershipYears",
      2,
      "high",
    ],
    ["The buy-in purchase price for the shares shall be $150,000.", "partnershipBuyIn", 150_000, "high"],
    ["This Agreement shall be governed by the laws of the Commonwealth of Pennsylvania.", "state", "PA", "high"],
    ["This Agreement shall be governed by the laws of the State of West Virginia.", "state", "WV", "high"],
    [
      'This Agreement is between Acme Clinic, a Texas nonprofit corporation ("Employer"), and Physician.',
      "employerType",
      "nonprofit",
      "high",
    ],
    [
      'This Agreement is between Acme Clinic, a Texas nonprofit corporation ("Employer"), and Physician.',
      "employer",
      "Acme Clinic",
      "medium",
    ],
    [
      'This Agreement is between Acme Clinic, a Texas nonprofit corporation ("Employer"), and Physician.',
      "state",
      "TX",
      "medium",
    ],
  ])("%s → %s", (text, field, value, confidence) => {
    expect(read(text, field)).toEqual([value, confidence]);
  });

  it("gives each figure of a sentence naming two bonuses to the bonus named just before it", () => {
    const text =
      "Hospital will advance a recruitment incentive of $35,000, and shall reimburse relocation expenses not to exceed $12,000.";
    const { fields } = extractOffer(text);
    expect([fields.signOnBonus?.value, fields.relocation?.value]).toEqual([35_000, 12_000]);
  });

  it.each([
    // 200 hours / 8 hours a day = 25 days
    ["Physician shall accrue paid time off at the rate of 200 hours per year.", "ptoDays", 25, "medium"],
    ["Extra call will be compensated at $1,500 per 24-hour period.", "callRatePerShift", 1_500, "high"],
    ["This Agreement shall continue for a term of five (5) years.", "termYears", 5, "high"],
    [
      "Physician will not join a practice within fifteen (15) miles of the Hospital's main campus for one (1) year after termination.",
      "nonCompeteScope",
      "primary site",
      "high",
    ],
    [
      'This Agreement is between Blue Ridge Hospital, Inc., a Virginia corporation exempt under Section 501(c)(3) ("Hospital"), and Physician.',
      "employer",
      "Blue Ridge Hospital, Inc.",
      "medium",
    ],
  ])("%s → %s", (text, field, value, confidence) => {
    expect(read(text, field)).toEqual([value, confidence]);
  });

  it("gives a forgiveness sentence that names no bonus to the bonus named just before it", () => {
    const text =
      "3.5 Bonus. Employer shall pay a signing bonus of $30,000. It is forgiven at one twenty-fourth (1/24) for each full month.";
    const { fields } = extractOffer(text);
    expect(fields.signOnForgivenessMonths).toMatchObject({ value: 24, confidence: "medium" });
    expect(fields.clawback).toMatchObject({ value: "monthly" });
  });

  it("does not take a later year's salary or another payment for the base", () => {
    const text = "Base Salary shall be $280,000 in the first Contract Year and $300,000 in the second Contract Year.";
    expect(read(text, "baseSalary")).toEqual([280_000, "high"]);
    expect(read("Base salary, plus a signing bonus of $20,000, is paid bi-weekly.", "baseSalary")).toEqual([
      undefined,
      undefined,
    ]);
  });

  it("reads the initial term, not the renewal terms", () => {
    const text = "The Initial Term shall renew automatically for successive one (1) year terms.";
    expect(read(text, "termYears")).toEqual([undefined, undefined]);
  });

  it("leaves out fields the caller skips", () => {
    const { fields } = extractOffer("Base Salary: $300,000 per year.", { skip: ["baseSalary"] });
    expect(fields.baseSalary).toBeUndefined();
  });
});
