/** What Compare says about PSLF for each offer: the estimate with its risks, or why there is none. */
import { DEFAULT_PROFILE } from "../../src/core/profile/settings";
import { pslfLines } from "../../src/taskpane/compare/pslf-lines";
import { offerFrom } from "../harness/offers";

const withLoans = { ...DEFAULT_PROFILE, loanBalance: 300_000, loanRatePct: 0, qualifyingPayments: 96 };
const nonprofit = offerFrom({ id: "NP", employer: "Mercy", employerType: "nonprofit", baseSalary: 300_000 });
const group = offerFrom({ id: "PG", employer: "Lakeside Group", employerType: "private group", baseSalary: 400_000 });
const unknown = offerFrom({ id: "UK", employer: "Somewhere", baseSalary: 300_000 });

describe("PSLF lines", () => {
  it("say nothing per offer without a federal loan balance in the profile", () => {
    expect(pslfLines([nonprofit, group], DEFAULT_PROFILE)).toEqual([]);
  });

  it("estimate a qualifying employer's forgiveness, with the July 2026 risk", () => {
    const [line] = pslfLines([nonprofit], withLoans);
    // RAP at $300,000 AGI: 10% ÷ 12 = $2,500 a month; at 0% interest all of it is principal, so 24 payments
    // (96 made, 120 needed) repay 60,000 of 300,000: 240,000 forgiven in year 2 of the job.
    expect(line.summary).toBe(
      "About $240,000 forgiven, tax-free, in year 2 of the job (payment 120). An estimate, not a promise.",
    );
    expect(line.risks.join(" ")).toMatch(/July 1,? 2026/);
  });

  it("say a private group does not count, and ask for the employer type when it is blank", () => {
    const [notCounted, noType] = pslfLines([group, unknown], withLoans);
    expect(notCounted.summary).toBe(
      "Private group employers do not count for PSLF: no forgiveness while you work here.",
    );
    expect(noType.summary).toMatch(/Set the employer type/);
  });
});
