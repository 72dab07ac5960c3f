/** @jest-environment jsdom */
/**
 * The Negotiate tab as a user meets it: the seed's weak offer gets a plan in three parts (the asks to lead
 * with, then cash and non-cash apart; a D-grade figure labelled and kept out of the cash total; the base
 * with the other offer's figure said factually; the tier it was chosen for), the picker switches offers, the plan can be written to the sheet
 * (or says why not), scripts copy, the phrases to avoid are listed, and the signal check marks phrases in
 * a draft with their signal in words. The tab is rendered inside a small stateful wrapper, as the pane
 * holds the chosen offer and the draft.
 */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import fc from "fast-check";
import { type ReactNode, useState } from "react";
import { negotiationPlanSections, PHRASES_TO_AVOID } from "../../src/core/negotiation";
import type { LeverageTier } from "../../src/core/leverage/tier";
import type { StoredOffer } from "../../src/core/offer/offers-table";
import { draftTooLongMessage, SIGNAL_CHECK_MAX_CHARS } from "../../src/core/input-limits";
import { checkPhrases, PHRASE_RULES } from "../../src/core/phrase-check";
import { askValueText } from "../../src/taskpane/negotiate/ask-value";
import { highlightSegments } from "../../src/taskpane/negotiate/highlight-segments";
import { NegotiateTab } from "../../src/taskpane/negotiate/NegotiateTab";
import { offerLabels } from "../../src/taskpane/negotiate/offer-labels";
import { suggestionOf } from "../../src/taskpane/negotiate/suggestion";
import { offerFrom } from "../harness/offers";
import { fillField } from "./fill";

import { SEED_STRONG, SEED_WEAK } from "../core/negotiation/plan-fixture";

// Typing re-renders the tab on every keystroke; on a loaded two-core machine a test can pass 5 s.
jest.setTimeout(30_000);

const WEAK_ID = "OF-WEAK0001";
const STRONG_ID = "OF-STRONG01";

function stored(id: string, fields: Record<string, unknown>): StoredOffer {
  return { offer: offerFrom({ id, ...fields }), revision: 1, updated: "2025-01-01T00:00:00.000Z" };
}

const SEED: StoredOffer[] = [stored(WEAK_ID, SEED_WEAK), stored(STRONG_ID, { ...SEED_STRONG, termYears: 2 })];

interface HarnessProps {
  offers?: readonly StoredOffer[];
  onWriteSheet?: (id: string) => void;
  writing?: boolean;
  writeBlocked?: string;
  failure?: ReactNode;
  notice?: string;
  tier?: LeverageTier;
}

/** The tab with the chosen offer and the draft held above it, as the pane's hook holds them. */
function Harness({
  offers = SEED,
  onWriteSheet = () => {},
  writing = false,
  writeBlocked,
  failure,
  notice = "",
  tier,
}: HarnessProps) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [draft, setDraft] = useState("");
  return (
    <NegotiateTab
      offers={offers}
      benchmarks={[]}
      tier={tier}
      selectedId={selectedId}
      onSelect={setSelectedId}
      onWriteSheet={onWriteSheet}
      writing={writing}
      writeBlocked={writeBlocked}
      failure={failure}
      notice={notice}
      draft={draft}
      onDraftChange={setDraft}
    />
  );
}

function renderTab(props: HarnessProps = {}): UserEvent {
  const user = userEvent.setup();
  render(<Harness {...props} />);
  return user;
}

const plan = () => screen.getByRole("region", { name: "Your plan" });
/** The asks of one part of the plan ("lead with these", "cash, if there is room", "non-cash, if there is room"). */
const partItems = (part: string) =>
  within(within(plan()).getByRole("list", { name: new RegExp(`^Asks for .*: ${part}`) })).getAllByRole("listitem");
/** Every ask card, in the order shown. */
const askItems = () =>
  within(plan())
    .getAllByRole("list", { name: /^Asks for / })
    .flatMap((list) => within(list).getAllByRole("listitem"));
