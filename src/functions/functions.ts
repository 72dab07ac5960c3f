/**
 * The OFFER custom functions. Each is a thin adapter: read Excel's raw arguments with the blank-cell rule,
 * call the core, and let `evaluate` turn any problem into an Excel error. Only @customfunction functions
 * live here, because the metadata generator reads this file; the JSDoc becomes Excel's help text.
 *
 * Blank cells: Excel passes an empty cell as 0 on desktop and as null on the web, so every argument
 * treats blank and 0 alike (see src/core/cells.ts).
 */
import { readBenchmarks } from "../core/benchmarks/parse";
import { benchmarkValue, describeBenchmark, findBenchmark } from "../core/benchmarks/lookup";
import { readNumber, readOptionalNumber, readText, readYesNo } from "../core/cells";
import { clawback } from "../core/clawback";
import { callPay, hourlyRate, totalComp } from "../core/compensation";
import { exitCostParts, nonCompeteCostValue, tailCost } from "../core/exit-cost";
import { tierLabel, tierOf } from "../core/leverage/tier";
import { CLAWBACK_TERMS, MALPRACTICE_TYPES, TAIL_PAYERS, resolveChoice } from "../core/offer/choices";
import { US_STATES } from "../core/offer/us-states";
import { benchmarkWrvus, wrvuPercentile } from "../core/production";
import { scarcityBreakdown, scarcityScore, whyText } from "../core/scarcity";
import { resolveSpecialty } from "../core/specialties";
import { parsePayTiers } from "../core/pay-tiers";
import { tieredPay, wrvuGap } from "../core/wrvu";
import { priceLevel } from "../core/price-level/price-level";
import { pslfEstimate, pslfPart, resolveEmployerType, resolvePlan } from "../core/pslf";
import { resolveTaxState } from "../core/tax/state-lookup";
import { resolveFilingStatus } from "../core/tax/filing-status";
import { type TakeHomeFigures, resolveTaxYear, takeHomeFigures, taxPart } from "../core/tax/take-home";
import { evaluate } from "./excel-error";
import { readRange, readSpecialtyOrNumber } from "./ranges";
import { readScarcityArguments } from "./scarcity-args";

/**
 * Average annual total compensation over a number of years: base + productivity bonus + other annual pay + (sign-on + relocation) ÷ years.
 * @customfunction TOTALCOMP TOTALCOMP
 * @helpurl https://localhost:3000/help/totalcomp.html
 * @param base Base salary, dollars per year.
 * @param signOn Sign-on bonus, dollars (one time). Blank = none.
 * @param relocation Relocation allowance, dollars (one time). Blank = none.
 * @param wrvus Expected wRVUs per year. Blank = no productivity bonus.
 * @param dollarsPerWrvu Bonus dollars per wRVU above the threshold. Blank = no productivity bonus.
 * @param wrvuThreshold wRVUs per year before the bonus starts. Blank or 0 = base ÷ dollarsPerWrvu.
 * @param otherAnnual Other pay every year (stipends, call pay, retention), dollars. Blank = none.
 * @param years Years to average the one-time payments over (at least 1). Blank or 0 = 1, the first year.
 * @returns Average annual total compensation, dollars.
 */
export function totalCompFormula(
  base: number,
  signOn?: number,
  relocation?: number,
  wrvus?: number,
  dollarsPerWrvu?: number,
  wrvuThreshold?: number,
  otherAnnual?: number,
  years?: number,
): number {
  return evaluate(() =>
    totalComp({
      base: readNumber(base, "base"),
      signOn: readNumber(signOn, "signOn"),
      relocation: readNumber(relocation, "relocation"),
      wrvus: readOptionalNumber(wrvus, "wrvus"),
      dollarsPerWrvu: readOptionalNumber(dollarsPerWrvu, "dollarsPerWrvu"),
      wrvuThreshold: readOptionalNumber(wrvuThreshold, "wrvuThreshold"),
      otherAnnual: readNumber(otherAnnual, "otherAnnual"),
      years: readOptionalNumber(years, "years"),
    }),
  );
}

