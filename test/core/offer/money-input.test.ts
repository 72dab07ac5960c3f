import { moneyFromText } from "../../../src/core/offer/money-input";
import { parseOffer } from "../../../src/core/offer/schema";

describe("moneyFromText", () => {
  it.each([
    ["420000", 420_000],
    ["420,000", 420_000],
    ["$420,000", 420_000],
    ["420000.00", 420_000],
    ["$420,000.50", 420_000.5],
    // 420 × 1,000 = 420,000
    ["420k", 420_000],
    ["$420K", 420_000],
    ["$ 420 k", 420_000],
    // 1.2 × 1,000,000 = 1,200,000 (not 1,199,999.9999… from floating point)
    ["1.2m", 1_200_000],
    ["1.2M", 1_200_000],
    // 7.5 × 1,000 = 7,500
    ["7.5k", 7_500],
    ["  35,000  ", 35_000],
  ])("reads %j as %d", (typed, dollars) => {
    expect(moneyFromText(typed)).toBe(dollars);
  });

  it.each(["", "k", "$", "420 thousand", "four hundred", "$-5", "$$5", "420kk", "42,00,0", "1.2b", "k420"])(
    "refuses %j",
    (typed) => {
      expect(moneyFromText(typed)).toBeUndefined();
    },
  );
});

describe("money fields in the offer schema", () => {
  const base = { id: "OF-1", employer: "Mercy", specialty: "Psychiatry" };

  it("stores shorthand and formatted dollars as plain numbers", () => {
    const parsed = parseOffer({ ...base, baseSalary: "$420K", signOnBonus: "25k", relocation: "10,000.00" });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.offer.baseSalary).toBe(420_000);
    expect(parsed.offer.signOnBonus).toBe(25_000);
    expect(parsed.offer.relocation).toBe(10_000);
  });

  it("refuses other text, saying which forms work", () => {
    const parsed = parseOffer({ ...base, baseSalary: "420 thousand" });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.baseSalary).toBe(
      "Base salary must be a number of dollars, such as 420000, 420,000, $420,000, 420k or 1.2m.",
    );
  });

  it("does not read a k on a field that is not money", () => {
    // wRVUs are counts: "5k" there is not dollars, and the shorthand is kept to money on purpose.
    const parsed = parseOffer({ ...base, wrvuThreshold: "5k" });
    expect(parsed.ok).toBe(false);
  });

  it("still checks the bounds after the shorthand", () => {
    const parsed = parseOffer({ ...base, baseSalary: "-5k" });
    expect(parsed.ok).toBe(false);
  });
});
