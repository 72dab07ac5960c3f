/** @jest-environment jsdom */
/**
 * The Leverage tab as a user meets it: ticking signals moves the tier, the formula in the result gives the
 * same tier in the grid, the actions that would move the candidate up, and the timing plan by months.
 * The tab is rendered inside a small stateful wrapper, as the pane holds its state; the count of parallel
 * processes is the wrapper's (the pane counts it from the Search table), set by its buttons.
 */
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import fc from "fast-check";
import { useState } from "react";
import { type LeverageAnswers, NO_ANSWERS, leverageTier, movesUp } from "../../src/core/leverage";
import { LeverageTab } from "../../src/taskpane/leverage/LeverageTab";
import { tierFormulaText } from "../../src/taskpane/leverage/tier-formula";
import { fill } from "./fill";
import { openTab, renderPane } from "./render-pane";
import { MemoryStore } from "../../src/workbook/memory-store";
import type { SearchProcess } from "../../src/core/campaign";
import { evaluateFormula } from "../harness/functions/excel-formula";
import { answersArbitrary } from "../core/leverage/answers";

// Every tick re-renders the tab; on a loaded two-core machine a test with many steps can pass 5 s.
jest.setTimeout(30_000);

const ROTATED = "Have you rotated, moonlighted or worked there?";
const CHAMPION = "Will a respected attending or your program director call them for you, unprompted?";
const TRUSTED = "Did you train at a program they know and trust?";
const COUNT_NOTE = "Counted from the Search table (Campaign tab).";
const RVUS = "Do you understand RVUs and payer mix well enough to discuss the numbers?";
const MONTHS = "Months until you finish training";

/** The tab with its state held above it, as the pane's hook holds it; a button unmounts it as switching tabs does. */
function Harness({
  initial = NO_ANSWERS,
  onAnswers,
}: {
  initial?: LeverageAnswers;
  onAnswers?: (a: LeverageAnswers) => void;
}) {
  const [answers, setAnswers] = useState<LeverageAnswers>(initial);
  const [counted, setCounted] = useState(initial.parallelProcesses);
  const [months, setMonths] = useState("");
  const [shown, setShown] = useState(true);
  return (
    <>
      <button onClick={() => setShown(!shown)}>Switch tab</button>
      {[0, 1, 2, 3].map((n) => (
        <button key={n} onClick={() => setCounted(n)}>
          Search table counts {n}
        </button>
      ))}
      {shown && (
        <LeverageTab
          answers={{ ...answers, parallelProcesses: counted }}
          countNote={COUNT_NOTE}
          monthsUntilGraduation={months}
          onAnswersChange={(next) => {
            onAnswers?.(next);
            setAnswers(next);
          }}
          onMonthsChange={setMonths}
        />
      )}
    </>
  );
}

function renderTab(props: Parameters<typeof Harness>[0] = {}): UserEvent {
  const user = userEvent.setup();
  render(<Harness {...props} />);
  return user;
}

/** What the Search table would count: the pane's count changes, as after adding a process in the Campaign tab. */
async function searchCounts(user: UserEvent, n: number): Promise<void> {
  await user.click(screen.getByRole("button", { name: `Search table counts ${n}` }));
}

/** The result region, named by its tier heading. */
function result(): HTMLElement {
  return screen.getByRole("region", { name: /^Tier: / });
}

function tierShown(): string {
  return within(result())
    .getByRole("heading", { level: 3 })
    .textContent!.replace(/^Tier: /, "");
}

function formulaShown(): string {
  return result().querySelector("code")!.textContent!;
}

function movesList(): HTMLElement {
  const section = screen.getByRole("region", { name: "What would move you up" });
  return within(section).getByRole("list");
}

