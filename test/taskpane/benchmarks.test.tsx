/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { parseBenchmarks } from "../../src/core/benchmarks/parse";
import { BENCHMARK_PASTE_MAX_CHARS, pasteTooLargeMessage } from "../../src/core/input-limits";
import { BenchmarksTab } from "../../src/taskpane/benchmarks/BenchmarksTab";
import { MemoryStore } from "../../src/workbook/memory-store";
import { fillField } from "./fill";
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
    await fill(user, "Base salary", "290000");
    const flags = screen.getByRole("region", { name: "Flags" });
    await waitFor(() =>
      expect(within(flags).getByRole("heading", { name: /^Base salary \$290,000 is/ })).toHaveTextContent(/\$350,000/),
    );
  });
});

/** `n` valid rows under a header, each a specialty of the user's own naming, tab-separated as Excel copies. */
function validPaste(n: number): string {
  const rows = Array.from({ length: n }, (_, i) => `Specialty ${i}\twRVU\t3,695\t4,763\t5,887\t7,342`);
  return [HEADER.join("\t"), ...rows].join("\n");
}

const box = () => screen.getByLabelText("Paste benchmark rows");
const listItems = (name: string) => within(screen.getByRole("list", { name })).getAllByRole("listitem");

describe("a paste too large, or long", () => {
  it("says how large the paste is and the limit as soon as it is pasted, keeps the text, and reads none of it", async () => {
    const { user } = await renderPane();
    await openTab(user, "Benchmarks");
    const text = `${validPaste(10)}\n${"x".repeat(BENCHMARK_PASTE_MAX_CHARS)}`;
    await fillField(user, box(), text);
    expect(screen.getByText(pasteTooLargeMessage(text.length))).toHaveTextContent(
      /^This paste is 1,000,\d{3} characters; the Benchmarks import takes at most 1 MB \(1,000,000 characters, about 20,000 rows\)\. Paste fewer rows at a time\.$/,
    );
    const check = screen.getByRole("button", { name: "Check rows" });
    expect(check).toHaveAttribute("aria-disabled", "true");
    await user.click(check);
    expect(screen.queryByRole("list", { name: "Rows to add" })).not.toBeInTheDocument();
    expect(screen.queryByText(/^Checking…/)).not.toBeInTheDocument();
    // Nothing is lost: the text is still in the box, and taking a line off makes it readable again.
    expect(box()).toHaveValue(text);
    await fillField(user, box(), validPaste(10));
    expect(screen.queryByText(/^This paste is/)).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Check rows" }));
    expect(listItems("Rows to add")).toHaveLength(10);
  });

  it("lists a large paste's rows 50 at a time, with a button for the next 50", async () => {
    const { user } = await renderPane();
    await openTab(user, "Benchmarks");
    await fillField(user, box(), `${validPaste(120)}\nPsychiatry\twRVU\t4000\tn/a\t6000\t7000`);
    await user.click(screen.getByRole("button", { name: "Check rows" }));
    const rows = await screen.findByRole("list", { name: "Rows to add" });
    expect(within(rows).getAllByRole("listitem")).toHaveLength(50);
    expect(within(rows).getAllByRole("listitem")[49]).toHaveTextContent(/^Line 51: Specialty 49 · wRVU/);
    expect(screen.getByText("Showing 50 of 120.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Add 120 rows to the workbook" })).toBeInTheDocument();
    expect(listItems("Rows refused")).toHaveLength(1);

    await user.click(screen.getByRole("button", { name: "Show 50 more rows to add" }));
    expect(listItems("Rows to add")).toHaveLength(100);
    await user.click(screen.getByRole("button", { name: "Show 20 more rows to add" }));
    expect(listItems("Rows to add")).toHaveLength(120);
    expect(screen.queryByRole("button", { name: /^Show \d+ more rows to add/ })).not.toBeInTheDocument();
  });
});

describe("a long paste, checked a slice at a time", () => {
  // Timers are faked so each slice runs when the test says; the clock a slice reads stays real.
  beforeEach(() => jest.useFakeTimers({ doNotFake: ["performance"] }));
  afterEach(() => jest.useRealTimers());

  async function renderTab() {
    const snapshot = await new MemoryStore().load();
    render(<BenchmarksTab snapshot={snapshot} importing={false} onImport={() => {}} />);
  }

  /** "Checking… (1,234 of 20,000 rows)" → [1234, 20000]; undefined when no check runs. */
  function progress(): [number, number] | undefined {
    const shown = screen.queryByText(/^Checking… \(/);
    if (!shown) return undefined;
    const [, done, total] = /^Checking… \(([\d,]+) of ([\d,]+) rows\)$/.exec(shown.textContent!)!;
    return [Number(done.replace(/,/g, "")), Number(total.replace(/,/g, ""))];
  }

  const nextSlice = () => act(() => jest.advanceTimersToNextTimer());

  it("shows Checking… (n of m rows) between slices, with the box still editable, then the first page", async () => {
    await renderTab();
    fireEvent.change(box(), { target: { value: validPaste(20_000 - 1) } });
    fireEvent.click(screen.getByRole("button", { name: "Check rows" }));
    // The first slice has run: some rows are read, not all.
    const seen = [progress()!];
    expect(seen[0][1]).toBe(20_000);
    expect(seen[0][0]).toBeGreaterThan(0);
    expect(seen[0][0]).toBeLessThan(20_000);
    expect(screen.getByRole("status")).toHaveTextContent(/^Checking…/);
    expect(box()).not.toBeDisabled();
    for (let slices = 0; progress() && slices < 20_000; slices++) {
      await nextSlice();
      const now = progress();
      if (now) seen.push(now);
    }
    expect(seen.length).toBeGreaterThan(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i][0]).toBeGreaterThan(seen[i - 1][0]);
    expect(listItems("Rows to add")).toHaveLength(50);
    expect(screen.getByText("Rows to add: 19,999")).toBeInTheDocument();
    expect(screen.getByText("Showing 50 of 19,999.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Add 19,999 rows to the workbook" })).toBeInTheDocument();
  });

  it("stops when the text changes or on Stop checking, and never shows the stale outcome", async () => {
    await renderTab();
    fireEvent.change(box(), { target: { value: validPaste(10_000) } });
    fireEvent.click(screen.getByRole("button", { name: "Check rows" }));
    expect(progress()).toBeDefined();
    fireEvent.change(box(), { target: { value: `${validPaste(10_000)}\n` } });
    expect(progress()).toBeUndefined();
    await act(() => jest.runAllTimers());
    expect(screen.queryByRole("list", { name: "Rows to add" })).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "Check rows" }));
    expect(progress()).toBeDefined();
    fireEvent.click(screen.getByRole("button", { name: "Stop checking" }));
    expect(progress()).toBeUndefined();
    await act(() => jest.runAllTimers());
    expect(screen.queryByRole("list", { name: "Rows to add" })).not.toBeInTheDocument();
  });
});
