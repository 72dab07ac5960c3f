/** @jest-environment jsdom */
/**
 * "Open a contract" in the pane, over the pane's own providers: a contract from the test corpus pasted or
 * opened as a .txt file shows what it says (fields with their quotes, conflicts with both quotes, clauses
 * with why); "Check and save as an offer" hands entry the values and shows the Enter offer tab; a file of
 * another type gets the reader's own message. PDFs are read in the browser test (pdf.js is an ES module
 * Jest cannot load): test/e2e/contract.e2e.test.ts.
 */
import fs from "fs";
import path from "path";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { OpenContractPanel } from "../../../src/taskpane/contract/OpenContract";
import { useContractPrefill } from "../../../src/taskpane/contract/prefill";
import { PaneProviders } from "../../../src/taskpane/state/PaneProviders";
import { useNavigation } from "../../../src/taskpane/state/navigation";
import { MemoryStore } from "../../../src/workbook/memory-store";

jest.setTimeout(20_000);

// jsdom has neither TextDecoder nor Blob.arrayBuffer, which every browser the pane runs in has: lent from
// Node and from jsdom's own FileReader, so the reader's .txt path runs as it does in the pane.
beforeAll(() => {
  if (typeof globalThis.TextDecoder === "undefined")
    Object.assign(globalThis, { TextDecoder: jest.requireActual<typeof import("util")>("util").TextDecoder });
  if (typeof Blob.prototype.arrayBuffer !== "function")
    Blob.prototype.arrayBuffer = function (this: Blob) {
      return new Promise<ArrayBuffer>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.onerror = () => reject(reader.error);
        reader.readAsArrayBuffer(this);
      });
    };
});

const corpus = (name: string) =>
  fs.readFileSync(path.join(__dirname, "../../fixtures/contracts", `${name}.txt`), "utf8");

/** What the pane would do next: the tab shown and what entry would open with. */
function Probe() {
  const { tab } = useNavigation();
  const { prefill } = useContractPrefill();
  return (
    <output aria-label="probe">
      {tab} · {prefill ? JSON.stringify(prefill.values) : "no prefill"}
    </output>
  );
}

function setUp() {
  const user = userEvent.setup();
  render(
    <PaneProviders store={new MemoryStore()} first="offers">
      <OpenContractPanel />
      <Probe />
    </PaneProviders>,
  );
  return { user, probe: () => screen.getByRole("status", { name: "probe" }) };
}

async function paste(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(screen.getByLabelText("Or paste the contract's text"));
  await user.paste(text);
  await user.click(screen.getByRole("button", { name: "Read the pasted text" }));
}

