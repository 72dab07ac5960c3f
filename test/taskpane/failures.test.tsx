/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import type { Offer } from "../../src/core/offer/schema";
import { MemoryStore } from "../../src/workbook/memory-store";
import { type OfferStore, StoreError } from "../../src/workbook/store";
import { enterMinimalOffer, fill, loaded, next, offerItem, openTab, renderPane, stepHeading } from "./render-pane";
import { offerFrom } from "../harness/offers";

type Method =
  | "load"
  | "create"
  | "update"
  | "remove"
  | "importBenchmarks"
  | "rebuild"
  | "freezeCopies"
  | "setProfileValues"
  | "saveProcess"
  | "removeProcess"
  | "importSupply"
  | "writeHeatmap";

/** A store that fails chosen calls once each (with the error given), then behaves like a memory store. */
class FailingStore implements OfferStore {
  readonly kind = "memory";
  readonly memory = new MemoryStore();
  private readonly failures = new Map<Method, Error>();
  /** Called before each write, e.g. to change the row under the pane like a co-author would. */
  beforeWrite?: () => Promise<void>;

  failOnce(method: Method, error: Error): this {
    this.failures.set(method, error);
    return this;
  }

  private async gate(method: Method): Promise<void> {
    const error = this.failures.get(method);
    if (error) {
      this.failures.delete(method);
      throw error;
    }
  }

  load = async () => (await this.gate("load"), this.memory.load());
  create = async (offer: Offer) => (await this.gate("create"), this.memory.create(offer));
  update = async (offer: Offer, revision: number) => (await this.gate("update"), this.memory.update(offer, revision));
  remove = async (id: string, revision: number) => (await this.gate("remove"), this.memory.remove(id, revision));
  importBenchmarks: OfferStore["importBenchmarks"] = async (rows) => (
    await this.gate("importBenchmarks"),
    this.memory.importBenchmarks(rows)
  );
  rebuild: OfferStore["rebuild"] = async (sheet, rows, options) => (
    await this.gate("rebuild"),
    this.memory.rebuild(sheet, rows, options)
  );
  freezeCopies = async (when: string) => (await this.gate("freezeCopies"), this.memory.freezeCopies(when));
  setProfileValues: OfferStore["setProfileValues"] = async (values) => (
    await this.gate("setProfileValues"),
    this.memory.setProfileValues(values)
  );
  saveProcess: OfferStore["saveProcess"] = async (process, revision) => (
    await this.gate("saveProcess"),
    this.memory.saveProcess(process, revision)
  );
  removeProcess: OfferStore["removeProcess"] = async (id, revision) => (
    await this.gate("removeProcess"),
    this.memory.removeProcess(id, revision)
  );
  importSupply: OfferStore["importSupply"] = async (rows) => (
    await this.gate("importSupply"),
    this.memory.importSupply(rows)
  );
  writeHeatmap: OfferStore["writeHeatmap"] = async (inputs) => (
    await this.gate("writeHeatmap"),
    this.memory.writeHeatmap(inputs)
  );
}

const OFFICE_DOWN = new StoreError(
  "office",
  "Excel is busy (a cell is being edited). Finish the edit, then try again.",
);

function offer(fields: Record<string, unknown> = {}): Offer {
  return offerFrom({ id: "OF-TEST2345", employer: "Lakeside Clinic", ...fields });
}

