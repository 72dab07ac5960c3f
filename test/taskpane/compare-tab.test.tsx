/** @jest-environment jsdom */
/**
 * The Compare tab as a user meets it: what take-home, price level and real value mean, the profile the
 * figures are computed for, the seed's two offers side by side with real figures, the best on each figure
 * marked in words (nominal pay judged by real value, a cost to leave by what you keep, the price level
 * never), unknowns read out as "not known", each offer's cost to leave part by part, and the action that
 * writes the Compare sheet (its spinner, its reason when off, its live notice).
 *
 * Take-home is worked by hand from 2026 federal law (IRS Rev. Proc. 2025-32: single standard deduction
 * $16,100; 10% to $12,400, 12% to $50,400, 22% to $105,700, 24% to $201,775, 32% to $256,225, 35% to
 * $640,600; tax at $256,225 = 1,240 + 4,560 + 12,166 + 23,058 + 17,424 = $58,448), Social Security 6.2%
 * to $184,500 ($11,439), Medicare 1.45% plus 0.9% over $200,000; Texas has no income tax. Prices: BEA RPP
 * 2023, Texas 97.175, San Jose-Sunnyvale-Santa Clara 112.867.
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import fc from "fast-check";
import type { Benchmark } from "../../src/core/benchmarks/types";
import { COMPARE_FIGURES, bestOffers, offerFigures } from "../../src/core/compare/figures";
import type { ProfileRead } from "../../src/core/profile/read-profile";
import { type CandidateProfile, DEFAULT_PROFILE } from "../../src/core/profile/settings";
import { dollars } from "../../src/core/format";
import type { StoredOffer } from "../../src/core/offer/offers-table";
import type { Offer } from "../../src/core/offer/schema";
import { checkOffer } from "../../src/core/rules";
import { CompareTab, type CompareTabProps } from "../../src/taskpane/compare/CompareTab";
import { formatFigure, percentileText } from "../../src/taskpane/compare/format-figure";
import { SIDE_BY_SIDE_LABEL } from "../../src/taskpane/compare/FiguresTable";
import { userRows } from "../core/rules/offer-fixture";
import { offersArbitrary } from "../harness/offer-arbitrary";
import { offerFrom } from "../harness/offers";
import { CO_RESIDENT_TERMS, SEED_TERMS } from "../harness/offers";

jest.setTimeout(30_000);

/**
 * The seed's $290k Psychiatry offer in a saturated metro (Houston, Texas), with unpaid call, a 50-hour week
 * and 12-hour shifts.
 */
const METRO = offerFrom({
  id: "OF-SEED0290",
  employer: "Metro Behavioral",
  ...SEED_TERMS,
  city: "Houston",
  state: "TX",
  hoursPerWeek: 50,
  callHoursPerShift: 12,
});

/** The co-resident's $420k + $40k sign-on + $20k relocation, forgiven monthly over 24 months, in rural Texas. */
const VALLEY = offerFrom({
  id: "OF-SEED0420",
  employer: "Valley Health",
  ...CO_RESIDENT_TERMS,
  state: "TX",
  termYears: 2,
});

/** The profile with nothing typed on the Profile sheet: every default, no problems. */
const DEFAULTS: ProfileRead = { profile: DEFAULT_PROFILE, problems: {} };

function profileWith(settings: Partial<CandidateProfile>, problems: ProfileRead["problems"] = {}): ProfileRead {
  return { profile: { ...DEFAULT_PROFILE, ...settings }, problems };
}

const stored = (offer: Offer): StoredOffer => ({ offer, revision: 1, updated: "2025-01-01T00:00:00.000Z" });

function renderTab(props: Partial<CompareTabProps> = {}) {
  const onWriteSheet = jest.fn();
  const all: CompareTabProps = {
    offers: [stored(METRO), stored(VALLEY)],
    benchmarks: [],
    profile: DEFAULTS,
    onWriteSheet,
    writing: false,
    notice: "",
    preview: false,
    ...props,
  };
  const result = render(<CompareTab {...all} />);
  return { ...result, onWriteSheet: all.onWriteSheet as jest.Mock, props: all };
}

function sideBySide(): HTMLElement {
  return within(screen.getByRole("region", { name: SIDE_BY_SIDE_LABEL })).getByRole("table");
}