describe("the tier", () => {
  it("moves from desperate filler to safe bet to known quantity as signals are ticked", async () => {
    const user = renderTab();
    expect(screen.getByRole("heading", { level: 2, name: "Your leverage" })).toBeInTheDocument();
    expect(result()).toHaveAttribute("aria-live", "polite");
    expect(tierShown()).toBe("Desperate filler");
    expect(result()).toHaveTextContent("no relationship with them, no other serious process");

    await user.click(screen.getByRole("checkbox", { name: TRUSTED }));
    expect(tierShown()).toBe("Desperate filler");
    await user.click(screen.getByRole("checkbox", { name: RVUS }));
    expect(tierShown()).toBe("Safe bet");
    expect(result()).toHaveTextContent(
      "Safe bet (2 points): you trained at a program they trust and you understand RVUs and payer mix",
    );

    await user.click(screen.getByRole("checkbox", { name: ROTATED }));
    expect(tierShown()).toBe("Known quantity");
    expect(result()).toHaveTextContent("Known quantity (8 points): they have seen you work.");
    // One reason per signal, with its points.
    const reasons = within(result()).getByRole("list", { name: "Why" });
    expect(within(reasons).getAllByRole("listitem")).toHaveLength(6);
    expect(reasons).toHaveTextContent(
      "You have rotated, moonlighted or worked there, so they have seen your work (+6).",
    );
  });

  it("gives each signal's hint as the checkbox's description", () => {
    renderTab();
    expect(screen.getByRole("checkbox", { name: CHAMPION })).toHaveAccessibleDescription(
      "A call from a physician they trust carries more weight than any letter or CV.",
    );
  });

  it("can be answered with the keyboard alone", async () => {
    const user = renderTab();
    screen.getByRole("checkbox", { name: CHAMPION }).focus();
    await user.keyboard(" ");
    expect(tierShown()).toBe("Known quantity");
  });

  it("keeps the answers when the tab is left and opened again", async () => {
    const user = renderTab();
    await user.click(screen.getByRole("checkbox", { name: ROTATED }));
    await searchCounts(user, 3);
    await user.click(screen.getByRole("button", { name: "Switch tab" }));
    expect(screen.queryByRole("heading", { name: "Your leverage" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Switch tab" }));
    expect(screen.getByRole("checkbox", { name: ROTATED })).toBeChecked();
    expect(screen.getByText(/How many other serious processes/)).toHaveTextContent(/3$/);
    expect(tierShown()).toBe("Known quantity");
  });
});

describe("the OFFER.TIER formula", () => {
  it("states the answers and gives the tier shown, through the custom function", async () => {
    const user = renderTab();
    expect(formulaShown()).toBe("=OFFER.TIER(FALSE, FALSE, FALSE, 0, FALSE, FALSE)");
    expect(evaluateFormula(formulaShown())).toBe(tierShown());

    await searchCounts(user, 2);
    expect(formulaShown()).toBe("=OFFER.TIER(FALSE, FALSE, FALSE, 2, FALSE, FALSE)");
    expect(tierShown()).toBe("Safe bet");
    expect(evaluateFormula(formulaShown())).toBe("Safe bet");

    await user.click(screen.getByRole("checkbox", { name: CHAMPION }));
    expect(formulaShown()).toBe("=OFFER.TIER(FALSE, TRUE, FALSE, 2, FALSE, FALSE)");
    expect(evaluateFormula(formulaShown())).toBe("Known quantity");
    expect(tierShown()).toBe("Known quantity");
  });

  it("is copied by the Copy button", async () => {
    const user = renderTab({ initial: { ...NO_ANSWERS, trustedProgram: true, parallelProcesses: 1 } });
    const copy = within(result()).getByRole("button", { name: "Copy" });
    expect(copy).toHaveAccessibleDescription(formulaShown());
    await user.click(copy);
    expect(await navigator.clipboard.readText()).toBe("=OFFER.TIER(FALSE, FALSE, TRUE, 1, FALSE, FALSE)");
  });

  it("gives the pane's tier for any answers", () => {
    fc.assert(
      fc.property(answersArbitrary, (a) => {
        expect(evaluateFormula(tierFormulaText(a))).toBe(leverageTier(a).label);
      }),
    );
  });
});

describe("the count of parallel processes", () => {
  it("is counted, not typed: shown with where it comes from, and followed by the tier", async () => {
    const user = renderTab();
    // The only text box is the months of the timing plan: no count to type.
    expect(screen.getAllByRole("textbox")).toEqual([screen.getByLabelText(MONTHS)]);
    const line = screen.getByText(/How many other serious processes/);
    expect(line).toHaveTextContent(/0$/);
    expect(screen.getByText(new RegExp(COUNT_NOTE.replace(/[().]/g, "\\$&")))).toBeInTheDocument();
    expect(tierShown()).toBe("Desperate filler");
    // 2 processes × 1 point = 2 points: a safe bet (SAFE_BET_POINTS is 2).
    await searchCounts(user, 2);
    expect(line).toHaveTextContent(/2$/);
    expect(tierShown()).toBe("Safe bet");
    expect(formulaShown()).toContain(", 2, ");
  });
});

describe("what would move you up", () => {
  it("lists the core's two or three actions, each with its why, and follows the answers", async () => {
    const user = renderTab();
    const first = within(movesList()).getAllByRole("listitem");
    expect(first).toHaveLength(3);
    movesUp(NO_ANSWERS).forEach((a, i) => {
      expect(first[i]).toHaveTextContent(a.action);
      expect(first[i]).toHaveTextContent(`Why: ${a.why}`);
    });

    for (const name of [
      TRUSTED,
      RVUS,
      "Are you flexible on something scarce for them (nights, call, a rural or outreach site, start date, procedures)?",
    ]) {
      await user.click(screen.getByRole("checkbox", { name }));
    }
    await searchCounts(user, 2);
    // A safe bet with every other signal done: only the two relationships are left.
    const safe = within(movesList()).getAllByRole("listitem");
    expect(safe).toHaveLength(2);
    expect(safe[0]).toHaveTextContent(/program director or a respected attending to call the section chief/);

    await user.click(screen.getByRole("checkbox", { name: ROTATED }));
    const known = within(movesList()).getAllByRole("listitem");
    expect(known.length).toBeGreaterThanOrEqual(2);
    expect(known.length).toBeLessThanOrEqual(3);
    expect(screen.getByText(/already in the top tier/)).toBeInTheDocument();
    expect(known.at(-1)).toHaveTextContent("This is information, not legal advice.");
  });
});

describe("the timing plan", () => {
  function steps(): HTMLElement[] {
    return within(screen.getByRole("list", { name: "Steps of the plan" }))
      .getAllByRole("listitem")
      .filter((li) => li.parentElement?.getAttribute("aria-label") === "Steps of the plan");
  }

  it("shows the plan without a status until the months are entered", () => {
    renderTab();
    expect(steps()).toHaveLength(5);
    expect(steps()[0]).toHaveTextContent("Gather intelligence");
    expect(steps()[0]).toHaveTextContent("18–12 months before");
    expect(steps()[4]).toHaveTextContent("Last 3 months");
    expect(screen.queryByText("Now")).not.toBeInTheDocument();
    expect(screen.getByText("Enter the months to see which step you are in.")).toBeInTheDocument();
  });

  it("at 7 months marks step 3 as now, with what to do first from the missed steps", async () => {
    const user = renderTab();
    await fill(user, MONTHS, "7");
    expect(steps().map((li) => li.firstElementChild!.textContent)).toEqual([
      "Passed",
      "Passed",
      "Now",
      "Next",
      "Later",
    ]);
    const now = steps()[2];
    expect(now).toHaveAttribute("aria-current", "step");
    expect(within(now).getByRole("heading", { level: 4 })).toHaveTextContent(
      "Start conversations and run parallel processes",
    );
    expect(now).toHaveTextContent("9–6 months before");
    expect(now).toHaveTextContent(
      '"Gather intelligence" and "Meet the people who decide" are compressed into this step',
    );
    const doFirst = within(now).getByRole("list", { name: "Do first" });
    expect(within(doFirst).getAllByRole("listitem")).toHaveLength(2);
    expect(
      screen.getByText("With 7 months to go you are in step 3 of 5: Start conversations and run parallel processes."),
    ).toHaveAttribute("aria-live", "polite");
  });

  it("refuses months outside 0–60 with the core's message, keeping the text", async () => {
    const user = renderTab();
    const input = screen.getByLabelText(MONTHS);
    await fill(user, MONTHS, "61");
    expect(input).toHaveValue("61");
    expect(input).toHaveAccessibleDescription(
      expect.stringContaining("Months until you finish training must be between 0 and 60; got 61."),
    );
    expect(screen.queryByText("Now")).not.toBeInTheDocument();

    await fill(user, MONTHS, "soon");
    expect(input).toHaveValue("soon");
    expect(
      screen.getByText("Months until you finish training must be a number of months, from 0 to 60."),
    ).toBeInTheDocument();

    await fill(user, MONTHS, "30");
    expect(screen.queryByText(/Months until you finish training must/)).not.toBeInTheDocument();
    expect(steps()[0].firstElementChild).toHaveTextContent("Next");
    expect(steps()[0]).toHaveTextContent(/more time than the plan needs/);
    expect(screen.getByText(/has not started yet/)).toBeInTheDocument();
  });
});

describe("over the workbook", () => {
  it("reads the count from the Search table and saves the answers about you in the Profile table", async () => {
    const store = new MemoryStore();
    const process = (id: string, employer: string, stage: SearchProcess["stage"]): SearchProcess => ({
      id,
      employer,
      stage,
      voucher: null,
      voucherKnowsYou: null,
      championWillCall: false,
      connection: null,
      theyReachedOut: false,
      lastContact: null,
      nextStep: null,
      nextStepDate: null,
      offerId: null,
    });
    await store.saveProcess(process("PR-AAAA2222", "Alpha Health", "site visit"));
    await store.saveProcess(process("PR-BBBB3333", "Beta Group", "offer"));

    const { user } = await renderPane(store);
    await openTab(user, "Leverage");
    // Two employers at or past a site visit: 2 points, a safe bet, with nothing typed.
    expect(screen.getByText(/How many other serious processes/)).toHaveTextContent(/2$/);
    expect(tierShown()).toBe("Safe bet");
    await user.click(screen.getByRole("checkbox", { name: TRUSTED }));
    await waitFor(async () =>
      expect((await store.load()).profileValues["Trained at a program they trust"]).toBe("Yes"),
    );

    // A new pane over the same workbook (a reload in Excel): the answer is read back, and at Alpha the
    // count is of the others only: trusted 1 + Beta 1 = 2, still a safe bet.
    cleanup();
    const again = await renderPane(store);
    await openTab(again.user, "Leverage");
    expect(screen.getByRole("checkbox", { name: TRUSTED })).toBeChecked();
    await again.user.selectOptions(screen.getByLabelText("Employer"), "Alpha Health");
    expect(screen.getByText(/How many other serious processes/)).toHaveTextContent(/1$/);
    expect(tierShown()).toBe("Safe bet");
    expect(screen.getByRole("checkbox", { name: ROTATED })).toBeDisabled();
  });
});
