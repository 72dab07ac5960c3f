/** @jest-environment jsdom */
/**
 * Quick entry, the flag counts in sight while typing, and a draft filled from a contract: entry over its own
 * state (useOfferEntry) with the contract's provider, without the whole pane. Save here does what the
 * pane's save does first (validate), so "saved" means "the offer the pane would write".
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { FieldKey } from "../../src/core/offer/fields";
import { fieldSpec } from "../../src/core/offer/fields";
import { QUICK_FIELD_KEYS } from "../../src/core/offer/quick-fields";
import type { Offer } from "../../src/core/offer/schema";
import { type ContractPrefill, ContractPrefillProvider, useContractPrefill } from "../../src/taskpane/contract/prefill";
import { OfferEntry } from "../../src/taskpane/entry/OfferEntry";
import { useOfferEntry } from "../../src/taskpane/entry/use-offer-entry";
import { fill } from "./fill";

// Each change re-checks the offer's flags; on a loaded two-core machine that passes Jest's default 5 s.
jest.setTimeout(30_000);

const LONG_QUOTE =
  "The Physician shall be paid an annual base salary of Two Hundred Ninety Thousand Dollars ($290,000.00) per annum, payable in equal installments.";

const PREFILL: ContractPrefill = {
  source: "contract.pdf",
  values: {
    employer: "Mercy Health",
    specialty: "Psychiatry",
    state: "TX",
    baseSalary: "290,000",
    // Also stated two ways below: entry must leave it blank, not take this one.
    signOnBonus: "20,000",
    nonCompeteMiles: "25",
  },
  sources: {
    employer: {
      quote: "This Agreement is between Mercy Health and the Physician.",
      confidence: "high",
      where: { page: 1 },
    },
    specialty: { quote: "Physician shall practise psychiatry.", confidence: "medium", where: { page: 1 } },
    baseSalary: { quote: LONG_QUOTE, confidence: "high", where: { page: 2, section: "Section 4.2" } },
    nonCompeteMiles: { quote: "within a reasonable distance, such as 25 miles", confidence: "low", where: { page: 9 } },
  },
  conflicts: [
    {
      field: "signOnBonus",
      values: [20_000, 25_000],
      quotes: ["a signing bonus of $20,000", "Exhibit B: signing bonus $25,000"],
    },
  ],
  clauses: [],
};

/** Entry as the pane holds it, a way to hand it a contract, and whether a contract is still waiting. */
function Harness({ onSaved }: { onSaved: (offer: Offer) => void }) {
  const entry = useOfferEntry();
  const { prefill, setPrefill } = useContractPrefill();
  return (
    <>
      <button onClick={() => setPrefill(PREFILL)}>Open contract</button>
      <p>{prefill ? "Contract waiting" : "No contract"}</p>
      <OfferEntry
        entry={entry}
        onFieldChange={entry.setField}
        benchmarks={[]}
        saving={false}
        onSave={() => {
          const offer = entry.validate();
          if (offer) {
            onSaved(offer);
            entry.startNew({ focus: false });
          }
        }}
      />
    </>
  );
}

function setUp() {
  const saved: Offer[] = [];
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <ContractPrefillProvider>
        <Harness onSaved={(offer) => saved.push(offer)} />
      </ContractPrefillProvider>
    </FluentProvider>,
  );
  return { user, saved };
}

const label = (key: FieldKey) => fieldSpec(key).label;

/** The wrapper of a field (the field and its source), which carries the confidence highlight. */
const fieldBox = (key: FieldKey) => screen.getByLabelText(label(key)).closest("[data-confidence]");

