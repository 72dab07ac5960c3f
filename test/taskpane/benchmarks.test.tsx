/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { parseBenchmarks } from "../../src/core/benchmarks/parse";
import { MemoryStore } from "../../src/workbook/memory-store";
import { fill, openTab, renderPane } from "./render-pane";

const HEADER = ["Specialty", "Metric", "P25", "P50", "P75", "P90"];
const PASTE = [
  HEADER.join("\t"),
  "Family Medicine\twRVU\t3,695\t4,763\t5,887\t7,342",
  "Psychiatry\twRVU\t4000\tn/a\t6000\t7000",
  "FM\tCompPerWrvu\t$38.43\t$45.34\t$55.25\t$71.03",
].join("\n");

async function storeWithFamilyMedicineWrvu(): Promise<MemoryStore> {
  const store = new MemoryStore();
  await store.importBenchmarks(parseBenchmarks([HEADER, ["FM", "wRVU", 1, 2, 3, 4]]).rows);
  return store;
}

describe("the Benchmarks tab", () => {
  it("says licensed data is never shipped and imported rows stay in the workbook and come first", async () => {
    const { user } = await renderPane();
    await openTab(user, "Benchmarks");
    expect(screen.getByText(/Licensed survey data \(MGMA, SullivanCotter\) is never shipped/)).toBeInTheDocument();
    expect(screen.getByText(/stay in this workbook's Benchmarks table and take precedence/)).toBeInTheDocument();
  });

  it("checks pasted rows, lists accepted (marking replacements) and refused rows, then adds them", async () => {
    const store = await storeWithFamilyMedicineWrvu();
    const { user } = await renderPane(store);
    await openTab(user, "Benchmarks");
    expect(screen.getByText(/This workbook has 1 row\./)).toBeInTheDocument();

    await user.click(screen.getByLabelText("Paste benchmark rows"));
    await user.paste(PASTE);
    await user.click(screen.getByRole("button", { name: "Check rows" }));

    const accepted = screen.getByRole("list", { name: "Rows to add" });
    expect(
      within(accepted)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "Line 2: Family Medicine · wRVU: P25 3,695 · P50 4,763 · P75 5,887 · P90 7,342 (replaces the row already in the workbook)",
      "Line 4: Family Medicine · CompPerWrvu: P25 38.43 · P50 45.34 · P75 55.25 · P90 71.03",
    ]);
    const refused = screen.getByRole("list", { name: "Rows refused" });
    expect(
      within(refused)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(['Line 3: Psychiatry wRVU: P50 must be a number; got the text "n/a".']);
    expect(store.tables().benchmarks.rows).toHaveLength(1);

    await user.click(screen.getByRole("button", { name: "Add 2 rows to the workbook" }));
    expect(await screen.findByText("Added 1 row and replaced 1 row in the Benchmarks table.")).toBeInTheDocument();
    expect(store.tables().benchmarks.rows).toEqual([
      ["Family Medicine", "wRVU", "", 3695, 4763, 5887, 7342, "", ""],
      ["Family Medicine", "CompPerWrvu", "", 38.43, 45.34, 55.25, 71.03, "", ""],
    ]);
    expect(screen.getByText(/This workbook has 2 rows\./)).toBeInTheDocument();
    expect(screen.getByLabelText("Paste benchmark rows")).toHaveValue("");
    expect(screen.queryByRole("list", { name: "Rows to add" })).not.toBeInTheDocument();
  });

  it("drops a check once the pasted text changes, so stale rows are never written", async () => {
    const { user } = await renderPane();
    await openTab(user, "Benchmarks");
    await user.click(screen.getByLabelText("Paste benchmark rows"));
    await user.paste(PASTE);
    await user.click(screen.getByRole("button", { name: "Check rows" }));
    expect(screen.getByRole("button", { name: "Add 2 rows to the workbook" })).toBeInTheDocument();
    await user.type(screen.getByLabelText("Paste benchmark rows"), "x");
    expect(screen.queryByRole("button", { name: /^Add/ })).not.toBeInTheDocument();
  });

  it("says what is wrong when nothing can be read, and notes an assumed header", async () => {
    const { user } = await renderPane();
    await openTab(user, "Benchmarks");
    await user.click(screen.getByRole("button", { name: "Check rows" }));
    expect(screen.getByText(/^Nothing to import/)).toBeInTheDocument();
    await user.click(screen.getByLabelText("Paste benchmark rows"));
    await user.paste("FM\twRVU\t3695\t4763\t5887\t7342");
    await user.click(screen.getByRole("button", { name: "Check rows" }));
    expect(
      screen.getByText(/No header row found, so the columns were read as Specialty, Metric, P25, P50, P75, P90\./),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Add 1 row to the workbook" })).toBeInTheDocument();
  });

  it("shows the Benchmarks table's problems", async () => {
    const store = new MemoryStore();
    const load = store.load.bind(store);
    store.load = async () => ({
      ...(await load()),
      benchmarkProblems: ["benchmarks row 3 (Psychiatry wRVU): P50 must be a number."],
    });
    const { user } = await renderPane(store);
    await openTab(user, "Benchmarks");
    expect(screen.getByText("The Benchmarks table has problems")).toBeInTheDocument();
    expect(screen.getByText("benchmarks row 3 (Psychiatry wRVU): P50 must be a number.")).toBeInTheDocument();
  });

  it("uses imported rows in the flags: a user's StartingSalary row beats the shipped one", async () => {
    const store = new MemoryStore();
    const { user } = await renderPane(store);
    await openTab(user, "Benchmarks");
    await user.click(screen.getByLabelText("Paste benchmark rows"));
    await user.paste([HEADER.join("\t"), "Psychiatry\tStartingSalary\t300000\t350000\t400000\t450000"].join("\n"));
    await user.click(screen.getByRole("button", { name: "Check rows" }));
    await user.click(screen.getByRole("button", { name: "Add 1 row to the workbook" }));
    await screen.findByText(/^Added 1 row/);
    await openTab(user, "Enter offer");
    await fill(user, "Employer", "Riverside");
    await fill(user, "Specialty", "Psychiatry");
    await user.click(screen.getByRole("button", { name: "Next" }));
    await fill(user, "Base salary", "290000");
    const flags = screen.getByRole("region", { name: "Flags" });
    await waitFor(() =>
      expect(within(flags).getByRole("heading", { name: /^Base salary \$290,000 is/ })).toHaveTextContent(/\$350,000/),
    );
  });
});