/** A figure's row header, by the figure's label (what judges its Best mark may follow the label). */
function rowHeader(figure: string): HTMLElement {
  const header = within(sideBySide())
    .getAllByRole("rowheader")
    .find((h) => h.firstChild?.textContent === figure);
  expect(header).toBeDefined();
  return header!;
}

/** The cell of a figure's row under an offer's column, found by the row and column headers. */
function cellAt(figure: string, employer: string): HTMLElement {
  const table = sideBySide();
  const column = within(table)
    .getAllByRole("columnheader")
    .findIndex((h) => h.textContent === employer);
  expect(column).toBeGreaterThan(0);
  const row = rowHeader(figure).closest("tr")!;
  return row.children[column] as HTMLElement;
}

function expectBest(cell: HTMLElement, shown: string) {
  expect(within(cell).getByText(shown)).toBeInTheDocument();
  expect(within(cell).getByText("Best")).toBeInTheDocument();
}

function expectNotBest(cell: HTMLElement, shown: string) {
  expect(within(cell).getByText(shown)).toBeInTheDocument();
  expect(within(cell).queryByText("Best")).not.toBeInTheDocument();
}

function expectNotKnown(cell: HTMLElement) {
  expect(within(cell).getByRole("img", { name: "not known" })).toHaveTextContent("—");
  expect(within(cell).queryByText("Best")).not.toBeInTheDocument();
}