describe("when the store fails", () => {
  it.each([
    ["Compare", "Update the Compare sheet", "Compare sheet not updated", "compare"],
    ["Negotiate", /Write this plan to the Negotiation sheet/, "Negotiation sheet not updated", "negotiation"],
    ["Share", "Prepare for review", "Workbook not prepared", "mentor"],
  ] as const)(
    "on the %s tab, says the sheet was not written and Try again writes it",
    async (tab, button, title, sheet) => {
      const store = new FailingStore();
      await store.memory.create(offer());
      store.failOnce("rebuild", OFFICE_DOWN);
      const { user } = await renderPane(store);
      await openTab(user, tab);
      await user.click(screen.getByRole("button", { name: button }));
      expect(await screen.findByText(title)).toBeInTheDocument();
      expect(screen.getByText(OFFICE_DOWN.message)).toBeInTheDocument();
      expect(store.memory.tables().derived[sheet]).toBeUndefined();
      await user.click(screen.getByRole("button", { name: "Try again" }));
      await waitFor(() => expect(store.memory.tables().derived[sheet]?.rows.length).toBeGreaterThan(0));
      expect(screen.queryByText(title)).not.toBeInTheDocument();
    },
  );

  it("when the value copies fail after the Mentor summary is written, says the summary is ready and what stopped the copies", async () => {
    const store = new FailingStore();
    await store.memory.create(offer());
    const taken = new StoreError(
      "name-taken",
      'This workbook already has a sheet named "Compare" that Leverage did not create. Nothing was changed.',
    );
    store.failOnce("freezeCopies", taken);
    const { user } = await renderPane(store);
    await openTab(user, "Share");
    await user.click(screen.getByRole("checkbox", { name: "Also copy the Offers and Compare sheets as values" }));
    await user.click(screen.getByRole("button", { name: "Prepare for review" }));
    expect(
      await screen.findByText(`The Mentor summary is ready, but the value copies were not made. ${taken.message}`),
    ).toBeInTheDocument();
    expect(store.memory.tables().derived.mentor?.rows).toHaveLength(1);
    expect(store.memory.tables().copies).toEqual({});
    await user.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(() =>
      expect(Object.keys(store.memory.tables().copies)).toEqual(["Offers (values)", "Compare (values)"]),
    );
  });

  it("shows the store's message; Try again saves the draft, which was kept", async () => {
    const store = new FailingStore().failOnce("create", OFFICE_DOWN);
    const { user } = await renderPane(store);
    await openTab(user, "Enter offer");
    await enterMinimalOffer(user, "Riverside Behavioral Health");
    await user.click(screen.getByRole("button", { name: "Save offer" }));

    expect(await screen.findByText("Offer not saved")).toBeInTheDocument();
    expect(screen.getByText(OFFICE_DOWN.message)).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: /^Quick entry/ })).toBeInTheDocument();
    expect(store.memory.tables().offers.rows).toHaveLength(0);
    expect(screen.getByLabelText("Employer")).toHaveValue("Riverside Behavioral Health");

    await user.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(() => offerItem("Riverside Behavioral Health"));
    expect(screen.queryByText("Offer not saved")).not.toBeInTheDocument();
    expect(store.memory.tables().offers.rows).toHaveLength(1);
  });

  it("drops a failed save's message once the draft changes, so Try again never saves older text", async () => {
    const store = new FailingStore().failOnce("create", OFFICE_DOWN);
    const { user } = await renderPane(store);
    await openTab(user, "Enter offer");
    await enterMinimalOffer(user, "Riverside");
    await user.click(screen.getByRole("button", { name: "Save offer" }));
    await screen.findByText("Offer not saved");
    await user.type(screen.getByLabelText("Base salary"), "305000");
    expect(screen.queryByText("Offer not saved")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Save offer" }));
    await waitFor(() => offerItem("Riverside"));
    const { offers } = store.memory.tables();
    expect(offers.rows[0][offers.header.indexOf("Base salary")]).toBe(305000);
  });

  it("shows a failed first read with Try again", async () => {
    const store = new FailingStore().failOnce("load", OFFICE_DOWN);
    await store.memory.create(offer());
    const { user } = await renderPane(store);
    expect(screen.getByText("Could not read the workbook")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Edit Lakeside Clinic" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("button", { name: "Edit Lakeside Clinic" })).toBeInTheDocument();
  });

  it("inside Excel, shows no Connected bar above a failed read, and shows it once the read succeeds", async () => {
    const store = new FailingStore().failOnce("load", OFFICE_DOWN);
    const { user } = await renderPane(store, "excel");
    expect(screen.getByText("Could not read the workbook")).toBeInTheDocument();
    expect(screen.queryByText(/Connected to this workbook/)).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText(/Connected to this workbook/)).toBeInTheDocument();
  });

  it("retries a failed delete and a failed import", async () => {
    const store = new FailingStore().failOnce("remove", OFFICE_DOWN).failOnce("importBenchmarks", OFFICE_DOWN);
    await store.memory.create(offer());
    const { user } = await renderPane(store);
    await user.click(screen.getByRole("button", { name: "Delete Lakeside Clinic" }));
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Delete" }));
    expect(await screen.findByText("Offer not deleted")).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await user.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(screen.queryByRole("button", { name: "Edit Lakeside Clinic" })).not.toBeInTheDocument());
    expect(store.memory.tables().offers.rows).toHaveLength(0);

    await openTab(user, "Benchmarks");
    await user.click(screen.getByLabelText("Paste benchmark rows"));
    await user.paste("FM\twRVU\t3695\t4763\t5887\t7342");
    await user.click(screen.getByRole("button", { name: "Check rows" }));
    await user.click(screen.getByRole("button", { name: "Add 1 row to the workbook" }));
    expect(await screen.findByText("Rows not added")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText(/^Added 1 row/)).toBeInTheDocument();
    expect(store.memory.tables().benchmarks.rows).toHaveLength(1);
  });

  it("on a conflict, offers Reload, which loads the workbook's newer version into the steps", async () => {
    const store = new FailingStore();
    await store.memory.create(offer({ baseSalary: 290000 }));
    const { user } = await renderPane(store);
    await user.click(screen.getByRole("button", { name: "Edit Lakeside Clinic" }));
    await loaded();
    await next(user);
    await fill(user, "Base salary", "305000");
    // A co-author saves the offer meanwhile.
    await store.memory.update(offer({ baseSalary: 295000, notes: "Co-author's note" }), 1);
    for (let i = 0; i < 5; i++) await next(user);
    await user.click(screen.getByRole("button", { name: "Save changes" }));

    expect(
      await screen.findByText(
        /"Lakeside Clinic" was changed in the workbook since you opened it \(revision 2, you had 1\)/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Try again" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Reload" }));
    await waitFor(() => expect(stepHeading()).toHaveTextContent("Step 1 of 7"));
    expect(screen.queryByText("Offer not saved")).not.toBeInTheDocument();
    await next(user);
    expect(screen.getByLabelText("Base salary")).toHaveValue("295,000");

    // Saving again now works against revision 2.
    await fill(user, "Base salary", "305000");
    for (let i = 0; i < 5; i++) await next(user);
    expect(screen.getByLabelText("Notes")).toHaveValue("Co-author's note");
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    await waitFor(() => offerItem("Lakeside Clinic"));
    const { offers } = store.memory.tables();
    expect(offers.rows[0][offers.header.indexOf("Revision")]).toBe(3);
    expect(offers.rows[0][offers.header.indexOf("Base salary")]).toBe(305000);
  });

  it("disables writes in a read-only workbook and says why", async () => {
    const store = new MemoryStore();
    await store.create(offer());
    const load = store.load.bind(store);
    store.load = async () => ({
      ...(await load()),
      readOnly: "The Offers table was made by a newer version of Leverage.",
    });
    const { user } = await renderPane(store);
    expect(
      screen.getByText(/This workbook cannot be changed: The Offers table was made by a newer version of Leverage\./),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Delete Lakeside Clinic" })).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "Edit Lakeside Clinic" }));
    await loaded();
    for (let i = 0; i < 6; i++) await next(user);
    const save = screen.getByRole("button", { name: "Save changes" });
    expect(save).toHaveAttribute("aria-disabled", "true");
    await user.click(save);
    expect(store.tables().offers.rows[0][store.tables().offers.header.indexOf("Revision")]).toBe(1);
  });

  it("shows progress and disables the button while saving", async () => {
    const store = new FailingStore();
    let finish!: () => void;
    const create = store.create;
    store.create = (o: Offer) => new Promise<void>((resolve) => (finish = resolve)).then(() => create(o));
    const { user } = await renderPane(store);
    await openTab(user, "Enter offer");
    await enterMinimalOffer(user, "Riverside");
    await user.click(screen.getByRole("button", { name: "Save offer" }));
    expect(screen.getByRole("progressbar")).toBeInTheDocument();
    expect(screen.getByText("Saving…")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Save offer" })).toHaveAttribute("aria-disabled", "true");
    finish();
    await waitFor(() => offerItem("Riverside"));
  });
});