/**
 * Pay for a year's wRVUs under a tiered schedule, each wRVU paid at the rate of the tier it falls in.
 * @customfunction TIEREDPAY TIEREDPAY
 * @helpurl https://localhost:3000/help/tieredpay.html
 * @param wrvus wRVUs per year.
 * @param tiers Two-column range: lower bound (wRVUs) and $/wRVU, sorted ascending, first bound 0. Blank rows at the end are ignored.
 * @returns Productivity pay, dollars per year.
 */
export function tieredPayFormula(wrvus: number, tiers: any[][]): number {
  return evaluate(() => tieredPay(readNumber(wrvus, "wrvus"), parsePayTiers(readRange(tiers, "tiers"))));
}

/**
 * What is owed back on leaving, with straight-line monthly forgiveness: each completed month forgives an equal share.
 * @customfunction CLAWBACK CLAWBACK
 * @helpurl https://localhost:3000/help/clawback.html
 * @param amount Sign-on, relocation or loan amount subject to repayment, dollars.
 * @param forgivenessMonths Months over which the amount is forgiven (more than 0).
 * @param monthsServed Months worked before leaving. Only completed months count.
 * @returns Amount owed back, dollars.
 */
export function clawbackFormula(amount: number, forgivenessMonths: number, monthsServed: number): number {
  return evaluate(() =>
    clawback(
      readNumber(amount, "amount"),
      readNumber(forgivenessMonths, "forgivenessMonths"),
      readNumber(monthsServed, "monthsServed"),
    ),
  );
}

/**
 * wRVU threshold minus realistic annual production. Positive means the threshold asks for more than that.
 * @customfunction WRVUGAP WRVUGAP
 * @helpurl https://localhost:3000/help/wrvugap.html
 * @param threshold The contract's wRVU threshold per year.
 * @param specialtyOrExpectedWrvus Expected wRVUs per year (a number), or a specialty (text) to compare with its benchmark.
 * @param percentile With a specialty: the benchmark percentile, 0–100. Blank or 0 = 50 (the median).
 * @param fte With a specialty: full-time equivalent that scales the benchmark. Blank or 0 = 1.
 * @param benchmarks Your Benchmarks table with headers (Specialty, Metric, P25, P50, P75, P90); its rows take precedence.
 * @returns Threshold minus expected wRVUs per year.
 */
export function wrvuGapFormula(
  threshold: number,
  specialtyOrExpectedWrvus: any,
  percentile?: number,
  fte?: number,
  benchmarks?: any[][],
): number {
  return evaluate(() => {
    const limit = readNumber(threshold, "threshold");
    const comparison = readSpecialtyOrNumber(specialtyOrExpectedWrvus, "specialtyOrExpectedWrvus");
    const expected =
      typeof comparison === "number"
        ? comparison
        : benchmarkWrvus(
            comparison,
            readBenchmarks(benchmarks),
            readOptionalNumber(percentile, "percentile"),
            readOptionalNumber(fte, "fte"),
          );
    return wrvuGap(limit, expected);
  });
}

/**
 * The percentile (0–100) of an annual wRVU figure among the specialty's benchmark, interpolated between its percentile points.
 * @customfunction WRVUPCTL WRVUPCTL
 * @helpurl https://localhost:3000/help/wrvupctl.html
 * @param wrvus wRVUs per year.
 * @param specialty Specialty, e.g. "Family Medicine" or "FM".
 * @param benchmarks Your Benchmarks table with headers (Specialty, Metric, P25, P50, P75, P90); its rows take precedence.
 * @returns Percentile, 0–100.
 */
export function wrvuPctlFormula(wrvus: number, specialty: string, benchmarks?: any[][]): number {
  return evaluate(() =>
    wrvuPercentile(readNumber(wrvus, "wrvus"), readText(specialty, "specialty"), readBenchmarks(benchmarks)),
  );
}