describe("Open a contract", () => {
  it("shows what a pasted contract says, then hands it to entry and shows the Enter offer tab", async () => {
    const { user, probe } = setUp();
    await paste(user, corpus("hospital-employed"));

    const review = screen.getByRole("region", { name: "What the pasted text says" });
    expect(within(review).getByText(/never sent anywhere or written to the workbook/)).toBeInTheDocument();

    // The corpus text says "an annual base salary of Two Hundred Ninety Thousand Dollars ($290,000.00)".
    const found = within(review).getByRole("list", { name: "Found in the contract" });
    const base = within(found).getByText("Base salary:").closest("li")!;
    expect(within(base).getByText("$290,000 per year")).toBeInTheDocument();
    expect(within(base).getByText("Read clearly")).toBeInTheDocument();
    expect(within(base).getByText(/Two Hundred Ninety Thousand Dollars \(\$290,000\.00\)/)).toBeInTheDocument();
    // "fifteen (15) miles of any facility": the scope in words, as entry labels it.
    const scope = within(found).getByText("Radius measured from:").closest("li")!;
    expect(within(scope).getByText("Any employer location")).toBeInTheDocument();

    const clauses = within(review).getByRole("list", { name: "Clauses to read closely" });
    const renewal = within(clauses).getByText("Renews automatically").closest("li")!;
    expect(within(renewal).getByText(/renews on the same terms unless someone gives notice/)).toBeInTheDocument();
    expect(within(renewal).getByText(/renew/i, { selector: "blockquote" })).toBeInTheDocument();
    // The contract's governing law is Ohio's: the note names who should review it.
    expect(within(review).getByText(/information, not legal advice.*attorney licensed in Ohio/)).toBeInTheDocument();

    expect(probe()).toHaveTextContent("offers · no prefill");
    await user.click(within(review).getByRole("button", { name: "Check and save as an offer" }));
    expect(probe()).toHaveTextContent(/^entry · /);
    expect(probe()).toHaveTextContent('"baseSalary":"290,000"');
    expect(probe()).toHaveTextContent('"state":"OH"');
    expect(probe()).toHaveTextContent('"tailPaidBy":"employee"');
  });

  it("shows the terms the offer has no field for, with their sentence, and hands them to entry as notes", async () => {
    const { user, probe } = setUp();
    await paste(user, corpus("wrvu-tiers"));
    // The exhibit's table: "6,001 - 7,500 $45.00 / 7,501 - 9,000 $48.00 / 9,001 and above $52.00".
    const also = screen.getByRole("list", { name: "Also stated in the contract" });
    const tiers = within(also).getByText("wRVU tiers:").closest("li")!;
    expect(
      within(tiers).getByText(
        "$45 per wRVU from 6,001 to 7,500; $48 per wRVU from 7,501 to 9,000; $52 per wRVU above 9,000",
      ),
    ).toBeInTheDocument();
    expect(within(tiers).getByText(/9,001 and above \$52\.00/, { selector: "blockquote" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Check and save as an offer" }));
    expect(probe()).toHaveTextContent('"notes":"From the contract: wRVU tiers: $45 per wRVU from 6,001 to 7,500;');
  });

  it("shows a contract that says two things with both quotes, and leaves the value out", async () => {
    const { user, probe } = setUp();
    await paste(user, corpus("contradiction"));
    const conflicts = screen.getByRole("list", { name: "Stated two ways" });
    const base = within(conflicts).getByText("Base salary:").closest("li")!;
    // Section 2 says $310,000 in words and digits; Exhibit B says "$301,000 per year".
    expect(
      within(base).getByText(/\$310,000 per year or \$301,000 per year|\$301,000 per year or \$310,000 per year/),
    ).toBeInTheDocument();
    const quotes = within(base).getAllByText(/./, { selector: "blockquote" });
    expect(quotes).toHaveLength(2);
    expect(quotes.map((q) => q.textContent).join(" ")).toMatch(
      /Three Hundred Ten[\s\S]*\$301,000|\$301,000[\s\S]*Three Hundred Ten/,
    );
    expect(within(screen.getByRole("list", { name: "Found in the contract" })).queryByText("Base salary:")).toBeNull();

    await user.click(screen.getByRole("button", { name: "Check and save as an offer" }));
    expect(probe()).not.toHaveTextContent("baseSalary");
  });

  it("gives a refused file the reader's own message, then reads a .txt contract from its file", async () => {
    setUp();
    const input = screen.getByLabelText("Contract file");
    // Not user.upload: it would drop the file for not matching the picker's accept list, as a browser's
    // dialog does; a drop (or "All files" in the dialog) still hands the pane any file.
    fireEvent.change(input, { target: { files: [new File(["binary"], "offer.doc")] } });
    expect(
      await screen.findByText(/"offer\.doc" is an old Word \.doc file\. Open it in Word and save it as \.docx/),
    ).toBeInTheDocument();

    const text = new File([corpus("hospital-employed")], "hospital-employed.txt", { type: "text/plain" });
    fireEvent.change(input, { target: { files: [text] } });
    const review = await screen.findByRole("region", { name: "What “hospital-employed.txt” says" });
    expect(within(review).getByText("$290,000 per year")).toBeInTheDocument();
  });
});
