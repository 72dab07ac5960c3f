import { userRows } from "../rules/offer-fixture";
import { askIn, offer, planFor } from "./plan-fixture";

const PSYCH = { specialty: "Psychiatry" };
const WRVU_ROWS = userRows(["Psychiatry", "wRVU", 3_800, 4_500, 5_200, 6_000]);

describe("lower-threshold", () => {
  const high = { ...PSYCH, productivityModel: "wrvu", wrvuThreshold: 5_500, dollarsPerWrvu: 50 };

  it("values the move to the median as the bonus gained at expected production", () => {
    // At 6,000 wRVUs × $50: (6,000 − 4,500) × 50 = $75,000 against (6,000 − 5,500) × 50 = $25,000.
    const ask = askIn(planFor({ ...high, expectedWrvus: 6_000 }, [], WRVU_ROWS), "lower-threshold");
    expect(ask).toMatchObject({
      valuePerYear: 50_000,
      severity: "red",
      audience: "leadership",
      title: "Set the wRVU threshold at the median, 4,500 wRVUs",
    });
    expect(ask.script).toContain("worth about $50,000 a year at the 6,000 wRVUs I expect to produce");
    expect(ask.valueBasis).toContain("median 4,500 wRVUs for Psychiatry (Your benchmarks)");
  });

  it("is worth $0 when expected production is below both thresholds, and says nothing of dollars", () => {
    const ask = askIn(planFor({ ...high, expectedWrvus: 4_000 }, [], WRVU_ROWS), "lower-threshold");
    expect(ask.valuePerYear).toBe(0);
    expect(ask.script).not.toContain("$");
  });

  it("has no value without expected production, and says what to add", () => {
    const ask = askIn(planFor(high, [], WRVU_ROWS), "lower-threshold");
    expect(ask.valuePerYear).toBeNull();
    expect(ask.valueBasis).toContain("Add your expected wRVUs");
  });

  it("has no value without wRVU percentiles (none ship), and asks what new physicians produce", () => {
    const ask = askIn(planFor({ ...high, expectedWrvus: 6_000 }), "lower-threshold");
    expect(ask).toMatchObject({ valuePerYear: null, severity: "info" });
    expect(ask.script).toContain("against the threshold of 5,500 wRVUs?");
    expect(ask.valueBasis).toContain("import your own wRVU percentiles");
  });

  it("cites a lower threshold elsewhere only from another wRVU plan", () => {
    const wrvuOther = offer({ ...PSYCH, productivityModel: "wrvu", wrvuThreshold: 5_000 });
    const salaryOther = offer({ ...PSYCH, productivityModel: "salary", wrvuThreshold: 4_000 });
    expect(askIn(planFor(high, [wrvuOther, salaryOther], WRVU_ROWS), "lower-threshold").elsewhere).toBe(
      "Another offer I'm considering sets the wRVU threshold at 5,000 wRVUs.",
    );
    expect(askIn(planFor(high, [salaryOther], WRVU_ROWS), "lower-threshold").elsewhere).toBeUndefined();
  });

  it("asks nothing for a threshold at or below the median", () => {
    expect(planFor({ ...high, wrvuThreshold: 4_500 }, [], WRVU_ROWS).map((a) => a.id)).not.toContain("lower-threshold");
  });
});

describe("call-stipend", () => {
  const unpaid = { ...PSYCH, callShiftsPerMonth: 4, callPay: "unpaid" };

  it("values unpaid call at the offer's own rate, as the unpaid-call flag does", () => {
    // $288,000 ÷ (40 h × 48 weeks) = $150 an hour; a 12-hour shift $1,800; 48 shifts a year = $86,400.
    const ask = askIn(
      planFor({ ...unpaid, callHoursPerShift: 12, baseSalary: 288_000, hoursPerWeek: 40 }),
      "call-stipend",
    );
    expect(ask).toMatchObject({
      valuePerYear: 86_400,
      flagRule: "unpaid-call",
      severity: "caution",
      audience: "leadership",
    });
    expect(ask.script).toContain("$1,800 a shift");
    expect(ask.valueBasis).toContain("48 weeks assumed");
  });

  it("has no value when the shift's hours are unknown, and still counts the shifts", () => {
    const ask = askIn(planFor(unpaid), "call-stipend");
    expect(ask.valuePerYear).toBeNull();
    expect(ask.script).toContain("48 unpaid shifts a year");
    expect(ask.valueBasis).toContain("Add the hours per call shift");
  });

  it("asks for another offer's stipend when it is higher than the offer's own rate", () => {
    const ask = askIn(planFor(unpaid, [offer({ ...PSYCH, callPay: "paid", callRatePerShift: 1_500 })]), "call-stipend");
    expect(ask.valuePerYear).toBe(72_000);
    expect(ask.elsewhere).toBe("Another offer I'm considering pays call at $1,500 a shift.");
  });

  it("keeps the offer's own, higher, rate over a lower stipend elsewhere", () => {
    const fields = { ...unpaid, callHoursPerShift: 12, baseSalary: 288_000, hoursPerWeek: 40 };
    const ask = askIn(planFor(fields, [offer({ ...PSYCH, callPay: "paid", callRatePerShift: 1_000 })]), "call-stipend");
    expect(ask.valuePerYear).toBe(86_400);
  });

  it("asks to match a higher stipend elsewhere for paid call, counting only the difference", () => {
    const paid = { ...PSYCH, callShiftsPerMonth: 4, callPay: "paid", callRatePerShift: 1_000 };
    const ask = askIn(planFor(paid, [offer({ ...PSYCH, callPay: "paid", callRatePerShift: 1_500 })]), "call-stipend");
    expect(ask.valuePerYear).toBe(24_000);
    expect(ask.flagRule).toBeUndefined();
    expect(ask.script).toBe(
      "Call here pays $1,000 a shift, 48 shifts a year. Another offer I'm considering pays call at $1,500 a shift. I'd ask for call to be paid at $1,500 a shift.",
    );
  });

  it("asks nothing for paid call with no better stipend elsewhere, unknown call pay, or no call", () => {
    const better = [offer({ ...PSYCH, callPay: "paid", callRatePerShift: 1_500 })];
    expect(
      planFor({ ...PSYCH, callShiftsPerMonth: 4, callPay: "paid", callRatePerShift: 2_000 }, better).map((a) => a.id),
    ).not.toContain("call-stipend");
    expect(planFor({ ...PSYCH, callShiftsPerMonth: 4 }, better).map((a) => a.id)).not.toContain("call-stipend");
    expect(planFor({ ...PSYCH, callShiftsPerMonth: 0, callPay: "unpaid" }, better).map((a) => a.id)).not.toContain(
      "call-stipend",
    );
  });
});