/**
 * Leverage from scarcity, 0–100: the specialty's national baseline, moved by the state's supply and need, the market and what you will flex on.
 * @customfunction SCARCITY SCARCITY
 * @helpurl https://localhost:3000/help/scarcity.html
 * @param specialty Specialty, e.g. "Psychiatry" or "Psych".
 * @param market "rural", "secondary", "metro" or "saturated metro". Blank = national baseline.
 * @param flexibility Comma-separated list of what you will flex on: nights, weekends, call, rural, telehealth, procedures, start date, outreach clinics.
 * @param state State as a postal code or name, e.g. "TX" or "Texas". Blank = the national model, without state figures.
 * @param supply Your Supply table with headers (Specialty, State, Per100k, Source, Year), including a "US" row for the national rate.
 * @returns Scarcity score, 0–100.
 */
export function scarcityFormula(
  specialty: string,
  market?: string,
  flexibility?: string,
  state?: string,
  supply?: any[][],
): number {
  return evaluate(() => scarcityScore(readScarcityArguments(specialty, market, flexibility, state, supply)));
}

/**
 * Why the scarcity score is what it is: each line with its points, reason and source, as one text.
 * @customfunction SCARCITYWHY SCARCITYWHY
 * @helpurl https://localhost:3000/help/scarcitywhy.html
 * @param specialty Specialty, e.g. "Psychiatry" or "Psych".
 * @param market "rural", "secondary", "metro" or "saturated metro". Blank = national baseline.
 * @param flexibility Comma-separated list of what you will flex on: nights, weekends, call, rural, telehealth, procedures, start date, outreach clinics.
 * @param state State as a postal code or name, e.g. "TX" or "Texas". Blank = the national model, without state figures.
 * @param supply Your Supply table with headers (Specialty, State, Per100k, Source, Year), including a "US" row for the national rate.
 * @returns The breakdown: lines separated by semicolons, then the score (saying so when it was kept within 0–100).
 */
export function scarcityWhyFormula(
  specialty: string,
  market?: string,
  flexibility?: string,
  state?: string,
  supply?: any[][],
): string {
  return evaluate(() =>
    whyText(scarcityBreakdown(readScarcityArguments(specialty, market, flexibility, state, supply))),
  );
}

/**
 * Call pay per year: shifts per month beyond those included in the base, times the rate per shift, times 12.
 * @customfunction CALLPAY CALLPAY
 * @helpurl https://localhost:3000/help/callpay.html
 * @param shiftsPerMonth Call shifts per month.
 * @param ratePerShift Stipend per call shift, dollars. 0 = unpaid call.
 * @param includedShiftsPerMonth Shifts per month covered by the base salary, unpaid. Blank = none.
 * @returns Call pay, dollars per year.
 */
export function callPayFormula(shiftsPerMonth: number, ratePerShift: number, includedShiftsPerMonth?: number): number {
  return evaluate(() =>
    callPay(
      readNumber(shiftsPerMonth, "shiftsPerMonth"),
      readNumber(ratePerShift, "ratePerShift"),
      readNumber(includedShiftsPerMonth, "includedShiftsPerMonth"),
    ),
  );
}

/**
 * Effective pay per hour worked: annual pay ÷ (clinical hours per week × weeks per year + call hours per year).
 * @customfunction HOURLY HOURLY
 * @helpurl https://localhost:3000/help/hourly.html
 * @param annualPay Pay for the year, dollars (e.g. the result of OFFER.TOTALCOMP).
 * @param hoursPerWeek Hours worked per week, 0–168.
 * @param weeksPerYear Weeks worked per year, up to 52. Blank or 0 = 48.
 * @param callHoursPerYear Hours of call worked per year. Blank = none.
 * @returns Dollars per hour worked.
 */
