import { expectFlag, flagOf } from "./offer-fixture";

const UNPAID = { callShiftsPerMonth: 4, callPay: "unpaid" };

describe("unpaid-call", () => {
  it("counts the unpaid shifts a year when call hours are unknown", () => {
    const flag = expectFlag("unpaid-call", UNPAID);
    expect(flag.severity).toBe("caution");
    expect(flag.finding).toContain("4 unpaid call shifts a month");
    expect(flag.finding).toContain("48 shifts a year");
    expect(flag.counterAsk).toContain("48 call shifts a year");
    expect(flag.fields).toEqual(["callShiftsPerMonth", "callPay"]);
  });

  it("values call hours at the offer's own hourly rate, assuming 48 weeks when the offer does not say", () => {
    // $288,000 ÷ (40 h × 48 weeks) = $150 an hour; 4 × 12 × 12 h = 576 hours → $86,400; $1,800 a 12-hour shift.
    const flag = expectFlag("unpaid-call", { ...UNPAID, callHoursPerShift: 12, baseSalary: 288_000, hoursPerWeek: 40 });
    expect(flag.finding).toContain("576 hours of call a year");
    expect(flag.finding).toContain("$86,400");
    expect(flag.finding).toContain("$150 an hour");
    expect(flag.counterAsk).toContain("about $1,800 a shift (12 hours at $150 an hour)");
    const own = flag.evidence.find((e) => e.source === "Computed from this offer");
    expect(own?.text).toContain("48 weeks assumed");
    expect(flag.fields).toEqual(["callShiftsPerMonth", "callPay", "callHoursPerShift", "baseSalary", "hoursPerWeek"]);
  });

  it("uses the offer's own weeks per year when given", () => {
    // $288,000 ÷ (40 × 46) = $156.52 an hour.
    const flag = expectFlag("unpaid-call", {
      ...UNPAID,
      callHoursPerShift: 12,
      baseSalary: 288_000,
      hoursPerWeek: 40,
      weeksPerYear: 46,
    });
    expect(flag.finding).toContain("$157 an hour");
    expect(flag.fields).toContain("weeksPerYear");
  });

  it("gives the hours alone when the offer's hourly rate can't be worked out", () => {
    const flag = expectFlag("unpaid-call", { ...UNPAID, callHoursPerShift: 12, hoursPerWeek: 40 });
    expect(flag.finding).toContain("576 hours of call a year");
    expect(flag.finding).not.toContain("$");
  });

  it("never quotes a market call stipend: the dollars asked for come from the offer's own rate", () => {
    const flag = expectFlag("unpaid-call", { ...UNPAID, callHoursPerShift: 12, baseSalary: 288_000, hoursPerWeek: 40 });
    expect(flag.counterAsk.match(/\$[\d,]+/g)).toEqual(["$86,400", "$1,800", "$150"]);
  });

  it("cites how rare call pay is (Marit 2025) and labels the old MGMA figures as context", () => {
    const flag = expectFlag("unpaid-call", UNPAID);
    expect(flag.evidence[0]).toMatchObject({ source: expect.stringMatching(/Marit/), year: 2025 });
    expect(flag.evidence[0].text).toContain("19%");
    expect(flag.evidence[1].text).toMatch(/2011–2012.*too old to ask from/);
  });

  it("is silent for paid call, no call, or unknown call terms", () => {
    expect(flagOf("unpaid-call", { callShiftsPerMonth: 4, callPay: "paid" })).toBeUndefined();
    expect(flagOf("unpaid-call", { callShiftsPerMonth: 0, callPay: "unpaid" })).toBeUndefined();
    expect(flagOf("unpaid-call", { callShiftsPerMonth: 4 })).toBeUndefined();
    expect(flagOf("unpaid-call", { callPay: "unpaid" })).toBeUndefined();
  });
});
