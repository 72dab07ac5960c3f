/** @jest-environment jsdom */
/**
 * "Prepare for review" through the whole pane writes the Mentor summary with the workbook's job search:
 * the offer's row carries its process, and a process with no offer yet gets a row of its own.
 */
import { screen } from "@testing-library/react";
import { MemoryStore } from "../../../src/workbook/memory-store";
import { offerFrom } from "../../harness/offers";
import { proc } from "../../core/campaign/processes";
import { openTab, renderPane } from "../render-pane";

it("writes the Mentor summary with each offer's process and the processes with no offer yet", async () => {
  const store = new MemoryStore();
  const offer = offerFrom({ id: "OF-MERCY234", employer: "Mercy Health" });
  await store.create(offer);
  await store.saveProcess(proc({ employer: "Mercy Health", stage: "offer", offerId: offer.id }));
  await store.saveProcess(proc({ employer: "Acme Medical Group", stage: "second visit" }));
  const { user } = await renderPane(store);
  await openTab(user, "Share");
  await user.click(screen.getByRole("button", { name: "Prepare for review" }));
  await screen.findByText(/^Mentor summary ready/);

  const table = store.tables().derived.mentor!;
  const cell = (row: readonly unknown[], header: string) => row[table.header.indexOf(header)];
  expect(table.rows.map((row) => cell(row, "Employer"))).toEqual(["Mercy Health", "Acme Medical Group"]);
  expect(cell(table.rows[0], "Campaign")).toMatch(/Acme Medical Group/);
  expect(cell(table.rows[1], "Campaign")).toMatch(/second visit/i);
});