/** The card whose heading names the ask. */
const itemTitled = (title: RegExp) =>
  askItems().find((item) => title.test(within(item).getByRole("heading", { level: 5 }).textContent!))!;
const signalRegion = () => screen.getByRole("region", { name: "Signal check" });
const draftBox = () => screen.getByLabelText("Paste a draft email or call notes");
/** The signal check's live summary (each Copy button has a status of its own). */
const summary = () =>
  within(signalRegion())
    .getAllByRole("status")
    .find((s) => s.tagName === "P")!;
const marks = () => Array.from(signalRegion().querySelectorAll("mark"));
const writeButton = () => screen.getByRole("button", { name: "Write this plan to the Negotiation sheet" });

describe("the plan for the seed's weak offer", () => {
  it("leads with the base at about $130,000 a year, with the other offer's base said factually", () => {
    renderTab();
    expect(screen.getByRole("heading", { level: 2, name: "Negotiate" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Offer" })).toHaveValue(WEAK_ID);
    const lead = partItems("lead with these");
    expect(lead.length).toBeGreaterThanOrEqual(2);
    expect(lead.length).toBeLessThanOrEqual(3);
    const base = lead.find((item) => /Raise the base salary to \$420,000/.test(item.textContent!))!;
    // $420,000 − $290,000.
    expect(base).toHaveTextContent("About $130,000 a year");
    expect(base).toHaveTextContent("Another offer I'm considering pays $420,000 base.");
    expect(base).toHaveTextContent("Who to ask: Recruiter or HR");
    // How the value was worked out, with the market figure's source and year.
    expect(base).toHaveTextContent(/\$299,000 \(AMN Healthcare/);
    expect(within(base).getByText("Caution")).toBeInTheDocument();
  });

  it("shows the lead, then cash and non-cash apart, ranked on; a D-grade figure is labelled and not in the cash total", () => {
    renderTab();
    const { lead, cash, nonCash } = negotiationPlanSections(SEED[0].offer, {
      benchmarks: [],
      others: SEED.map((s) => s.offer),
    });
    const parts = within(plan()).getAllByRole("heading", { level: 4 });
    expect(parts.map((h) => h.textContent)).toEqual([
      "Lead with these",
      ...(cash.length > 0 ? ["If there is room: cash"] : []),
      "If there is room: time, title and protections",
    ]);
    const items = askItems();
    [...lead, ...cash, ...nonCash].forEach((ask, i) => {
      expect(within(items[i]).getByRole("heading", { level: 5 })).toHaveTextContent(`${i + 1}. ${ask.title}`);
      expect(items[i]).toHaveTextContent(`Who to ask: ${ask.audienceLabel}`);
    });
    expect(partItems("non-cash, if there is room").length).toBe(nonCash.length);
    // Admin time is a D-grade heuristic: a half-day is a tenth of the week, $290,000 ÷ 10 = $29,000.
    const admin = itemTitled(/protected admin time/);
    expect(admin).toHaveTextContent("About $29,000 a year (rough estimate, grade D)");
    // The call stipend goes to physician leadership, who can make side deals.
    expect(itemTitled(/Call paid at/)).toHaveTextContent(
      "Who to ask: Physician leadership (section chief, service-line or medical director)",
    );
    // The cash total counts cash asks not graded D. By hand: base $130,000 + sign-on $40,000 ÷ 2-year term
    // = $20,000 + relocation $20,000 ÷ 2 = $10,000 + call 48 shifts × $1,450 ($290,000 ÷ (50 h × 48 wk) =
    // $120.83 an hour × 12 h) = $69,600: $229,600. Admin time's $29,000 would make it $258,600.
    expect(within(plan()).getByText(/^If every cash ask were met/)).toHaveTextContent(
      "If every cash ask were met, lead included: about $229,600 a year. This is an upper bound",
    );
    expect(within(plan()).getByText(/^If every cash ask were met/)).toHaveTextContent(
      "rough estimates (grade D) are not counted",
    );
    // No leverage answers: the middle tier, said in one line.
    expect(within(plan()).getByText(/^Chosen for the middle leverage tier, Safe bet/)).toBeInTheDocument();
  });

  it("says which tier the lead was chosen for when the Leverage tab has one", () => {
    renderTab({ tier: "known quantity" });
    expect(
      within(plan()).getByText("Chosen for your leverage tier, Known quantity, from the Leverage tab."),
    ).toBeInTheDocument();
    expect(within(plan()).queryByText(/middle leverage tier/)).not.toBeInTheDocument();
  });

  it("switches to the strong offer's plan when the picker changes, where the other offer leads on nothing", async () => {
    const user = renderTab();
    const before = askItems().map((item) => item.textContent);
    await user.selectOptions(screen.getByRole("combobox", { name: "Offer" }), "Riverside Summit Health");
    expect(screen.getByRole("combobox", { name: "Offer" })).toHaveValue(STRONG_ID);
    const after = askItems().map((item) => item.textContent);
    expect(after).not.toEqual(before);
    expect(within(plan()).queryByText(/Raise the base salary/)).not.toBeInTheDocument();
    expect(within(plan()).queryByText(/Another offer I'm considering/)).not.toBeInTheDocument();
    expect(within(plan()).getAllByRole("list", { name: /^Asks for Riverside Summit Health: / }).length).toBeGreaterThan(
      0,
    );
  });

  it("copies an ask's script and says so", async () => {
    const user = renderTab();
    const first = itemTitled(/Raise the base salary/);
    const quote = within(first).getByText(/^“Published figures put/);
    const copy = within(first).getByRole("button", { name: "Copy" });
    expect(copy).toHaveAccessibleDescription(quote.textContent!);
    await user.click(copy);
    const copied = await navigator.clipboard.readText();
    expect(copied).toBe(quote.textContent!.slice(1, -1));
    expect(copied).toContain("I'd ask for a base salary of $420,000");
    expect(within(first).getByRole("status")).toHaveTextContent("Copied.");
  });
});

describe("writing the plan to the Negotiation sheet", () => {
  it("writes the chosen offer's plan, and follows the picker", async () => {
    const onWriteSheet = jest.fn();
    const user = renderTab({ onWriteSheet });
    expect(
      within(plan()).getByText(/Status and Their answer columns are yours.*Leverage never overwrites them/),
    ).toBeInTheDocument();
    await user.click(writeButton());
    expect(onWriteSheet).toHaveBeenLastCalledWith(WEAK_ID);
    await user.selectOptions(screen.getByRole("combobox", { name: "Offer" }), "Riverside Summit Health");
    await user.click(writeButton());
    expect(onWriteSheet).toHaveBeenLastCalledWith(STRONG_ID);
    expect(onWriteSheet).toHaveBeenCalledTimes(2);
  });

  it("is off, and says why, when writing is blocked", async () => {
    const onWriteSheet = jest.fn();
    const reason = "This workbook was saved by a newer version of Leverage.";
    const user = renderTab({ onWriteSheet, writeBlocked: reason });
    expect(writeButton()).toHaveAttribute("aria-disabled", "true");
    expect(writeButton()).toHaveAccessibleDescription(expect.stringContaining(reason));
    expect(within(plan()).getByText(reason)).toBeInTheDocument();
    await user.click(writeButton());
    expect(onWriteSheet).not.toHaveBeenCalled();
  });

  it("shows progress while writing, the failure bar under the button and what the last write did", async () => {
    const onWriteSheet = jest.fn();
    const user = renderTab({
      onWriteSheet,
      writing: true,
      failure: <p>Plan not written</p>,
      notice: "Wrote 6 asks to the Negotiation sheet.",
    });
    expect(within(plan()).getByText("Writing the plan…")).toBeInTheDocument();
    await user.click(writeButton());
    expect(onWriteSheet).not.toHaveBeenCalled();
    expect(within(plan()).getByText("Plan not written")).toBeInTheDocument();
    const statuses = within(plan()).getAllByRole("status");
    expect(statuses.some((s) => s.textContent === "Wrote 6 asks to the Negotiation sheet.")).toBe(true);
  });
});

describe("offers and the picker", () => {
  it("with no offers, says to save one first and still shows the phrases and the signal check", () => {
    renderTab({ offers: [] });
    expect(screen.getByText(/No saved offers yet\. Save an offer/)).toBeInTheDocument();
    expect(screen.queryByRole("combobox", { name: "Offer" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Write this plan/ })).not.toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Phrases to avoid" })).toBeInTheDocument();
    expect(draftBox()).toBeInTheDocument();
  });

  it("tells apart offers from the same employer by specialty and city, then by ID", async () => {
    const offers = [
      stored("OF-A1", { employer: "Mercy Health", specialty: "Psychiatry", city: "Dayton" }),
      stored("OF-A2", { employer: "mercy health ", specialty: "Psychiatry", city: "Toledo" }),
      stored("OF-A3", { employer: "Lakeview", specialty: "Psychiatry" }),
      stored("OF-A4", { employer: "Lakeview", specialty: "Psychiatry" }),
    ];
    const user = renderTab({ offers });
    const options = within(screen.getByRole("combobox", { name: "Offer" })).getAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual([
      "Mercy Health (Psychiatry, Dayton)",
      "mercy health (Psychiatry, Toledo)",
      "Lakeview (Psychiatry) · OF-A3",
      "Lakeview (Psychiatry) · OF-A4",
    ]);
    await user.selectOptions(screen.getByRole("combobox", { name: "Offer" }), "Lakeview (Psychiatry) · OF-A4");
    expect(screen.getByRole("combobox", { name: "Offer" })).toHaveValue("OF-A4");
  });

  it("gives every offer a distinct label, whatever the names", () => {
    const name = fc.constantFrom("A", "a", "B", " A ");
    const city = fc.option(fc.constantFrom("X", "Y"), { nil: undefined });
    fc.assert(
      fc.property(fc.array(fc.record({ employer: name, city }), { maxLength: 6 }), (rows) => {
        const offers = rows.map((r, i) => stored(`OF-P${i}`, r.city ? r : { employer: r.employer }));
        const labels = offerLabels(offers).map((l) => l.trim().toLowerCase());
        expect(new Set(labels).size).toBe(offers.length);
      }),
    );
  });

  it("shows the first offer when the chosen one is no longer saved", () => {
    render(
      <NegotiateTab
        offers={SEED}
        benchmarks={[]}
        selectedId="OF-GONE0001"
        onSelect={() => {}}
        onWriteSheet={() => {}}
        writing={false}
        notice=""
        draft=""
        onDraftChange={() => {}}
      />,
    );
    expect(screen.getByRole("combobox", { name: "Offer" })).toHaveValue(WEAK_ID);
    expect(within(plan()).getByText(/Raise the base salary to \$420,000/)).toBeInTheDocument();
  });
});

describe("phrases to avoid", () => {
  it("lists the four phrases, each with what to say instead and why", () => {
    renderTab();
    const region = screen.getByRole("region", { name: "Phrases to avoid" });
    const items = within(region).getAllByRole("listitem");
    expect(items).toHaveLength(4);
    PHRASES_TO_AVOID.forEach((phrase, i) => {
      expect(items[i]).toHaveTextContent(`Instead of “${phrase.avoid}”`);
      expect(items[i]).toHaveTextContent(`say “${phrase.instead}”`);
      expect(items[i]).toHaveTextContent(`Why: ${phrase.why}`);
    });
  });
});

describe("the signal check", () => {
  it("marks two phrases in a weak draft with their signal in words, and suggests what to say instead", async () => {
    const user = renderTab();
    await fillField(user, draftBox(), "I'm pretty open to anything, and compensation isn't really my main concern.");
    const found = marks();
    expect(found.map((m) => m.textContent)).toEqual([
      "I'm pretty open to anything (signals cheap)1",
      "compensation isn't really my main concern (signals cheap)2",
    ]);
    expect(summary()).toHaveTextContent("2 phrases to reconsider.");
    const items = within(within(signalRegion()).getByRole("list", { name: "Phrases to reconsider" })).getAllByRole(
      "listitem",
    );
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByRole("heading", { level: 4 })).toHaveTextContent("1. “I'm pretty open to anything”");
    expect(items[0]).toHaveTextContent("Signals cheap");
    expect(items[0]).toHaveTextContent(`Say instead:“${PHRASES_TO_AVOID[0].instead}”`);
    expect(items[1]).toHaveTextContent("2. “compensation isn't really my main concern”");
    expect(items[1]).toHaveTextContent(PHRASES_TO_AVOID[1].why);
    expect(items[1]).toHaveTextContent(`Say instead:“${PHRASES_TO_AVOID[1].instead}”`);

    await user.click(within(items[1]).getByRole("button", { name: "Copy" }));
    expect(await navigator.clipboard.readText()).toBe(PHRASES_TO_AVOID[1].instead);
  });

  it("marks nothing in a business-like sentence, and says so", async () => {
    const user = renderTab();
    await fillField(
      user,
      draftBox(),
      "I have another offer I'm considering and would like to discuss the call structure.",
    );
    expect(marks()).toHaveLength(0);
    expect(summary()).toHaveTextContent("Nothing here signals cheap, replaceable or desperate.");
    expect(within(signalRegion()).queryByRole("list", { name: "Phrases to reconsider" })).not.toBeInTheDocument();
  });

  // Typed key by key: the marks follow each keystroke.
  it("clears the marks when the phrase is edited away, and says nothing for an empty box", async () => {
    const user = renderTab();
    await user.type(draftBox(), "I just need a job");
    expect(marks().map((m) => m.textContent)).toEqual(["I just need a job (signals desperate)1"]);
    expect(summary()).toHaveTextContent("1 phrase to reconsider.");
    await user.type(draftBox(), " description");
    expect(marks()).toHaveLength(0);
    await user.clear(draftBox());
    expect(summary()).toHaveTextContent(/^$/);
  });

  it("offers only the quoted words to copy where a rule gives advice first", async () => {
    const user = renderTab();
    await user.click(draftBox());
    await user.paste("Honestly I don't have any other offers.");
    const [item] = within(signalRegion()).getAllByRole("listitem");
    const rule = PHRASE_RULES.find((r) => r.id === "no-other-offers")!;
    const { advice, words } = suggestionOf(rule.instead);
    expect(advice).toBe("Don't volunteer it. If asked, answer without detail.");
    expect(item).toHaveTextContent("Signals replaceable");
    expect(item).toHaveTextContent(advice!);
    await user.click(within(item).getByRole("button", { name: "Copy" }));
    expect(await navigator.clipboard.readText()).toBe(words);
    expect(words).not.toContain('"');
  });

  it("marks and lists a long paste's phrases 50 at a time, keeping the text whole", async () => {
    const user = renderTab();
    const paragraph =
      "Thank you for the offer. I'm pretty open to anything.\nSorry to bother you, but I can start whenever you want. ";
    const text = paragraph.repeat(200);
    act(() => {
      fireEvent.change(draftBox(), { target: { value: text } });
    });
    const found = checkPhrases(text);
    expect(found).toHaveLength(600);
    expect(summary()).toHaveTextContent("600 phrases to reconsider.");
    const shown = screen.getByRole("region", { name: "Your text, with the phrases to reconsider marked" });
    /** The marked copy read as the draft, once the hidden signal words and the visible numbers are set aside. */
    const plain = () => {
      const clone = shown.cloneNode(true) as HTMLElement;
      clone.querySelectorAll("mark > span, mark > sup").forEach((n) => n.remove());
      return clone.textContent;
    };
    const phraseItems = () =>
      within(within(signalRegion()).getByRole("list", { name: "Phrases to reconsider" })).getAllByRole("listitem");
    // The first page of phrases is marked and listed; the rest of the text reads as plain text.
    expect(marks()).toHaveLength(50);
    expect(marks().map((m) => m.querySelector("sup")!.textContent)).toEqual(
      found.slice(0, 50).map((_, i) => `${i + 1}`),
    );
    expect(phraseItems()).toHaveLength(50);
    expect(plain()).toBe(text);
    expect(within(signalRegion()).getByText("The first 50 of 600 phrases are marked and listed.")).toBeInTheDocument();
    expect(shown).toHaveAttribute("tabindex", "0");

    await user.click(within(signalRegion()).getByRole("button", { name: "Show 50 more phrases" }));
    expect(marks()).toHaveLength(100);
    expect(phraseItems()).toHaveLength(100);
    expect(within(phraseItems()[99]).getByRole("heading", { level: 4 })).toHaveTextContent(`100. “${found[99].text}”`);
    expect(plain()).toBe(text);
  });

  it("says a draft over 50,000 characters is too long to check, keeps it whole, and checks it once short enough", () => {
    renderTab();
    const sentence = "I just need a job. ";
    const text = sentence.repeat(Math.ceil((SIGNAL_CHECK_MAX_CHARS + 1) / sentence.length));
    act(() => {
      fireEvent.change(draftBox(), { target: { value: text } });
    });
    expect(summary()).toHaveTextContent(draftTooLongMessage(text.length));
    expect(summary()).toHaveTextContent(
      /^This text is 50,\d{3} characters long; the signal check reads at most 50,000 characters \(about 8,000 words\)\. Paste one email or one call's notes at a time\.$/,
    );
    expect(marks()).toHaveLength(0);
    expect(within(signalRegion()).queryByRole("list", { name: "Phrases to reconsider" })).not.toBeInTheDocument();
    expect(draftBox()).toHaveValue(text);
    // At the limit exactly, the draft is checked.
    act(() => {
      fireEvent.change(draftBox(), { target: { value: text.slice(0, SIGNAL_CHECK_MAX_CHARS) } });
    });
    expect(summary()).toHaveTextContent(
      `${Math.floor(SIGNAL_CHECK_MAX_CHARS / sentence.length).toLocaleString("en-US")} phrases to reconsider.`,
    );
    expect(marks()).toHaveLength(50);
  });
});

describe("helpers", () => {
  it("words an ask's figure: a year, a D-grade estimate, once on leaving, or no dollar figure", () => {
    expect(askValueText({ term: "base-below-benchmark", valuePerYear: 130_000 })).toBe("About $130,000 a year");
    expect(askValueText({ term: "admin-time", valuePerYear: 29_000, valueGrade: "D" })).toBe(
      "About $29,000 a year (rough estimate, grade D)",
    );
    expect(askValueText({ term: "non-compete", valuePerYear: 12_619.4, valueGrade: "D" })).toBe(
      "About $12,619 once, if you leave (rough estimate, grade D)",
    );
    expect(askValueText({ term: "title-leadership-path", valuePerYear: null })).toBe("Not a dollar figure");
  });

  it("cuts any text into segments that join back to it, one per match", () => {
    const words = fc.constantFrom(
      "I'm open to anything",
      "I just need a job",
      "sorry to bother you",
      "the call schedule",
      " ",
      "\n",
      "x",
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        const matches = checkPhrases(text);
        const segments = highlightSegments(text, matches);
        expect(segments.map((s) => s.text).join("")).toBe(text);
        expect(segments.filter((s) => "match" in s).map((s) => s.text)).toEqual(matches.map((m) => m.text));
      }),
    );
  });

  it("reads an alternative with no quotation as words to say, and one that is a quotation as its words", () => {
    expect(suggestionOf("Fit matters to me.")).toEqual({ words: "Fit matters to me." });
    expect(suggestionOf('"I\'m excited about this position."')).toEqual({ words: "I'm excited about this position." });
    expect(suggestionOf('Say what you bring: "I am ready."')).toEqual({
      advice: "Say what you bring.",
      words: "I am ready.",
    });
  });

  it("keeps its headings in order under the app's h1", () => {
    renderTab();
    const levels = screen.getAllByRole("heading").map((h) => Number(h.tagName.slice(1)));
    expect(levels[0]).toBe(2);
    levels.forEach((level, i) => {
      if (i > 0) expect(level).toBeLessThanOrEqual(levels[i - 1] + 1);
    });
  });
});
