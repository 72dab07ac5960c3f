/** @jest-environment jsdom */
/**
 * The Share tab as a user meets it: what Prepare for review writes, the freeze option passed through to
 * the pane, the button off with its reason when there is nothing to share or writing is blocked, the
 * mentor's notes shown back by employer with their line breaks, and the checklist before sending.
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import fc from "fast-check";
import type { StoredOffer } from "../../src/core/offer/offers-table";
import type { Offer } from "../../src/core/offer/schema";
import { notesShown } from "../../src/taskpane/share/MentorNotes";
import { ShareTab, type ShareTabProps } from "../../src/taskpane/share/ShareTab";
import { offersArbitrary } from "../harness/offer-arbitrary";
import { offerFrom } from "../harness/offers";

jest.setTimeout(30_000);

const METRO = offerFrom({
  id: "OF-SEED0290",
  employer: "Metro Behavioral",
  baseSalary: 290000,
  signOnBonus: 0,
  market: "saturated metro",
});
const VALLEY = offerFrom({
  id: "OF-SEED0420",
  employer: "Valley Health",
  baseSalary: 420000,
  signOnBonus: 40000,
  relocation: 20000,
});

const stored = (offer: Offer): StoredOffer => ({ offer, revision: 1, updated: "2025-01-01T00:00:00.000Z" });

const FREEZE = "Also copy the Offers and Compare sheets as values";
const PREPARE = "Prepare for review";

function renderTab(props: Partial<ShareTabProps> = {}) {
  const all: ShareTabProps = {
    offers: [stored(METRO), stored(VALLEY)],
    mentorNotes: {},
    onPrepare: jest.fn(),
    preparing: false,
    notice: "",
    preview: false,
    ...props,
  };
  const result = render(<ShareTab {...all} />);
  return { ...result, onPrepare: all.onPrepare as jest.Mock, props: all };
}

function notesSection(): HTMLElement {
  return screen.getByRole("heading", { level: 3, name: "Notes from your mentor" }).closest("section")!;
}

describe("preparing the workbook for a mentor", () => {
  it("says what Prepare for review writes and that mentor notes are never overwritten", () => {
    renderTab();
    expect(screen.getByRole("heading", { level: 2, name: "Share with a mentor" })).toBeInTheDocument();
    expect(screen.getByText(/Mentor summary sheet with plain values/)).toBeInTheDocument();
    expect(screen.getByText(/sees numbers, not #NAME\?/)).toBeInTheDocument();
    expect(
      screen.getByText(
        /Leverage never overwrites it and shows the notes back here\. Running it again updates the numbers and keeps every note\./,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/preview outside Excel/)).not.toBeInTheDocument();
  });

  it("passes freeze false by default and true once the copy option is ticked", async () => {
    const user = userEvent.setup();
    const { onPrepare } = renderTab();
    const freeze = screen.getByRole("checkbox", { name: FREEZE });
    expect(freeze).not.toBeChecked();
    expect(freeze).toHaveAccessibleDescription(
      /frozen into “Offers \(values\)” and “Compare \(values\)” sheets.*write in Mentor notes, not there/,
    );
    await user.click(screen.getByRole("button", { name: PREPARE }));
    expect(onPrepare).toHaveBeenLastCalledWith({ freeze: false });
    await user.click(freeze);
    expect(freeze).toBeChecked();
    await user.click(screen.getByRole("button", { name: PREPARE }));
    expect(onPrepare).toHaveBeenLastCalledWith({ freeze: true });
    await user.click(freeze);
    await user.click(screen.getByRole("button", { name: PREPARE }));
    expect(onPrepare).toHaveBeenLastCalledWith({ freeze: false });
    expect(onPrepare).toHaveBeenCalledTimes(3);
  });

  it("is off with a reason when no offer is saved", async () => {
    const user = userEvent.setup();
    const { onPrepare } = renderTab({ offers: [] });
    const button = screen.getByRole("button", { name: PREPARE });
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveAccessibleDescription("Save an offer first: there is nothing to summarise yet.");
    await user.click(button);
    expect(onPrepare).not.toHaveBeenCalled();
  });

  it("is off with the blocking reason, and shows a spinner while it prepares", async () => {
    const user = userEvent.setup();
    const blocked = "Leverage is reading or writing the workbook: try again in a moment.";
    const { onPrepare, rerender, props } = renderTab({ writeBlocked: blocked });
    const button = screen.getByRole("button", { name: PREPARE });
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveAccessibleDescription(blocked);
    await user.click(button);
    expect(onPrepare).not.toHaveBeenCalled();

    rerender(<ShareTab {...props} writeBlocked={undefined} preparing />);
    expect(screen.getByText("Preparing the Mentor summary…")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: PREPARE }));
    expect(onPrepare).not.toHaveBeenCalled();
  });

  it("announces what preparing did, shows the failure bar, and speaks of the preview outside Excel", () => {
    const { rerender, props } = renderTab();
    expect(screen.getByRole("status").textContent).toBe("");
    rerender(
      <ShareTab
        {...props}
        notice="Mentor summary ready: 2 offers, 1 note kept."
        failure={<p>Excel refused the write.</p>}
        preview
      />,
    );
    expect(screen.getByRole("status")).toHaveTextContent("Mentor summary ready: 2 offers, 1 note kept.");
    expect(screen.getByText("Excel refused the write.")).toBeInTheDocument();
    expect(screen.getByText(/The rows the Mentor summary would hold appear in the preview below/)).toBeInTheDocument();
  });
});

describe("notes from the mentor", () => {
  it("says how notes arrive when there are none", () => {
    renderTab({ mentorNotes: { [METRO.id]: "   " } });
    expect(
      within(notesSection()).getByText(
        /^No notes yet\. After your mentor writes in the Mentor notes column and sends the workbook back/,
      ),
    ).toBeInTheDocument();
    expect(within(notesSection()).queryByRole("listitem")).not.toBeInTheDocument();
  });

  it("shows each note under its employer, line breaks kept, and a note whose offer was deleted", () => {
    const note = "Ask for the sign-on in writing.\nCall me before you sign.";
    renderTab({ mentorNotes: { [VALLEY.id]: note, "OF-GONE0001": "This one paid less anyway." } });
    const items = within(notesSection()).getAllByRole("listitem");
    expect(items.map((li) => within(li).getByRole("heading", { level: 4 }).textContent)).toEqual([
      "Valley Health",
      "An offer no longer saved (ID OF-GONE0001)",
    ]);
    const text = within(items[0]).getByText(/Ask for the sign-on in writing\./);
    expect(text.textContent).toBe(note);
    expect(within(notesSection()).queryByText("Metro Behavioral")).not.toBeInTheDocument();
    expect(within(items[1]).getByText("This one paid less anyway.")).toBeInTheDocument();
  });

  it("list every non-blank note once: saved offers' in the offers' order, then deleted offers' in the notes' order", () => {
    fc.assert(
      fc.property(
        offersArbitrary(4),
        fc.array(fc.tuple(fc.nat(5), fc.constantFrom("", " ", "Fine.", "Push on call.\nAnd tail.")), { maxLength: 6 }),
        (offers, picks) => {
          const ids = [...offers.map((o) => o.id), "OF-GONE0001", "OF-GONE0002"];
          const notes = Object.fromEntries(picks.map(([i, text]) => [ids[i % ids.length], text]));
          const shown = notesShown(offers.map(stored), notes);
          const written = (id: string) => (notes[id] ?? "").trim() !== "";
          const gone = Object.keys(notes).filter((id) => id.startsWith("OF-GONE"));
          const expected = [...offers.map((o) => o.id), ...gone].filter(written);
          expect(shown.map((n) => n.id)).toEqual(expected);
          for (const n of shown) expect(n.text).toBe(notes[n.id]);
        },
      ),
    );
  });
});

describe("before sending", () => {
  it("reminds the candidate what the workbook holds and that Leverage sends nothing", () => {
    renderTab();
    const section = screen.getByRole("heading", { level: 3, name: "Before you send" }).closest("section")!;
    const items = within(section)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items).toEqual([
      expect.stringMatching(/holds your compensation data.*only with people you trust/),
      expect.stringMatching(/Delete any offer you do not want to share first/),
      expect.stringMatching(/Leverage sends nothing anywhere itself/),
    ]);
  });
});