describe("the Compare tab's side-by-side table", () => {
  it("is a real table: offers as column headers, metrics as row headers, in a focusable scrolling region", () => {
    renderTab();
    expect(screen.getByRole("heading", { level: 2, name: "Compare offers" })).toBeInTheDocument();
    const region = screen.getByRole("region", { name: SIDE_BY_SIDE_LABEL });
    expect(region).toHaveAttribute("tabindex", "0");
    const table = sideBySide();
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Metric", "Metro Behavioral", "Valley Health"]);
    expect(
      within(table)
        .getAllByRole("rowheader")
        .map((h) => h.firstChild?.textContent),
    ).toEqual(COMPARE_FIGURES.map((m) => m.label));
    expect(rowHeader("Real take-home year 1")).toHaveTextContent(/^Real take-home year 1$/);
    for (const h of within(table).getAllByRole("columnheader")) expect(h).toHaveAttribute("scope", "col");
    for (const h of within(table).getAllByRole("rowheader")) expect(h).toHaveAttribute("scope", "row");
  });

  it("shows the seed's figures and marks the best offer on each metric in words", () => {
    renderTab();
    // Metro: $290,000 wages, taxable 290,000 − 16,100 = 273,900; income tax 58,448 + 35% × 17,675 =
    // 64,634.25; payroll 11,439 + 1.45% × 290,000 (4,205) + 0.9% × 90,000 (810) = 16,454; take-home
    // 290,000 − 64,634.25 − 16,454 = 208,911.75; real at Texas 97.175: 208,911.75 × 100 ÷ 97.175 = 214,985.08.
    expectNotBest(cellAt("Take-home year 1", "Metro Behavioral"), "$208,912");
    expectNotBest(cellAt("Real take-home year 1", "Metro Behavioral"), "$214,985");
    // Valley: $480,000 wages in year 1 (sign-on and relocation included), taxable 463,900; income tax 58,448 +
    // 35% × 207,675 = 131,134.25; payroll 11,439 + 6,960 + 0.9% × 280,000 (2,520) = 20,919; take-home
    // 480,000 − 131,134.25 − 20,919 = 327,946.75; real 327,946.75 × 100 ÷ 97.175 = 337,480.58.
    expectBest(cellAt("Take-home year 1", "Valley Health"), "$327,947");
    expectBest(cellAt("Real take-home year 1", "Valley Health"), "$337,481");
    // Both are priced at Texas's level; it is shown for reference and never marked.
    expectNotBest(cellAt("Price level (US = 100)", "Metro Behavioral"), "97.2");
    expectNotBest(cellAt("Price level (US = 100)", "Valley Health"), "97.2");
    expectNotBest(cellAt("Total comp year 1 (nominal)", "Metro Behavioral"), "$290,000");
    expectBest(cellAt("Total comp year 1 (nominal)", "Valley Health"), "$480,000");
    // $420,000 + ($40,000 + $20,000) ÷ 2 years.
    expectBest(cellAt("Total comp per year over term (nominal)", "Valley Health"), "$450,000");
    expectNotBest(cellAt("Total comp per year over term (nominal)", "Metro Behavioral"), "$290,000");
    // Psychiatry 95, saturated metro −20; rural +15 clamped at 100.
    expectNotBest(cellAt("Scarcity", "Metro Behavioral"), "75 / 100");
    expectBest(cellAt("Scarcity", "Valley Health"), "100 / 100");
    // $214,985.08 real ÷ (50 h × 48 weeks + 4 shifts × 12 months × 12 h = 2,976 h) = $72.24; Valley's hours
    // are not known.
    expectNotBest(cellAt("Real take-home per hour worked", "Metro Behavioral"), "$72.24");
    expectNotKnown(cellAt("Real take-home per hour worked", "Valley Health"));
    // Leaving Metro costs less (its $22,500 tail against Valley's $77,144 and $47,144), but the mark follows
    // what you keep: Metro keeps (208,911.75 − 22,500) × 100 ÷ 97.175 = $191,831 after 12 months, Valley more.
    expectNotBest(cellAt("Cost to leave at 12 months", "Metro Behavioral"), "$22,500");
    expectBest(cellAt("Cost to leave at 12 months", "Valley Health"), "$77,144");
    expectNotBest(cellAt("Cost to leave at 24 months", "Metro Behavioral"), "$22,500");
    expectBest(cellAt("Cost to leave at 24 months", "Valley Health"), "$47,144");
    expectNotBest(cellAt("Kept if you leave at 12 months (real)", "Metro Behavioral"), "$191,831");
    expect(within(cellAt("Kept if you leave at 12 months (real)", "Valley Health")).getByText("Best")).toBeVisible();
  });

  it("says under a row's name what judges its Best mark, and that the price level is for reference", () => {
    renderTab();
    expect(rowHeader("Take-home year 1")).toHaveTextContent("Take-home year 1 (judged by Real take-home year 1)");
    expect(rowHeader("Total comp year 1 (nominal)")).toHaveTextContent("(judged by Real take-home year 1)");
    expect(rowHeader("Total comp per year over term (nominal)")).toHaveTextContent(
      "(judged by Multi-year value (real, today's dollars))",
    );
    expect(rowHeader("Cost to leave at 12 months")).toHaveTextContent(
      "(judged by Kept if you leave at 12 months (real))",
    );
    expect(rowHeader("Cost to leave at 24 months")).toHaveTextContent(
      "(judged by Kept if you leave at 24 months (real))",
    );
    expect(rowHeader("Price level (US = 100)")).toHaveTextContent("(for reference, never marked)");
    expect(rowHeader("Scarcity")).toHaveTextContent(/^Scarcity$/);
  });

  it("marks Houston over San Jose on real value though San Jose pays more in dollars, and says how each is priced", () => {
    const sameTerms = {
      specialty: "Family Medicine",
      productivityModel: "salary",
      signOnBonus: 20000,
      relocation: 10000,
    };
    const houston = offerFrom({
      id: "OF-HOUSTON1",
      employer: "Bayou Family Medicine",
      city: "Houston",
      state: "TX",
      baseSalary: 350000,
      ...sameTerms,
    });
    const sanJose = offerFrom({
      id: "OF-SANJOSE1",
      employer: "Valley FM",
      city: "San Jose",
      state: "CA",
      baseSalary: 420000,
      ...sameTerms,
    });
    renderTab({ offers: [stored(houston), stored(sanJose)] });
    // Houston: $380,000 wages, taxable 363,900; income tax 58,448 + 35% × 107,675 = 96,134.25; payroll 11,439
    // + 5,510 + 0.9% × 180,000 (1,620) = 18,569; take-home 265,296.75; real 265,296.75 × 100 ÷ 97.175 = 273,009.26.
    expectBest(cellAt("Real take-home year 1", "Bayou Family Medicine"), "$273,009");
    expectBest(cellAt("Take-home year 1", "Bayou Family Medicine"), "$265,297");
    expect(
      within(cellAt("Multi-year value (real, today's dollars)", "Bayou Family Medicine")).getByText("Best"),
    ).toBeVisible();
    expect(within(cellAt("Multi-year value (real, today's dollars)", "Valley FM")).queryByText("Best")).toBeNull();
    expect(within(cellAt("Real take-home year 1", "Valley FM")).queryByText("Best")).toBeNull();
    // San Jose pays more before tax and prices: $420,000 + $30,000 against $350,000 + $30,000; the mark follows real value.
    expectNotBest(cellAt("Total comp year 1 (nominal)", "Valley FM"), "$450,000");
    expectBest(cellAt("Total comp year 1 (nominal)", "Bayou Family Medicine"), "$380,000");
    expectNotBest(cellAt("Price level (US = 100)", "Valley FM"), "112.9");
    // Houston is not among the BEA metro areas Leverage ships: Texas's average stands in, and the tab says so.
    const notes = screen.getByRole("list", { name: "Notes on the offers' value" });
    expect(within(notes).getByRole("listitem")).toHaveTextContent(
      "Bayou Family Medicine: priced as Texas (state average). Leverage has no 2023 BEA figure for the Houston-Pasadena-The Woodlands, TX metro area; Texas's state average stands in.",
    );
  });

  it("says an offer without a state has no take-home until the state is given", () => {
    const noState = offerFrom({ id: "OF-NOSTATE1", employer: "Hilltop", baseSalary: 300000 });
    renderTab({ offers: [stored(METRO), stored(noState)] });
    expectNotKnown(cellAt("Take-home year 1", "Hilltop"));
    expectNotKnown(cellAt("Real take-home year 1", "Hilltop"));
    const notes = screen.getByRole("list", { name: "Notes on the offers' value" });
    expect(within(notes).getByText("Hilltop").closest("li")).toHaveTextContent(
      "Hilltop: take-home and real value need its state: add the state under Basics in Enter offer.",
    );
    // Metro's city is priced at the state average too, so it has its own note; rural Valley is not here.
    expect(within(notes).getAllByRole("listitem")).toHaveLength(2);
  });

  it("reads unknown wRVU figures as not known, with no Best among them", () => {
    renderTab();
    for (const figure of ["wRVU gap", "Threshold percentile"]) {
      for (const employer of ["Metro Behavioral", "Valley Health"]) expectNotKnown(cellAt(figure, employer));
    }
  });

  it("counts each offer's red and caution flags as the rules raise them", () => {
    renderTab();
    for (const offer of [METRO, VALLEY]) {
      const flags = checkOffer(offer, { benchmarks: [] });
      expect(cellAt("Red flags", offer.employer)).toHaveTextContent(
        String(flags.filter((f) => f.severity === "red").length),
      );
      expect(cellAt("Caution flags", offer.employer)).toHaveTextContent(
        String(flags.filter((f) => f.severity === "caution").length),
      );
    }
    // The seed's unpaid call and unknown terms raise cautions: the count is not a trivial 0.
    expect(cellAt("Caution flags", "Metro Behavioral").textContent).not.toMatch(/^0/);
  });

  it("places the threshold with the user's own wRVU benchmark rows", () => {
    const fm = offerFrom({
      id: "OF-FAMMED01",
      employer: "Lakeside FM",
      specialty: "FM",
      wrvuThreshold: 5500,
      expectedWrvus: 4800,
    });
    const rows: Benchmark[] = userRows(["Family Medicine", "wRVU", 4000, 5000, 6000, 7000]);
    const { rerender, props } = renderTab({ offers: [stored(fm)], benchmarks: rows });
    expectNotBest(cellAt("Threshold percentile", "Lakeside FM"), "63rd");
    expectNotBest(cellAt("wRVU gap", "Lakeside FM"), "700");
    rerender(<CompareTab {...props} benchmarks={[]} />);
    expectNotKnown(cellAt("Threshold percentile", "Lakeside FM"));
  });

  it("renders any saved offers with every cell either its figure or not known, and Best where the core says", () => {
    fc.assert(
      fc.property(offersArbitrary(3), (offers) => {
        const { unmount } = render(
          <CompareTab
            offers={offers.map(stored)}
            benchmarks={[]}
            profile={DEFAULTS}
            onWriteSheet={() => {}}
            writing={false}
            notice=""
            preview={false}
          />,
        );
        try {
          if (offers.length === 0) {
            expect(screen.queryByRole("region", { name: SIDE_BY_SIDE_LABEL })).not.toBeInTheDocument();
            return;
          }
          const figures = offers.map((o) => offerFigures(o, { benchmarks: [] }));
          const rows = within(sideBySide()).getAllByRole("row").slice(1);
          COMPARE_FIGURES.forEach((figure, r) => {
            const best = bestOffers(figures, figure.key);
            figures.forEach((m, c) => {
              const cell = rows[r].children[c + 1] as HTMLElement;
              const value = m[figure.key];
              const shown = value === null ? "—" : formatFigure(value, figure.unit);
              expect(cell.textContent).toBe(best.includes(m.id) ? `${shown}Best` : shown);
            });
          });
        } finally {
          unmount();
        }
      }),
      { numRuns: 15 },
    );
  });
});

