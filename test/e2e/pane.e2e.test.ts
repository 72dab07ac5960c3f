/**
 * The task pane in a real browser (Debian's Chromium), as a new user on a machine without Excel meets it:
 * the production build (the run's shared one) served locally, opened as a plain web page, where it runs as a preview. The user
 * enters the seed's $290k "call shared equally" offer step by step, sees the flags, saves it, finds the row,
 * edits it, deletes it. Then, with the seed's offer and the co-resident's $420k + $40k sign-on + $20k
 * relocation offer, the user compares them, gets a negotiation plan for the weaker one, checks a draft
 * email and their leverage, and prepares the workbook for a mentor. Last, two Family Medicine offers in
 * different places, $350k in Houston and $420k in San Jose: Houston is marked best on real value though San
 * Jose pays more in dollars. axe-core checks the pane on the way; screenshots go to test-output/e2e/.
 */
import path from "path";
import type { Browser, Page } from "playwright-core";
import { sharedBuild } from "../harness/build";
import { seriousViolations } from "../harness/browser/axe";
import { type RequestLog, isolate, launchChromium, outputFolder } from "../harness/browser/chromium";
import { type StaticServer, serveFolder } from "../harness/browser/static-server";

jest.setTimeout(90_000);

let dist: string;
let server: StaticServer;
let browser: Browser;
let page: Page;
let requests: RequestLog;
const errors: string[] = [];
const shots = outputFolder("e2e");