export function hourlyFormula(
  annualPay: number,
  hoursPerWeek: number,
  weeksPerYear?: number,
  callHoursPerYear?: number,
): number {
  return evaluate(() =>
    hourlyRate({
      annualPay: readNumber(annualPay, "annualPay"),
      hoursPerWeek: readNumber(hoursPerWeek, "hoursPerWeek"),
      weeksPerYear: readOptionalNumber(weeksPerYear, "weeksPerYear"),
      callHoursPerYear: readNumber(callHoursPerYear, "callHoursPerYear"),
    }),
  );
}

/**
 * What leaving after some months costs you: sign-on and relocation owed back, plus your tail cost and a non-compete's cost.
 * @customfunction EXITCOST EXITCOST
 * @helpurl https://localhost:3000/help/exitcost.html
 * @param monthsServed Months worked before leaving. Only completed months are forgiven.
 * @param signOn Sign-on bonus, dollars. Blank = none.
 * @param signOnForgivenessMonths Months over which the sign-on is forgiven. Required when there is a sign-on.
 * @param relocation Relocation allowance, dollars. Blank = none.
 * @param relocationForgivenessMonths Months over which the relocation is forgiven. Required when there is a relocation.
 * @param clawbackTerms "Forgiven monthly" or "All owed until the end". Blank = all owed until the end, the worst case.
 * @param tailCost Your share of tail coverage, dollars (e.g. from OFFER.TAILCOST, or a quote). Blank = none.
 * @param nonCompeteCost What the non-compete costs you, dollars (e.g. from OFFER.NONCOMPETECOST). Blank = none.
 * @returns Dollars you would pay on leaving.
 */
export function exitCostFormula(
  monthsServed: number,
  signOn?: number,
  signOnForgivenessMonths?: number,
  relocation?: number,
  relocationForgivenessMonths?: number,
  clawbackTerms?: string,
  tailCost?: number,
  nonCompeteCost?: number,
): number {
  return evaluate(
    () =>
      exitCostParts({
        monthsServed: readNumber(monthsServed, "monthsServed"),
        signOn: readNumber(signOn, "signOn"),
        signOnForgivenessMonths: readOptionalNumber(signOnForgivenessMonths, "signOnForgivenessMonths"),
        relocation: readNumber(relocation, "relocation"),
        relocationForgivenessMonths: readOptionalNumber(relocationForgivenessMonths, "relocationForgivenessMonths"),
        clawbackTerms: resolveChoice(readText(clawbackTerms, "clawbackTerms"), CLAWBACK_TERMS, "clawbackTerms"),
        tailCost: readNumber(tailCost, "tailCost"),
        nonCompeteCost: readNumber(nonCompeteCost, "nonCompeteCost"),
      }).total,
  );
}

/**
 * Your estimated share of tail coverage on leaving: the midpoint of the published range for the specialty's risk, times your share.
 * @customfunction TAILCOST TAILCOST
 * @helpurl https://localhost:3000/help/tailcost.html
 * @param specialty Specialty, e.g. "Psychiatry". OB/GYN and surgical specialties are higher-risk; one Leverage does not know is priced as lower-risk: expect about $125,000 if it is surgical or OB/GYN.
 * @param malpracticeType "Claims-made" or "Occurrence". Blank = claims-made, the worst case.
 * @param tailPaidBy "Physician", "Shared" or "Employer". Blank = the physician, the worst case.
 * @returns Dollars of tail coverage you would pay.
 */
export function tailCostFormula(specialty: string, malpracticeType?: string, tailPaidBy?: string): number {
  return evaluate(
    () =>
      tailCost(
        readText(specialty, "specialty"),
        resolveChoice(readText(malpracticeType, "malpracticeType"), MALPRACTICE_TYPES, "malpracticeType"),
        resolveChoice(readText(tailPaidBy, "tailPaidBy"), TAIL_PAYERS, "tailPaidBy"),
      ).cost,
  );
}

