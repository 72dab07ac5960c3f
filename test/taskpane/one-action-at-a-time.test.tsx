/** @jest-environment jsdom */
/**
 * One action at a time in one pane, over the Excel store and the strict fake with its syncs held: while a
 * save is between its read and its write, nothing else that reads or writes the workbook can start
 * (Refresh, Delete, the derived sheets, adding benchmark rows), the pane never says it is idle, and when the
 * save finishes every offer is there once. Actions asked for together run one after the other.
 */
import { act, renderHook, screen, waitFor } from "@testing-library/react";
import { useWorkbook } from "../../src/taskpane/state/use-workbook";
import { MemoryStore } from "../../src/workbook/memory-store";
import type { OfferStore } from "../../src/workbook/store";
import { holdSyncs } from "../harness/excel/held-syncs";
import { offer, seededWorkbook, stored, storeOver } from "../harness/excel/workbooks";
import { enterMinimalOffer, offerItem, openTab, renderPane } from "./render-pane";

const LAKESIDE = offer({ id: "OF-LAKE2345", employer: "Lakeside Clinic" });

describe("a save still running", () => {
  it("keeps Refresh, Delete and the other writes off until it is done, then shows every offer once", async () => {
    const fake = seededWorkbook({ offers: stored([LAKESIDE]) });
    const { user } = await renderPane(storeOver(fake), "excel");
    await openTab(user, "Enter offer");
    await enterMinimalOffer(user, "Riverside Behavioral Health");

    const held = holdSyncs(fake);
    await user.click(screen.getByRole("button", { name: "Save offer" }));
    await waitFor(() => expect(held.waiting).toBe(1));

    await openTab(user, "Offers");
    expect(screen.getByRole("button", { name: "Refresh" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Delete Lakeside Clinic" })).toBeDisabled();
    await openTab(user, "Compare");
    expect(screen.getByRole("button", { name: "Update the Compare sheet" })).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByText("Leverage is reading or writing the workbook: try again in a moment.")).toBeInTheDocument();

    // Let the save's syncs through one at a time: the pane stays busy until the read after the write.
    await openTab(user, "Offers");
    while (held.waiting > 0 || !screen.queryByText("Saved “Riverside Behavioral Health”.")) {
      if (held.waiting > 0) await act(() => held.release());
      else await act(async () => undefined);
      if (!screen.queryByText("Saved “Riverside Behavioral Health”."))
        expect(screen.getByRole("button", { name: "Refresh" })).toBeDisabled();
    }
    held.stop();
    expect(screen.getByRole("button", { name: "Refresh" })).toBeEnabled();
    expect(offerItem("Lakeside Clinic")).toBeInTheDocument();
    expect(offerItem("Riverside Behavioral Health")).toBeInTheDocument();
    const { offers } = await storeOver(fake).load();
    expect(offers.map((o) => o.offer.employer).sort()).toEqual(["Lakeside Clinic", "Riverside Behavioral Health"]);
  });
});

/** A store whose every action waits until the test lets it finish, recording when each starts. */
function gatedStore() {
  const inner = new MemoryStore();
  const started: string[] = [];
  const gates: Array<() => void> = [];
  const gate = <T,>(name: string, work: () => Promise<T>) => {
    started.push(name);
    return new Promise<void>((resolve) => gates.push(resolve)).then(work);
  };
  const store = {
    kind: "memory",
    load: () => gate("load", () => inner.load()),
    create: (o: Parameters<OfferStore["create"]>[0]) => gate("create", () => inner.create(o)),
  } as unknown as OfferStore;
  return { store, started, open: () => gates.shift()?.() };
}

describe("actions asked for together", () => {
  it("run one after the other, and the pane is busy from the first to the last", async () => {
    const { store, started, open } = gatedStore();
    const { result } = renderHook(() => useWorkbook(store));
    await waitFor(() => expect(started).toEqual(["load"]));
    let first!: Promise<boolean>, second!: Promise<boolean>;
    act(() => {
      first = result.current.run("entry", () => store.create(offer({ id: "OF-FRST2345" })));
      second = result.current.run("benchmarks", () => store.create(offer({ id: "OF-SCND2345" })));
    });
    // Nothing else starts while the first load is still running.
    expect(started).toEqual(["load"]);
    const busySeen = new Set<string | null>();
    for (let i = 0; i < 20 && started.length < 5; i++) {
      await act(async () => open());
      busySeen.add(result.current.busy);
    }
    // load, then the first create and the read after it, then the second create and its read.
    expect(started).toEqual(["load", "create", "load", "create", "load"]);
    await act(async () => open());
    expect(await first).toBe(true);
    expect(await second).toBe(true);
    expect(busySeen.has(null)).toBe(false);
    await waitFor(() => expect(result.current.busy).toBeNull());
  });
});