describe("quick entry", () => {
  it("is how a new offer opens: the ten things on one screen, the flag counts that jump to a flag, the rest unknown", async () => {
    const { user, saved } = setUp();
    // No click: a new offer opens here.
    expect(screen.getByRole("button", { name: "Quick entry" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("button", { name: "All details" })).toHaveAttribute("aria-pressed", "false");
    expect(screen.getByRole("heading", { name: /^Quick entry · the 10 things/ })).toBeInTheDocument();
    for (const key of QUICK_FIELD_KEYS) expect(screen.getByLabelText(label(key))).toBeInTheDocument();
    expect(screen.queryByLabelText("City")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Next" })).not.toBeInTheDocument();

    await fill(user, "Employer", "Lakeside Clinic");
    await fill(user, "Specialty", "Psych");
    await fill(user, "State", "Texas");
    await fill(user, label("baseSalary"), "$420K");
    await fill(user, label("nonCompeteMiles"), "50");
    await fill(user, label("nonCompeteMonths"), "24");

    // 50 miles for 24 months is a caution; the fields left blank are worth knowing (the unknown terms).
    const counts = screen.getByRole("group", { name: "Flags so far" });
    const caution = await within(counts).findByRole("button", { name: /^\d+ cautions?: show the first$/ });
    expect(within(counts).getByRole("button", { name: /worth knowing: show the first$/ })).toBeInTheDocument();
    await user.click(caution);
    const flags = screen.getByRole("region", { name: "Flags" });
    expect(flags).toContainElement(document.activeElement as HTMLElement);
    expect(document.activeElement).toHaveTextContent(/Non-compete of 50 miles/);
    expect(within(flags).getByText(/not known yet/)).toBeInTheDocument();

    // All details is one click away and shows the same draft, from its first step; and back.
    await user.click(screen.getByRole("button", { name: "All details" }));
    expect(screen.getByRole("heading", { name: /^Step 1 of 7 · Basics/ })).toHaveFocus();
    expect(screen.getByLabelText("Employer")).toHaveValue("Lakeside Clinic");
    expect(screen.getByLabelText("City")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Quick entry" }));
    expect(screen.getByRole("heading", { name: /^Quick entry · the 10 things/ })).toHaveFocus();

    await user.click(screen.getByRole("button", { name: "Save offer" }));
    expect(saved).toHaveLength(1);
    // "$420K" is 420 × 1,000; "Texas" is TX; what quick entry did not ask stays unknown.
    expect(saved[0]).toMatchObject({
      employer: "Lakeside Clinic",
      specialty: "Psychiatry",
      state: "TX",
      baseSalary: 420_000,
      nonCompeteMiles: 50,
      nonCompeteMonths: 24,
      city: null,
      signOnBonus: null,
      ptoDays: null,
    });
  });
});

describe("a draft filled from a contract", () => {
  it("shows each value's quote and confidence, highlights the unsure, leaves conflicts blank, and saves only on Save", async () => {
    const { user, saved } = setUp();
    await user.click(screen.getByRole("button", { name: "Open contract" }));
    expect(await screen.findByText("Filled from contract.pdf: check each field, then save.")).toBeInTheDocument();
    expect(screen.getByLabelText("Employer")).toHaveValue("Mercy Health");

    // Quick entry shows every field the contract filled here on one screen.
    await user.click(screen.getByRole("button", { name: "Quick entry" }));
    expect(fieldBox("employer")).toHaveTextContent("From the contract (page 1) · High confidence");
    expect(fieldBox("employer")).toHaveAttribute("data-confidence", "high");
    expect(fieldBox("specialty")).toHaveAttribute("data-confidence", "medium");
    expect(fieldBox("specialty")).toHaveTextContent("Medium confidence: check it");
    expect(fieldBox("nonCompeteMiles")).toHaveAttribute("data-confidence", "low");
    expect(fieldBox("nonCompeteMiles")).toHaveTextContent("Low confidence: check it against the contract");

    // A long quote shows its start, and the whole sentence on request.
    const salary = fieldBox("baseSalary") as HTMLElement;
    expect(salary).toHaveTextContent("(page 2, Section 4.2)");
    expect(salary).not.toHaveTextContent("payable in equal installments");
    await user.click(within(salary).getByRole("button", { name: "Show the whole sentence" }));
    expect(salary).toHaveTextContent("payable in equal installments");

    // Stated two ways: blank, with both readings and their words.
    expect(screen.getByLabelText(label("signOnBonus"))).toHaveValue("");
    const bonus = fieldBox("signOnBonus") as HTMLElement;
    expect(bonus).toHaveTextContent("The contract states this more than one way");
    expect(bonus).toHaveTextContent("20,000: a signing bonus of $20,000");
    expect(bonus).toHaveTextContent("25,000: Exhibit B: signing bonus $25,000");

    expect(saved).toHaveLength(0);
    expect(screen.getByText("Contract waiting")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Save offer" }));
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ employer: "Mercy Health", baseSalary: 290_000, state: "TX", signOnBonus: null });
    await waitFor(() => expect(screen.getByText("No contract")).toBeInTheDocument());
    expect(screen.queryByText(/Filled from contract\.pdf/)).not.toBeInTheDocument();
    expect(screen.getByLabelText("Employer")).toHaveValue("");
  });
});