/**
 * A D-grade estimate of a non-compete's cost: the average relocation allowance × the share of nearby jobs the radius closes off, 1 − e^(−miles/20), × years restricted (at most 3). 0 without one, or where the state's statute voids physician non-competes.
 * @customfunction NONCOMPETECOST NONCOMPETECOST
 * @helpurl https://localhost:3000/help/noncompetecost.html
 * @param miles Non-compete radius as it bites, miles (double it when measured from every employer site). Blank or 0 = no non-compete.
 * @param months How long the non-compete lasts, months. Blank or 0 = no non-compete.
 * @param state State of the job, e.g. "OH" or "Ohio". Blank = no statute is applied.
 * @param benchmarks Your Benchmarks table with headers (Specialty, Metric, P25, P50, P75, P90); an All specialties Relocation row takes precedence.
 * @returns Dollars, a D-grade estimate.
 */
export function nonCompeteCostFormula(miles: number, months: number, state?: string, benchmarks?: any[][]): number {
  return evaluate(() =>
    nonCompeteCostValue(
      readOptionalNumber(miles, "miles"),
      readOptionalNumber(months, "months"),
      resolveChoice(readText(state, "state"), US_STATES, "state", 'a postal code or name such as "OH" or "Ohio"'),
      readBenchmarks(benchmarks),
    ),
  );
}

/**
 * A benchmark figure for a specialty: your rows first, else public data shipped with Leverage. Use OFFER.BENCHMARKSOURCE to see where it comes from.
 * @customfunction BENCHMARK BENCHMARK
 * @helpurl https://localhost:3000/help/benchmark.html
 * @param specialty Specialty, e.g. "Radiology".
 * @param metric TotalComp, StartingSalary, wRVU, CompPerWrvu, BLSWage, SignOn, Relocation, CME, or a metric in your table.
 * @param percentile Percentile 0–100 for percentile data. Blank or 0 = the headline figure (mean, starting offer or median).
 * @param benchmarks Your Benchmarks table with headers (Specialty, Metric, P25, P50, P75, P90); its rows take precedence.
 * @returns The benchmark figure, in the metric's unit.
 */
export function benchmarkFormula(specialty: string, metric: string, percentile?: number, benchmarks?: any[][]): number {
  return evaluate(() => {
    const found = findBenchmark(
      readText(specialty, "specialty"),
      readText(metric, "metric"),
      readBenchmarks(benchmarks),
    );
    return benchmarkValue(found, readOptionalNumber(percentile, "percentile"));
  });
}

/**
 * Where a benchmark comes from: source, data year, statistic, grade and link.
 * @customfunction BENCHMARKSOURCE BENCHMARKSOURCE
 * @helpurl https://localhost:3000/help/benchmarksource.html
 * @param specialty Specialty, e.g. "Radiology".
 * @param metric TotalComp, StartingSalary, wRVU, CompPerWrvu, BLSWage, SignOn, Relocation, CME, or a metric in your table.
 * @param benchmarks Your Benchmarks table with headers (Specialty, Metric, P25, P50, P75, P90); its rows take precedence.
 * @returns One line describing the benchmark's provenance.
 */
export function benchmarkSourceFormula(specialty: string, metric: string, benchmarks?: any[][]): string {
  return evaluate(() =>
    describeBenchmark(
      findBenchmark(readText(specialty, "specialty"), readText(metric, "metric"), readBenchmarks(benchmarks)),
    ),
  );
}

/**
 * The canonical name Leverage uses for a specialty, accepting common synonyms (Psych, FM, Primary Care, Hospitalist IM, OB/GYN...).
 * @customfunction SPECIALTY SPECIALTY
 * @helpurl https://localhost:3000/help/specialty.html
 * @param name A specialty name or synonym, in any case.
 * @returns The canonical specialty name.
 */
export function specialtyFormula(name: string): string {
  return evaluate(() => resolveSpecialty(readText(name, "name")));
}