beforeAll(async () => {
  dist = await sharedBuild("production");
  server = await serveFolder(dist);
  browser = await launchChromium();
  // Reduced motion: axe checks dialogs when they are open, not midway through a fade.
  page = await browser.newPage({ viewport: { width: 420, height: 900 }, reducedMotion: "reduce" });
  page.on("pageerror", (error) => errors.push(error.message));
  requests = await isolate(page, server.origin);
  await page.goto(`${server.origin}/taskpane.html`);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const shot = (name: string) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
const field = (label: string) => page.getByLabel(label, { exact: true });
const next = () => page.getByRole("button", { name: "Next" }).click();

describe("the task pane as a preview, in Chromium", () => {
  it("opens as a preview that says so, with office.js loaded from the (intercepted) CDN", async () => {
    await page.getByRole("heading", { name: "Leverage", exact: true }).waitFor();
    await page
      .getByText(/preview/i)
      .first()
      .waitFor();
    expect(requests.officeJs[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(await seriousViolations(page)).toEqual([]);
    await shot("1-start");
  });

  it("takes the seed's offer step by step and flags its weak terms live", async () => {
    await page.getByRole("tab", { name: "Enter offer" }).click();
    // A new offer opens on quick entry; this walks the seven steps.
    await page.getByRole("button", { name: "All details" }).click();
    await field("Employer").fill("Riverside Behavioral Health");
    await field("Specialty").fill("Psychiatry");
    await field("Market").selectOption({ label: "Saturated metro" });
    await next();
    await field("Base salary").fill("290,000");
    await field("Sign-on bonus").fill("0");
    await next();
    await page.getByRole("heading", { name: /^Step 3 of 7 · Benefits and raises/ }).waitFor();
    await next();
    await field("Call shifts").fill("4");
    await field("How call is paid").selectOption({ label: "Shared equally, unpaid" });
    const flags = page.getByRole("region", { name: "Flags" });
    await flags
      .getByText(/\$299,000/)
      .first()
      .waitFor();
    await flags
      .getByText(/No signing bonus/)
      .first()
      .waitFor();
    await flags
      .getByText(/unpaid call/i)
      .first()
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shot("2-flags");
  });

  it("saves the offer and shows the row it would write", async () => {
    await next();
    await next();
    await next();
    await page.getByRole("button", { name: "Save offer" }).click();
    await page.getByRole("button", { name: "Edit Riverside Behavioral Health" }).waitFor();
    const rows = page.getByRole("region", { name: "Rows Leverage would write" });
    await rows.getByRole("cell", { name: "Riverside Behavioral Health" }).waitFor();
    await rows.getByRole("cell", { name: "Shared equally, unpaid" }).waitFor();
    await rows
      .getByRole("cell", { name: /^=OFFER\.TOTALCOMP\(/ })
      .first()
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shot("3-saved");
  });

  it("edits the offer: the new base shows in the list and in the row, at revision 2", async () => {
    await page.getByRole("button", { name: "Edit Riverside Behavioral Health" }).click();
    await next();
    await field("Base salary").fill("305000");
    for (let i = 0; i < 5; i++) await next();
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("button", { name: "Edit Riverside Behavioral Health" }).waitFor();
    await page.getByText("$305,000").first().waitFor();
    const rows = page.getByRole("region", { name: "Rows Leverage would write" });
    await rows.getByRole("cell", { name: "305000", exact: true }).waitFor();
    await shot("4-edited");
  });

  it("deletes the offer after confirmation", async () => {
    await page.getByRole("button", { name: "Delete Riverside Behavioral Health" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("button", { name: "Edit Riverside Behavioral Health" }).waitFor({ state: "detached" });
    await shot("5-deleted");
  });

  it("enters the seed's offer and the co-resident's stronger one", async () => {
    const enter = async (fields: {
      employer: string;
      market: string;
      base: string;
      signOn: string;
      relocation: string;
      call?: boolean;
    }) => {
      await page.getByRole("tab", { name: "Enter offer" }).click();
      // A new offer opens on quick entry; this walks the seven steps.
      await page.getByRole("button", { name: "All details" }).click();
      await field("Employer").fill(fields.employer);
      await field("Specialty").fill("Psychiatry");
      await field("Market").selectOption({ label: fields.market });
      await next();
      await field("Base salary").fill(fields.base);
      await field("Sign-on bonus").fill(fields.signOn);
      await field("Relocation allowance").fill(fields.relocation);
      await next();
      await next();
      if (fields.call) {
        await field("Call shifts").fill("4");
        await field("How call is paid").selectOption({ label: "Shared equally, unpaid" });
      }
      for (let i = 0; i < 3; i++) await next();
      await page.getByRole("button", { name: "Save offer" }).click();
      await page.getByRole("button", { name: `Edit ${fields.employer}` }).waitFor();
    };
    await enter({
      employer: "Riverside Behavioral Health",
      market: "Saturated metro",
      base: "290,000",
      signOn: "0",
      relocation: "0",
      call: true,
    });
    await enter({
      employer: "Northside Health",
      market: "Metro",
      base: "420,000",
      signOn: "40,000",
      relocation: "20,000",
    });
  });

  it("compares the two offers side by side and writes the Compare sheet", async () => {
    await page.getByRole("tab", { name: "Compare" }).click();
    const table = page.getByRole("table", { name: "Metrics by offer" });
    await table.waitFor();
    const year1 = table.getByRole("row", { name: /^Total comp year 1 \(nominal\)/ });
    await year1.getByText("$290,000").waitFor();
    await year1.getByText("$480,000").waitFor();
    // Neither offer has a state, so neither has a take-home: nominal pay, judged by real value, marks none,
    // and the tab says what is missing.
    expect(await year1.getByText("Best").count()).toBe(0);
    const notes = page.getByRole("list", { name: "Notes on the offers' value" });
    await notes
      .getByText(/take-home and real value need its state/)
      .first()
      .waitFor();
    expect(await notes.getByRole("listitem").count()).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Update the Compare sheet" }).click();
    await page.getByText("Compare sheet updated: 2 offers, with a chart of real value.").waitFor();
    const rows = page.getByRole("region", { name: "Rows Leverage would write" });
    await rows.getByRole("table", { name: /^Compare table/ }).waitFor();
    await rows.getByRole("table", { name: /^Profile table/ }).waitFor();
    await rows.getByRole("table", { name: /^Projection table/ }).waitFor();
    await shot("6-compare");
  });

  it("plans the negotiation for the weaker offer, with what the other offer does better", async () => {
    await page.getByRole("tab", { name: "Negotiate" }).click();
    await page.getByLabel("Offer", { exact: true }).selectOption({ label: "Riverside Behavioral Health" });
    const plan = page.getByRole("list", { name: /^Asks for Riverside Behavioral Health/ });
    await plan.getByText("About $130,000 a year").first().waitFor();
    await plan.getByText("Another offer I'm considering pays $420,000 base.").first().waitFor();
    await plan.getByText("Another offer I'm considering pays a $40,000 sign-on bonus.").first().waitFor();
    await page.getByRole("button", { name: /Write this plan to the Negotiation sheet/ }).click();
    await page.getByText(/^Negotiation sheet updated: \d+ asks for “Riverside Behavioral Health”/).waitFor();
    await page
      .getByRole("region", { name: "Rows Leverage would write" })
      .getByRole("table", { name: /^Negotiation table/ })
      .waitFor();
    // The signal check marks what sounds cheap, replaceable or desperate.
    await page
      .getByLabel(/Paste a draft email or call notes/)
      .fill("Thanks for the offer. I'm pretty open to anything, and compensation isn't really my main concern.");
    await page.getByText("2 phrases to reconsider").first().waitFor();
    expect(await page.locator("mark").count()).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);
    await shot("7-negotiate");
  });

  it("places the candidate in a leverage tier and says what would move them up", async () => {
    await page.getByRole("tab", { name: "Leverage" }).click();
    await page.getByRole("heading", { name: /^Tier: Desperate filler/ }).waitFor();
    await page
      .getByRole("checkbox", {
        name: "Will a respected attending or your program director call them for you, unprompted?",
      })
      .check();
    await page.getByRole("heading", { name: /^Tier: Known quantity/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shot("8-leverage");
  });

  it("prepares the workbook for a mentor: a summary of plain values and value copies", async () => {
    await page.getByRole("tab", { name: "Share" }).click();
    await page.getByRole("checkbox", { name: "Also copy the Offers and Compare sheets as values" }).check();
    await page.getByRole("button", { name: "Prepare for review" }).click();
    await page
      .getByText(/^Mentor summary ready: 2 offers\. Value copies: Offers \(values\), Compare \(values\)\.$/)
      .waitFor();
    const rows = page.getByRole("region", { name: "Rows Leverage would write" });
    const summary = rows.getByRole("table", { name: /^Mentor summary table/ });
    await summary.getByRole("cell", { name: "Northside Health" }).waitFor();
    await summary.getByRole("cell", { name: "480000", exact: true }).first().waitFor();
    // Plain values only: no OFFER formula anywhere in the summary a mentor reads.
    expect(await summary.getByText(/OFFER\./).count()).toBe(0);
    await rows.getByRole("table", { name: /^Offers \(values\) sheet/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shot("9-share");
  });

  it("marks a Houston offer best on real value over a San Jose one that pays more in dollars", async () => {
    // A fresh start: the earlier offers go, so the table holds the two offers alone.
    await page.getByRole("tab", { name: "Offers" }).click();
    for (const employer of ["Riverside Behavioral Health", "Northside Health"]) {
      await page.getByRole("button", { name: `Delete ${employer}` }).click();
      await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
      await page.getByRole("button", { name: `Edit ${employer}` }).waitFor({ state: "detached" });
    }
    const enter = async (employer: string, city: string, state: string, base: string) => {
      await page.getByRole("tab", { name: "Enter offer" }).click();
      // A new offer opens on quick entry; this walks the seven steps.
      await page.getByRole("button", { name: "All details" }).click();
      await field("Employer").fill(employer);
      await field("Specialty").fill("Family Medicine");
      await field("City").fill(city);
      await field("State").fill(state);
      await next();
      await field("Base salary").fill(base);
      await field("Sign-on bonus").fill("20,000");
      await field("Relocation allowance").fill("10,000");
      await field("How pay grows with work").selectOption({ label: "Salary only" });
      for (let i = 0; i < 5; i++) await next();
      await page.getByRole("heading", { name: /^Step 7 of 7 · / }).waitFor();
      await page.getByRole("button", { name: "Save offer" }).click();
      await page.getByRole("button", { name: `Edit ${employer}` }).waitFor();
    };
    await enter("Bayou Family Medicine", "Houston", "TX · Texas", "350,000");
    await enter("Valley Family Medicine", "San Jose", "CA · California", "420,000");
    // The list shows take-home and real take-home beside nominal total comp.
    const houstonCard = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "Bayou Family Medicine" }) });
    await houstonCard.getByText("Real take-home year 1").waitFor();

    await page.getByRole("tab", { name: "Compare" }).click();
    const table = page.getByRole("table", { name: "Metrics by offer" });
    await table.waitFor();
    const headers = await table.getByRole("columnheader").allTextContents();
    expect(headers).toEqual(["Metric", "Bayou Family Medicine", "Valley Family Medicine"]);
    /** The text of each offer's cell on a row, found by the start of its name, in column order. */
    const cells = async (name: RegExp) => table.getByRole("row", { name }).getByRole("cell").allTextContents();
    const dollarsIn = (text: string) => Number(/\$([\d,]+)/.exec(text)![1].replace(/,/g, ""));

    // San Jose pays more in dollars: $420,000 + $30,000 against $350,000 + $30,000 ...
    const nominal = await cells(/^Total comp year 1 \(nominal\)/);
    expect(dollarsIn(nominal[1])).toBeGreaterThan(dollarsIn(nominal[0]));
    // ... but keeps less at its prices: Houston is best on real take-home and on multi-year value.
    const real = await cells(/^Real take-home year 1/);
    expect(real[0]).toMatch(/Best$/);
    expect(real[1]).not.toMatch(/Best/);
    expect(dollarsIn(real[0])).toBeGreaterThan(dollarsIn(real[1]));
    const multiYear = await cells(/^Multi-year value/);
    expect(multiYear[0]).toMatch(/Best$/);
    expect(multiYear[1]).not.toMatch(/Best/);
    // The nominal row's mark follows real value, and says so.
    expect(nominal[0]).toMatch(/Best$/);
    await table
      .getByRole("rowheader", { name: /^Total comp year 1 \(nominal\) \(judged by Real take-home year 1\)/ })
      .waitFor();
    // The price level is for reference: San Jose's metro is dearer than Texas, and neither is marked.
    const prices = await cells(/^Price level/);
    expect(prices).toEqual(["97.2", "112.9"]);
    // Houston is not among the BEA metro areas shipped: it is priced at Texas's average, and the tab says so.
    await page
      .getByRole("list", { name: "Notes on the offers' value" })
      .getByText(/priced as Texas \(state average\)/)
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shot("10-real-value");
  });

  it("threw no script error and reached nothing outside the test server but office.js", () => {
    expect(errors).toEqual([]);
    // office.js itself asks for a telemetry frame on Microsoft's servers; the test refuses it. Leverage's
    // own code makes no request outside the add-in's origin (ESLint forbids fetch and friends in src/).
    for (const url of requests.refused)
      expect(new URL(url).hostname).toMatch(/(^|\.)(microsoft\.com|office\.net|oaspapps\.com|office\.com)$/);
  });
});
