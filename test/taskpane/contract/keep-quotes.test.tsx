/** @jest-environment jsdom */
/**
 * Keeping the contract's sentences with an offer, through the whole pane: a contract pasted on the Offers
 * tab fills entry; with the box ticked, saving writes the sentence of each value saved as the contract
 * states it (not of a value the user changed) to the Contract quotes table; the Mentor summary shows them;
 * deleting the offer deletes them. Unticked, nothing of the contract is written.
 */
import fs from "fs";
import path from "path";
import { screen, waitFor, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { MemoryStore } from "../../../src/workbook/memory-store";
import { fill, loaded, offerItem, openTab, renderPane } from "../render-pane";

const CONTRACT = fs.readFileSync(path.join(__dirname, "../../fixtures/contracts/hospital-employed.txt"), "utf8");

/** Pastes the corpus's hospital-employed contract and opens entry with what it says. */
async function fillFromContract(user: UserEvent): Promise<void> {
  await user.click(screen.getByRole("button", { name: "Open a contract" }));
  await loaded();
  await user.click(screen.getByLabelText("Or paste the contract's text"));
  await user.paste(CONTRACT);
  await user.click(screen.getByRole("button", { name: "Read the pasted text" }));
  await user.click(await screen.findByRole("button", { name: "Check and save as an offer" }, WAIT));
  await loaded();
  // The contract does not name the specialty in words entry takes: the user types it.
  await screen.findByRole("heading", { name: /^Step 1 of 7/ }, WAIT);
  await fill(user, "Specialty", "Internal Medicine");
}

/** The rows of a table the memory store holds, each as a record by header. */
function rowsOf(store: MemoryStore, sheet: "quotes" | "mentor"): Record<string, unknown>[] {
  const table = store.tables().derived[sheet];
  if (!table) return [];
  return table.rows.map((row) => Object.fromEntries(table.header.map((h, i) => [h, row[i]])));
}

// Each step reads, writes and re-reads the store, and the first paste loads the contract reader: on a loaded
// two-core machine that can pass Testing Library's default 1 s wait.
const WAIT = { timeout: 10_000 };

const KEEP = /keep the contract's sentence for each value saved as it reads/;

describe("keeping the contract's sentences", () => {
  it("keeps the sentence of each value saved as the contract states it, shows them to the mentor, and deletes them with the offer", async () => {
    const store = new MemoryStore();
    const { user } = await renderPane(store);
    await fillFromContract(user);
    const keep = screen.getByRole("checkbox", { name: KEEP });
    expect(keep).not.toBeChecked();
    await user.click(keep);
    // The contract says $30,000; the user negotiated $35,000: that value no longer comes from its sentence.
    await user.click(screen.getByRole("button", { name: "Quick entry" }));
    await fill(user, "Sign-on bonus", "35,000");
    await user.click(screen.getByRole("button", { name: "Save offer" }));

    // The hospital-employed contract fills 28 fields (its expected.json); the sign-on is not kept.
    expect(
      await screen.findByText(
        "Saved “Riverbend Regional Health System”. 27 sentences from the contract kept in the Contract quotes table.",
        {},
        WAIT,
      ),
    ).toBeInTheDocument();
    const quotes = rowsOf(store, "quotes");
    expect(quotes).toHaveLength(27);
    const id = store.tables().offers.rows[0][0] as string;
    const base = quotes.find((q) => q.Field === "Base salary")!;
    expect(base).toMatchObject({
      Key: `${id}/baseSalary`,
      "Offer ID": id,
      Employer: "Riverbend Regional Health System",
      "Value saved": "$290,000 per year",
      Confidence: "high",
      Contract: "pasted text",
    });
    expect(base["Contract says"]).toMatch(/Two Hundred Ninety Thousand Dollars \(\$290,000\.00\) per annum/);
    // Where the extraction places the sentence: its page and the heading above it ("3.1 Base Salary").
    expect(base.Where).toBe("page 2, Section 3.1");
    expect(quotes.some((q) => q.Field === "Sign-on bonus")).toBe(false);

    await openTab(user, "Share");
    await user.click(screen.getByRole("button", { name: "Prepare for review" }));
    await screen.findByText(/^Mentor summary ready/, {}, WAIT);
    const [summary] = rowsOf(store, "mentor");
    const fromContract = String(summary["From the contract"]);
    expect(fromContract).toMatch(/^Employer \(Riverbend Regional Health System\): “/);
    expect(fromContract).toContain("Base salary ($290,000 per year): “");
    expect(fromContract).not.toContain("Sign-on bonus");
    expect(fromContract.split("\n")).toHaveLength(27);

    await openTab(user, "Offers");
    await user.click(offerItem("Riverbend Regional Health System").querySelector("button[aria-label^='Delete']")!);
    await user.click(within(await screen.findByRole("dialog", {}, WAIT)).getByRole("button", { name: "Delete" }));
    expect(
      await screen.findByText(
        "Deleted “Riverbend Regional Health System”. Its sentences in the Contract quotes table were deleted too.",
        {},
        WAIT,
      ),
    ).toBeInTheDocument();
    // A table keeps one row: the first stays, emptied.
    expect(rowsOf(store, "quotes").filter((q) => q.Key !== "")).toEqual([]);
    expect((await store.load()).contractQuotes).toEqual({});
  });

  it("writes nothing of the contract when the box is left unticked", async () => {
    const store = new MemoryStore();
    const { user } = await renderPane(store);
    await fillFromContract(user);
    await user.click(screen.getByRole("button", { name: "Quick entry" }));
    await user.click(screen.getByRole("button", { name: "Save offer" }));
    expect(await screen.findByText("Saved “Riverbend Regional Health System”.", {}, WAIT)).toBeInTheDocument();
    await waitFor(() => expect(store.tables().offers.rows).toHaveLength(1));
    expect(store.tables().derived.quotes).toBeUndefined();
    expect(JSON.stringify(store.tables())).not.toContain("Two Hundred Ninety");
  });
});