/**
 * Where your leverage checklist places you with an employer: Known quantity (paid most), Safe bet (paid market) or Desperate filler (lowballed).
 * @customfunction TIER TIER
 * @helpurl https://localhost:3000/help/tier.html
 * @param rotatedThere Have you rotated, moonlighted or worked there? TRUE/FALSE, 1/0 or "yes"/"no". Blank = no.
 * @param championWillCall Will a respected attending or your program director call them for you, unprompted? TRUE/FALSE, 1/0 or "yes"/"no". Blank = no.
 * @param trustedProgram Did you train at a program they know and trust? TRUE/FALSE, 1/0 or "yes"/"no". Blank = no.
 * @param parallelProcesses Other serious processes in progress (interviews or offers that could lead to a job): a whole number, 0 or more. Blank = 0.
 * @param knowsRvus Do you understand RVUs and payer mix well enough to discuss the numbers? TRUE/FALSE, 1/0 or "yes"/"no". Blank = no.
 * @param flexibleOnScarce Are you flexible on something scarce for them (nights, call, a rural or outreach site, start date, procedures)? TRUE/FALSE, 1/0 or "yes"/"no". Blank = no.
 * @returns "Known quantity", "Safe bet" or "Desperate filler".
 */
export function tierFormula(
  rotatedThere: any,
  championWillCall: any,
  trustedProgram: any,
  parallelProcesses: number,
  knowsRvus: any,
  flexibleOnScarce: any,
): string {
  return evaluate(() =>
    tierLabel(
      tierOf({
        rotatedThere: readYesNo(rotatedThere, "rotatedThere"),
        championWillCall: readYesNo(championWillCall, "championWillCall"),
        trustedProgram: readYesNo(trustedProgram, "trustedProgram"),
        parallelProcesses: readNumber(parallelProcesses, "parallelProcesses"),
        knowsRvus: readYesNo(knowsRvus, "knowsRvus"),
        flexibleOnScarce: readYesNo(flexibleOnScarce, "flexibleOnScarce"),
      }),
    ),
  );
}

/** The tax on a year's wages, as TAKEHOME and TAX read their shared arguments. */
function wagesTax(
  gross: unknown,
  state: unknown,
  filingStatus: unknown,
  pretax: unknown,
  year: unknown,
  localRate: unknown,
): TakeHomeFigures {
  resolveTaxYear(readOptionalNumber(year, "year"));
  // The numbers only: a cell shows one, and the breakdown's worded assumptions are for the pane.
  return takeHomeFigures({
    gross: readNumber(gross, "gross"),
    state: resolveTaxState(readText(state, "state")),
    status: resolveFilingStatus(readText(filingStatus, "filingStatus")),
    pretax: readNumber(pretax, "pretax"),
    localRate: readNumber(localRate, "localRate") / 100,
  });
}

/**
 * Take-home pay: wages after federal income tax, Social Security, Medicare, state income tax and payroll levies, and any local wage tax, for tax year 2026. Pre-tax savings are not take-home.
 * @customfunction TAKEHOME TAKEHOME
 * @helpurl https://localhost:3000/help/takehome.html
 * @param gross Wages for the year, dollars.
 * @param state State of the job, e.g. "TX" or "Texas".
 * @param filingStatus "single", "married" (filing jointly) or "head of household". Blank = single.
 * @param pretax Pre-tax 401(k), 403(b) or 457(b) savings, dollars, up to $24,500. Blank = none.
 * @param year Tax year; only 2026 ships. Blank = 2026.
 * @param localRate City or county income tax, percent of wages (3.876 for 3.876%). Blank = none.
 * @returns Take-home pay, dollars per year.
 */
export function takeHomeFormula(
  gross: number,
  state: string,
  filingStatus?: string,
  pretax?: number,
  year?: number,
  localRate?: number,
): number {
  return evaluate(() => wagesTax(gross, state, filingStatus, pretax, year, localRate).takeHome);
}

