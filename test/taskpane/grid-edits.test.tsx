/** @jest-environment jsdom */
/**
 * The pane over the Excel store and the strict fake: a burst of edits in the grid costs one read, after a
 * quiet spell; the pane's own saves cost none beyond the read every write is followed by; a row an edit
 * breaks shows among the unreadable rows, as on load; the handlers go when the pane does.
 */
import { act, renderHook, waitFor } from "@testing-library/react";
import { OFFERS_SHEET } from "../../src/core/offer/offers-table";
import { useWorkbook } from "../../src/taskpane/state/use-workbook";
import { checkFakesAfterEach } from "../harness/excel/checked-fakes";
import { rangeAt } from "../harness/excel/fake-excel";
import { col, offer, seededWorkbook, stored, storeOver } from "../harness/excel/workbooks";

const checked = checkFakesAfterEach();
/** A short quiet spell keeps the test fast; the pane's is EDIT_QUIET_MS. */
const QUIET_MS = 40;
const pause = (ms: number) => act(() => new Promise<void>((r) => setTimeout(r, ms)));

async function paneOver() {
  const fake = checked(seededWorkbook({ offers: stored([offer()]) }));
  const store = storeOver(fake);
  const load = jest.spyOn(store, "load");
  const hook = renderHook(() => useWorkbook(store, QUIET_MS));
  await waitFor(() => expect(hook.result.current.snapshot).not.toBeNull());
  await waitFor(() => expect(hook.result.current.busy).toBeNull());
  expect(load).toHaveBeenCalledTimes(1);
  return { fake, store, load, hook };
}

/** The first offer's cell in `header` (row 2: the header is row 1). */
const cell = (header: string) => rangeAt(1, col(header), 1, 1);

describe("edits in the grid", () => {
  it("read the workbook once for a burst of edits, and show what they changed", async () => {
    const { fake, load, hook } = await paneOver();
    for (const [i, city] of ["Akron", "Canton", "Dayton", "Elyria", "Findlay"].entries()) {
      fake.editCells(OFFERS_SHEET, cell("City"), [[city]]);
      fake.editCells(OFFERS_SHEET, cell("Base salary"), [[300000 + i]]);
      await pause(QUIET_MS / 4);
    }
    await fake.events.delivered();
    await pause(QUIET_MS * 3);
    await waitFor(() => expect(hook.result.current.busy).toBeNull());
    expect(load).toHaveBeenCalledTimes(2);
    expect(hook.result.current.snapshot?.offers[0].offer).toMatchObject({ city: "Findlay", baseSalary: 300004 });
  });

  it("cost no read beyond the one after each of the pane's own writes", async () => {
    const { fake, store, load, hook } = await paneOver();
    await act(() => hook.result.current.run("entry", () => store.update({ ...offer(), baseSalary: 280000 }, 1)));
    await act(() => hook.result.current.run("entry", () => store.create(offer({ id: "OF-SECOND22" }))));
    await fake.events.delivered();
    await pause(QUIET_MS * 3);
    expect(load).toHaveBeenCalledTimes(3); // mount, then one after each write
    expect(hook.result.current.snapshot?.offers).toHaveLength(2);
  });

  it("show a row an edit broke among the unreadable rows, as on load", async () => {
    const { fake, hook } = await paneOver();
    fake.editCells(OFFERS_SHEET, cell("Base salary"), [["lots"]]);
    await fake.events.delivered();
    await waitFor(() => expect(hook.result.current.snapshot?.unreadable).toHaveLength(1));
    const [row] = hook.result.current.snapshot!.unreadable;
    expect(row).toMatchObject({ row: 1, id: "OF-SEED0001", label: "Mercy Health" });
    expect(row.problems.join(" ")).toMatch(/Base salary/i);
    expect(hook.result.current.snapshot?.offers).toEqual([]);
  });

  it("stop reaching the pane once it is gone: its handlers are removed", async () => {
    const { fake, load, hook } = await paneOver();
    expect(fake.events.count).toBe(2);
    hook.unmount();
    await waitFor(() => expect(fake.events.count).toBe(0));
    fake.editCells(OFFERS_SHEET, cell("City"), [["Dayton"]]);
    await fake.events.delivered();
    await pause(QUIET_MS * 2);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