describe("what the value figures mean, and the profile they are computed for", () => {
  it("says in one line each what take-home, price level and real value are and where they come from", () => {
    renderTab();
    const meaning = screen.getByRole("list", { name: "What the value figures mean" });
    const lines = within(meaning).getAllByRole("listitem");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toHaveTextContent(/^Take-home: .*under 2026 federal and state tax law\.$/);
    expect(lines[1]).toHaveTextContent(/^Price level: .*BEA's Regional Price Parities for 2023\.$/);
    expect(lines[2]).toHaveTextContent(
      /^Real value: take-home × 100 ÷ price level.*These are numbers, not tax advice\.$/,
    );
  });

  it("summarises the profile in use and says it is edited on the Profile sheet", () => {
    renderTab();
    const summary = screen.getByRole("region", { name: "Your profile" });
    const value = (term: string) => within(summary).getByText(term).nextSibling;
    expect(value("Filing status")).toHaveTextContent("Single");
    expect(value("Pre-tax savings")).toHaveTextContent("None");
    expect(value("Federal loans")).toHaveTextContent("None entered");
    expect(value("Discount rate")).toHaveTextContent("5% a year");
    expect(value("Projection")).toHaveTextContent("5 years");
    expect(
      within(summary).getByText(
        /the “Your value” column of the Profile sheet, which Leverage writes with the Compare sheet/,
      ),
    ).toBeInTheDocument();
    expect(within(summary).queryByRole("list")).not.toBeInTheDocument();
  });

  it("shows the loans when a balance is set, and each value the Profile sheet holds that cannot be used", () => {
    const problems = {
      discountRatePct: 'Discount rate %: "lots" is not a number; using the default, 5.',
      horizonYears: "Projection years: 45 is outside 1–30; using the default, 5.",
    };
    renderTab({
      profile: profileWith(
        {
          filingStatus: "married",
          pretaxSavings: 24500,
          loanBalance: 250000,
          loanRatePct: 6.5,
          qualifyingPayments: 36,
          repaymentPlan: "IBR",
        },
        problems,
      ),
    });
    const summary = screen.getByRole("region", { name: "Your profile" });
    const value = (term: string) => within(summary).getByText(term).nextSibling;
    expect(value("Filing status")).toHaveTextContent("Married filing jointly");
    expect(value("Pre-tax savings")).toHaveTextContent("$24,500 a year");
    expect(value("Federal loans")).toHaveTextContent("$250,000 at 6.5%, IBR, 36 qualifying payments made");
    expect(within(summary).getByText("2 values on the Profile sheet cannot be used")).toBeInTheDocument();
    expect(
      within(summary)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([problems.discountRatePct, problems.horizonYears]);
  });

  it("computes take-home with the profile's pre-tax savings", () => {
    const houston = offerFrom({
      id: "OF-HOUSTON2",
      employer: "Bayou Family Medicine",
      city: "Houston",
      state: "TX",
      baseSalary: 350000,
    });
    const { rerender, props } = renderTab({ offers: [stored(houston)] });
    // Default profile: taxable 350,000 − 16,100 = 333,900; income tax 58,448 + 35% × 77,675 = 85,634.25; payroll
    // 11,439 + 5,075 + 0.9% × 150,000 (1,350) = 17,864; take-home 350,000 − 85,634.25 − 17,864 = 246,501.75.
    expectNotBest(cellAt("Take-home year 1", "Bayou Family Medicine"), "$246,502");
    // $24,500 saved before tax: taxable 309,400; income tax 58,448 + 35% × 53,175 = 77,059.25; payroll is on all
    // wages (17,864); the saving is not take-home: 350,000 − 24,500 − 77,059.25 − 17,864 = 230,576.75.
    rerender(<CompareTab {...props} profile={profileWith({ pretaxSavings: 24500 })} />);
    expectNotBest(cellAt("Take-home year 1", "Bayou Family Medicine"), "$230,577");
  });
});

describe("the Compare tab with fewer than two offers", () => {
  it("asks for offers to be saved first when there are none, and keeps the sheet action off with the reason", async () => {
    const user = userEvent.setup();
    const { onWriteSheet } = renderTab({ offers: [] });
    expect(screen.getByText(/No offers saved yet\. Save your offers in Enter offer first/)).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    const button = screen.getByRole("button", { name: "Update the Compare sheet" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveAccessibleDescription("Save an offer first: there is nothing to compare yet.");
    await user.click(button);
    expect(onWriteSheet).not.toHaveBeenCalled();
  });

  it("shows a single offer and says comparing needs two, with no Best marks", () => {
    renderTab({ offers: [stored(VALLEY)] });
    expect(screen.getByText(/Comparing needs two offers/)).toBeInTheDocument();
    expect(
      within(sideBySide())
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Metric", "Valley Health"]);
    expectNotBest(cellAt("Total comp year 1 (nominal)", "Valley Health"), "$480,000");
    expect(within(sideBySide()).queryByText("Best")).not.toBeInTheDocument();
  });
});

describe("how the numbers are computed, and the cost to leave", () => {
  it("explains every metric in a disclosure", () => {
    renderTab();
    const details = screen.getByText("How these are computed").closest("details")!;
    for (const m of COMPARE_FIGURES) {
      expect(within(details).getByText(m.label, { selector: "dt" })).toBeInTheDocument();
      expect(
        within(details).getByText(new RegExp(m.explanation.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))),
      ).toBeInTheDocument();
    }
    const definition = (label: string) => within(details).getByText(label, { selector: "dt" }).nextSibling;
    expect(definition("Take-home year 1")).toHaveTextContent(
      /Higher is better; Best is judged by Real take-home year 1\.$/,
    );
    expect(definition("Cost to leave at 12 months")).toHaveTextContent(
      /Lower is better; Best is judged by Kept if you leave at 12 months \(real\)\.$/,
    );
    expect(definition("Price level (US = 100)")).toHaveTextContent(/shown for reference and never marked Best\.$/);
    expect(definition("Scarcity")).toHaveTextContent(/Higher is better\.$/);
  });

  it("breaks the co-resident offer's cost to leave into its parts at 12 and 24 months", () => {
    renderTab();
    expect(screen.getByRole("heading", { level: 3, name: "Cost to leave" })).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "Cost to leave Valley Health" });
    const row = (part: string) =>
      Array.from(within(table).getByRole("rowheader", { name: part }).closest("tr")!.querySelectorAll("td")).map(
        (td) => td.textContent,
      );
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Part", "At 12 months", "At 24 months"]);
    // Half of each payment is still owed at 12 months (forgiven monthly over 24), none at 24.
    expect(row("Sign-on owed back")).toEqual(["$20,000", "$0"]);
    expect(row("Relocation owed back")).toEqual(["$10,000", "$0"]);
    expect(row("Tail coverage, your share")).toEqual(["$22,500", "$22,500"]);
    expect(row("Non-compete (rough estimate)")).toEqual([dollars(24644), dollars(24644)]);
    expect(row("Total")).toEqual(["$77,144", "$47,144"]);
    const card = table.closest("li")!;
    expect(
      within(card).getByText(
        /all of an estimated \$22,500 policy, the midpoint of the range for lower-risk specialties/,
      ),
    ).toBeInTheDocument();
    const sources = within(card).getByRole("list", { name: "Sources for Valley Health" });
    expect(within(sources).getByText(/a D-grade heuristic and not a survey/)).toBeInTheDocument();
    expect(within(sources).getByRole("link", { name: /AttendingFinancial/ })).toHaveAttribute(
      "href",
      expect.stringMatching(/^https:\/\//),
    );
    expect(within(card).getByText(/^This is information, not legal advice\./)).toBeInTheDocument();
  });

  it("says in words which blank terms were read at their worst", () => {
    renderTab();
    const card = screen.getByRole("table", { name: "Cost to leave Metro Behavioral" }).closest("li")!;
    expect(
      within(card).getByText(/The malpractice policy is not known, so it is counted as claims-made/),
    ).toBeInTheDocument();
    expect(
      within(card).getByText(/Who pays the tail is not known, so it is counted as paid by you/),
    ).toBeInTheDocument();
    expect(
      within(card).getByText(/non-compete's radius or length is not known, so no cost is counted/),
    ).toBeInTheDocument();
  });

  it("says why the cost cannot be worked out when a sign-on has no forgiveness period", () => {
    const noPeriod = offerFrom({ id: "OF-NOPERIOD", employer: "Hilltop", baseSalary: 300000, signOnBonus: 25000 });
    renderTab({ offers: [stored(METRO), stored(noPeriod)] });
    expectNotKnown(cellAt("Cost to leave at 12 months", "Hilltop"));
    const card = screen.getByRole("heading", { level: 4, name: "Hilltop" }).closest("li")!;
    expect(
      within(card).getByText(/^Not worked out yet: the sign-on bonus has no “Sign-on forgiven over” period/),
    ).toBeInTheDocument();
    expect(within(card).queryByRole("table")).not.toBeInTheDocument();
  });
});

describe("the Compare sheet action", () => {
  it("says what it writes and calls onWriteSheet", async () => {
    const user = userEvent.setup();
    const { onWriteSheet } = renderTab();
    expect(screen.getByText(/live formulas over the Offers table.*a chart of real value by offer/)).toBeInTheDocument();
    expect(screen.getByText(/the Profile sheet, your settings, and the Projection sheet/)).toBeInTheDocument();
    expect(screen.getByText(/cells and columns you add yourself are left as they are/)).toBeInTheDocument();
    expect(screen.queryByText(/preview outside Excel/)).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Update the Compare sheet" }));
    expect(onWriteSheet).toHaveBeenCalledTimes(1);
  });

  it("is off with the reason while writing is blocked, and shows a spinner while it writes", async () => {
    const user = userEvent.setup();
    const blocked = "This workbook was saved by a newer version of Leverage, so it is read-only.";
    const { onWriteSheet, rerender, props } = renderTab({ writeBlocked: blocked });
    const button = screen.getByRole("button", { name: "Update the Compare sheet" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveAccessibleDescription(blocked);
    await user.click(button);
    expect(onWriteSheet).not.toHaveBeenCalled();

    rerender(<CompareTab {...props} writeBlocked={undefined} writing />);
    expect(screen.getByText("Writing the Compare sheet…")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Update the Compare sheet" }));
    expect(onWriteSheet).not.toHaveBeenCalled();
  });

  it("announces what the last write did in a polite status region, and shows the failure bar", () => {
    const { rerender, props } = renderTab();
    const status = screen.getByRole("status");
    expect(status.textContent).toBe("");
    rerender(
      <CompareTab
        {...props}
        notice="Compare sheet updated: 2 offers and the chart."
        failure={<p>Excel refused the write.</p>}
      />,
    );
    expect(screen.getByRole("status")).toHaveTextContent("Compare sheet updated: 2 offers and the chart.");
    expect(screen.getByText("Excel refused the write.")).toBeInTheDocument();
  });

  it("says in the preview that the sheet's rows show below instead", () => {
    renderTab({ preview: true });
    expect(
      screen.getByText(
        /preview outside Excel: no sheet is written\. The rows the Profile, Projection and Compare sheets would hold appear in the preview below/,
      ),
    ).toBeInTheDocument();
  });
});

describe("Compare figures", () => {
  it("read in each unit as the sheet shows them", () => {
    expect(formatFigure(480000, "dollars")).toBe("$480,000");
    expect(formatFigure(290000 / 2976, "dollars per hour")).toBe("$97.45");
    expect(formatFigure(4800, "wRVUs")).toBe("4,800");
    expect(formatFigure(62.5, "percentile")).toBe("63rd");
    expect(formatFigure(55, "score")).toBe("55 / 100");
    expect(formatFigure(2, "count")).toBe("2");
    expect(["1st", "2nd", "3rd", "11th", "12th", "13th", "21st", "50th", "100th"]).toEqual(
      [1, 2, 3, 11, 12, 13, 21, 50, 100].map(percentileText),
    );
  });

  it("show whole dollars that read back to the rounded amount", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e8, noNaN: true }), (value) => {
        const text = formatFigure(value, "dollars");
        expect(text).toMatch(/^\$\d{1,3}(,\d{3})*$/);
        expect(Number(text.replace(/[$,]/g, ""))).toBe(Math.round(value));
      }),
    );
  });
});