/**
 * One part of the tax on a year's wages, so the sum in OFFER.TAKEHOME can be checked: "federal", "state", "state payroll", "social security", "medicare" or "local".
 * @customfunction TAX TAX
 * @helpurl https://localhost:3000/help/tax.html
 * @param gross Wages for the year, dollars.
 * @param state State of the job, e.g. "CA" or "California".
 * @param part "federal", "state", "state payroll", "social security", "medicare" or "local".
 * @param filingStatus "single", "married" (filing jointly) or "head of household". Blank = single.
 * @param pretax Pre-tax 401(k), 403(b) or 457(b) savings, dollars, up to $24,500. Blank = none.
 * @param year Tax year; only 2026 ships. Blank = 2026.
 * @param localRate City or county income tax, percent of wages. Blank = none.
 * @returns That part of the tax, dollars per year.
 */
export function taxFormula(
  gross: number,
  state: string,
  part: string,
  filingStatus?: string,
  pretax?: number,
  year?: number,
  localRate?: number,
): number {
  return evaluate(() => taxPart(wagesTax(gross, state, filingStatus, pretax, year, localRate), readText(part, "part")));
}

/**
 * The price level of an area (BEA Regional Price Parity, all items, 2023; US average = 100). Real value = amount × 100 ÷ price level.
 * @customfunction PRICELEVEL PRICELEVEL
 * @helpurl https://localhost:3000/help/pricelevel.html
 * @param area A state ("TX", "Texas"), a metropolitan area by BEA name or city ("San Jose"), or "rural" with a state.
 * @param state Used when the area is blank, "rural" or not a BEA area: that state's price level. Blank = none.
 * @returns Price level, US average = 100.
 */
export function priceLevelFormula(area: string, state?: string): number {
  return evaluate(() => {
    const fallback = readText(state, "state");
    return priceLevel(readText(area, "area"), fallback === "" ? undefined : fallback).value;
  });
}

/**
 * An estimate of Public Service Loan Forgiveness at your 120th qualifying payment: the amount forgiven (tax-free) or the job year it happens. An estimate, not a promise: the July 1 2026 employer-eligibility rule is being litigated.
 * @customfunction PSLF PSLF
 * @helpurl https://localhost:3000/help/pslf.html
 * @param employerType "Government", "Nonprofit 501(c)(3)", "For-profit" or "Private group"; only the first two qualify.
 * @param balance Federal Direct Loan balance today, dollars.
 * @param ratePct Weighted interest rate, percent (6.5 for 6.5%).
 * @param paymentsMade Qualifying monthly payments already made, 0–120 (residency counts).
 * @param plan "RAP" (Repayment Assistance Plan) or "IBR" (income-based repayment).
 * @param agi Adjusted gross income in the first job year, dollars.
 * @param agiGrowthPct Yearly growth of that income, percent. Blank = none.
 * @param dependents Dependents claimed. Blank = none.
 * @param filingStatus "single", "married" (filing jointly) or "head of household". Blank = single.
 * @param part "amount" (dollars forgiven) or "year" (the job year of forgiveness, 0 for none). Blank = amount.
 * @returns Dollars forgiven, or the job year.
 */
export function pslfFormula(
  employerType: string,
  balance: number,
  ratePct: number,
  paymentsMade: number,
  plan: string,
  agi: number,
  agiGrowthPct?: number,
  dependents?: number,
  filingStatus?: string,
  part?: string,
): number {
  return evaluate(() => {
    const estimate = pslfEstimate({
      employerType: resolveEmployerType(readText(employerType, "employerType")),
      balance: readNumber(balance, "balance"),
      ratePct: readNumber(ratePct, "ratePct"),
      paymentsMade: readNumber(paymentsMade, "paymentsMade"),
      plan: resolvePlan(readText(plan, "plan")),
      agi: readNumber(agi, "agi"),
      agiGrowthPct: readNumber(agiGrowthPct, "agiGrowthPct"),
      dependents: readNumber(dependents, "dependents"),
      filingStatus: resolveFilingStatus(readText(filingStatus, "filingStatus")),
    });
    return pslfPart(estimate, readText(part, "part"));
  });
}
