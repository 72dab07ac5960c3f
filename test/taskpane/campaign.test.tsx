/** @jest-environment jsdom */
/**
 * The Campaign tab over the memory store, as a user meets it: a process refused with the field's message,
 * two processes added (the count of serious processes and the tier at the first employer change), this
 * week's list, and an edit that meets a newer row reported as the store says, with nothing typed lost.
 * One pane render for the journey.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { addDays, localToday } from "../../src/core/campaign";
import { MemoryStore } from "../../src/workbook/memory-store";
import { fill } from "./fill";
import { choose, openTab, renderPane } from "./render-pane";

function card(employer: string): HTMLElement {
  return screen.getByRole("heading", { level: 3, name: employer }).closest("li")!;
}

/** The tier shown on a process's card. */
function tierAt(employer: string): string {
  const terms = within(card(employer)).getAllByRole("term");
  const at = terms.findIndex((t) => t.textContent === "Tier here");
  return within(card(employer)).getAllByRole("definition")[at].textContent!;
}

it("adds processes, counts the serious ones, moves the tier, lists this week, and reports an edit conflict", async () => {
  const store = new MemoryStore();
  const { user } = await renderPane(store);
  await openTab(user, "Campaign");
  expect(screen.getByText(/Serious processes in parallel: 0/)).toBeInTheDocument();

  // A process without an employer is refused, with the schema's message under the field.
  await user.click(screen.getByRole("button", { name: "Add a process" }));
  await user.click(screen.getByRole("button", { name: "Add process" }));
  expect(screen.getByText("Employer is required.")).toBeInTheDocument();

  const today = localToday(new Date());
  const inTwoDays = addDays(today, 2);
  await fill(user, "Employer", "Alpha Health");
  await choose(user, "Stage", "Site visit");
  await fill(user, "Next step", "Send thank-you notes");
  await fill(user, "Next step date", inTwoDays);
  await user.click(screen.getByRole("button", { name: "Add process" }));
  await waitFor(() => expect(screen.getByText("Added Alpha Health in the Search table.")).toBeInTheDocument());
  expect(screen.getByText(/Serious processes in parallel: 1/)).toBeInTheDocument();
  // Alpha: no relationship, no trusted program, no other serious process: 0 points.
  expect(tierAt("Alpha Health")).toBe("Desperate filler");
  expect(within(screen.getByRole("list", { name: "This week" })).getByRole("listitem")).toHaveTextContent(
    `Alpha Health: Send thank-you notes, due on ${inTwoDays}, in 2 days.`,
  );

  // The candidate-level answer is saved in the Profile table.
  await user.click(screen.getByRole("checkbox", { name: "Trained at a program they trust" }));
  await user.click(screen.getByRole("button", { name: "Save to the Profile table" }));
  await waitFor(async () => expect((await store.load()).profileValues["Trained at a program they trust"]).toBe("Yes"));
  // 1 point (trusted program) of the 2 a safe bet needs.
  await waitFor(() => expect(tierAt("Alpha Health")).toBe("Desperate filler"));

  await user.click(screen.getByRole("button", { name: "Add a process" }));
  await fill(user, "Employer", "Beta Group");
  await choose(user, "Stage", "Second visit");
  await user.click(screen.getByRole("button", { name: "Add process" }));
  await waitFor(() => expect(screen.getByText(/Serious processes in parallel: 2/)).toBeInTheDocument());
  // At Alpha: trusted program 1 + one other serious process (Beta) 1 = 2 points: a safe bet.
  expect(tierAt("Alpha Health")).toBe("Safe bet");
  expect((await store.load()).processes!.map((p) => p.process.employer)).toEqual(["Alpha Health", "Beta Group"]);

  // Someone changes Alpha's row in the grid; the pane still has revision 1.
  const alpha = (await store.load()).processes![0];
  await store.saveProcess({ ...alpha.process, nextStep: "Call the chief" }, alpha.revision);
  await user.click(screen.getByRole("button", { name: "Edit Alpha Health" }));
  await fill(user, "Next step", "Ask for the contract");
  await user.click(screen.getByRole("button", { name: "Save changes" }));
  await waitFor(() => expect(screen.getByText("Not saved")).toBeInTheDocument());
  expect(
    screen.getByText(
      /The process with "Alpha Health" was changed in the Search table since you opened it \(revision 2, you had 1\)/,
    ),
  ).toBeInTheDocument();
  // Nothing typed is lost, and nothing was written over the newer row.
  expect(screen.getByLabelText("Next step")).toHaveValue("Ask for the contract");
  expect((await store.load()).processes![0].process.nextStep).toBe("Call the chief");
});
