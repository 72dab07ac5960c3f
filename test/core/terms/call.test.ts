import { expectFlag, flagOf } from "../rules/offer-fixture";
import { askIn, offer, planFor } from "../negotiation/plan-fixture";

const UNPAID = { callShiftsPerMonth: 4, callPay: "unpaid" };

const PSYCH = { specialty: "Psychiatry" };

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

  // The offer's own rate: $288,000 ÷ (40 h × 48 weeks) = $150 an hour; a 12-hour shift is worth $1,800 at most.
  const valued = { ...unpaid, callHoursPerShift: 12, baseSalary: 288_000, hoursPerWeek: 40 };

  it("asks for a competing $500 stipend below the own rate, cited as the figure asked, never $1,800 beside it", () => {
    const ask = askIn(planFor(valued, [offer({ ...PSYCH, callPay: "paid", callRatePerShift: 500 })]), "call-stipend");
    // 4 shifts × 12 months × $500 = $24,000.
    expect(ask.valuePerYear).toBe(24_000);
    expect(ask.title).toBe("Call paid at $500 a shift");
    expect(ask.script).toBe(
      "The call schedule adds 48 unpaid shifts a year. Another offer I'm considering pays call at $500 a shift. I'd ask for call to be paid at $500 a shift.",
    );
    expect(ask.script).not.toContain("$1,800");
  });

  it("caps the ask at the own rate below a competing $2,000 stipend, which it cites as higher", () => {
    const ask = askIn(planFor(valued, [offer({ ...PSYCH, callPay: "paid", callRatePerShift: 2_000 })]), "call-stipend");
    // 48 shifts × $1,800 = $86,400.
    expect(ask.valuePerYear).toBe(86_400);
    expect(ask.elsewhere).toBe("Another offer I'm considering pays call at $2,000 a shift.");
    expect(ask.script).toContain("I'd ask for call to be paid at $1,800 a shift.");
    expect(ask.valueBasis).toContain("the most a shift is worth here");
  });

  it("never cites a competing stipend below the figure it asks for", () => {
    for (const rate of [100, 500, 1_799, 1_800, 1_801, 5_000]) {
      const ask = askIn(
        planFor(valued, [offer({ ...PSYCH, callPay: "paid", callRatePerShift: rate })]),
        "call-stipend",
      );
      const asked = Number(/paid at \$([\d,]+) a shift\.$/.exec(ask.script)?.[1].replace(/,/g, ""));
      const cited = /pays call at \$([\d,]+) a shift/.exec(ask.script)?.[1];
      if (cited !== undefined) expect(Number(cited.replace(/,/g, ""))).toBeGreaterThanOrEqual(asked);
      expect(asked).toBeLessThanOrEqual(1_800);
    }
  });

  it("compares a competing stipend at this offer's prices: $1,000 in California is about $816 in Ohio", () => {
    // BEA price levels (shipped): Ohio 91.812, California 112.581. $1,000 × 91.812 ÷ 112.581 = $815.52 → $816.
    const california = offer({ ...PSYCH, state: "CA", callPay: "paid", callRatePerShift: 1_000 });
    const ohio = { ...PSYCH, state: "OH", callShiftsPerMonth: 4 };
    const ask = askIn(planFor({ ...ohio, callPay: "unpaid" }, [california]), "call-stipend");
    expect(ask.script).toContain("I'd ask for call to be paid at $816 a shift.");
    expect(ask.elsewhere).toBe("Another offer I'm considering pays call at $1,000 a shift.");
    // 48 × $816 = $39,168.
    expect(ask.valuePerYear).toBe(39_168);
    // Paid $900 here already beats $816: no ask, though $1,000 is more in dollars.
    const paid = planFor({ ...ohio, callPay: "paid", callRatePerShift: 900 }, [california]);
    expect(paid.map((a) => a.id)).not.toContain("call-stipend");
  });

  it("a stipend from a cheaper area is asked at its own dollars, never marked up above the cited figure", () => {
    // $500 in Ohio is $500 × 112.581 ÷ 91.812 = $613 in California prices; the ask stays at the $500 cited.
    const ohio = offer({ ...PSYCH, state: "OH", callPay: "paid", callRatePerShift: 500 });
    const ask = askIn(planFor({ ...unpaid, state: "CA" }, [ohio]), "call-stipend");
    expect(ask.script).toContain("paid at $500 a shift");
  });

  it("asks for one thing: a stipend, not a stipend and a change to the base or the call load", () => {
    const flag = expectFlag("unpaid-call", valued);
    for (const text of [flag.counterAsk, askIn(planFor(valued), "call-stipend").script])
      expect(text).not.toMatch(/base to reflect|fewer (call )?shifts|reduc/);
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
