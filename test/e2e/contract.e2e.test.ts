/**
 * Opening a contract in the built pane, in Chromium, as a resident would: a scanned PDF is named a scan; the
 * hospital-employed contract as a real text PDF (made by scripts/make-contract-files.mjs, read by pdf.js in
 * its worker on the pane's own origin) shows what it says with quotes and clauses, and nothing leaves the
 * page; "Check and save as an offer" opens entry pre-filled, the user adds the specialty the contract does
 * not name and saves with entry's own Save; the offer is on the Offers tab with its flags. One browser, one
 * page; the shared production build, as pane.e2e.test.ts.
 */
import { execFile } from "child_process";
import path from "path";
import { promisify } from "util";
import type { Browser, Page } from "playwright-core";
import { ROOT, sharedBuild } from "../harness/build";
import { seriousViolations } from "../harness/browser/axe";
import { type RequestLog, isolate, launchChromium, outputFolder } from "../harness/browser/chromium";
import { type StaticServer, serveFolder } from "../harness/browser/static-server";

jest.setTimeout(60_000);

// Its own folder: test/extract/read-files.test.ts empties test-output/contracts/ when it starts, and may run
// at the same time as this suite.
const FILES = path.join(ROOT, "test-output/contracts-e2e");

let server: StaticServer;
let browser: Browser;
let page: Page;
let requests: RequestLog;
const errors: string[] = [];
const shots = outputFolder("e2e");

beforeAll(async () => {
  const [dist] = await Promise.all([
    sharedBuild("production"),
    promisify(execFile)(process.execPath, [path.join(ROOT, "scripts/make-contract-files.mjs"), FILES], { cwd: ROOT }),
  ]);
  server = await serveFolder(dist);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 420, height: 900 }, reducedMotion: "reduce" });
  page.on("pageerror", (error) => errors.push(error.message));
  // A React render error unmounts the pane and shows only in the console: counted as a page error.
  page.on("console", (message) => {
    if (message.type() === "error" && /error occurred in the </.test(message.text())) errors.push(message.text());
  });
  requests = await isolate(page, server.origin);
  await page.goto(`${server.origin}/taskpane.html`);
  await page.getByRole("heading", { name: "Offers", exact: true }).waitFor();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const shot = (name: string) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
const open = (file: string) => page.getByLabel("Contract file").setInputFiles(path.join(FILES, file));

describe("opening a contract in the pane, in Chromium", () => {
  it("names a scanned PDF a scan instead of reading nothing", async () => {
    await page.getByRole("button", { name: "Open a contract" }).click();
    await open("scanned.pdf");
    await page.getByText(/“scanned\.pdf”: This PDF has no text layer/).waitFor();
  });

  it("reads a text PDF on the machine: fields with their quotes, and the clauses that matter", async () => {
    await open("hospital-employed.pdf");
    const review = page.getByRole("region", { name: "What “hospital-employed.pdf” says" });
    await review.waitFor();
    const found = review.getByRole("list", { name: "Found in the contract" });
    // "an annual base salary of Two Hundred Ninety Thousand Dollars ($290,000.00)"
    await found.getByText("$290,000 per year").waitFor();
    await found.getByText(/Two Hundred Ninety Thousand Dollars/).waitFor();
    await found.getByText("Physician", { exact: true }).waitFor(); // who pays the tail
    await review.getByRole("list", { name: "Clauses to read closely" }).getByText("Renews automatically").waitFor();
    // pdf.js ran in its worker from the pane's origin; nothing else was asked for, so nothing was sent.
    expect(requests.refused).toEqual([]);
    expect(errors).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await shot("contract-1-review");
  });

  it("confirms into entry, saves there, and shows the offer with its flags on the Offers tab", async () => {
    await page.getByRole("button", { name: "Check and save as an offer" }).click();
    await page.getByRole("tab", { name: "Enter offer", selected: true }).waitFor();
    const employer = page.getByLabel("Employer", { exact: true });
    await employer.waitFor();
    await shot("contract-2-entry");
    expect(await employer.inputValue()).toBe("Riverbend Regional Health System");
    // The contract says "internal medicine services" but names no specialty field: the user types it.
    await page.getByLabel("Specialty", { exact: true }).fill("Internal Medicine");
    const save = page.getByRole("button", { name: "Save offer" });
    for (let step = 0; step < 10 && !(await save.isVisible()); step++)
      await page.getByRole("button", { name: "Next" }).click();
    await save.click();
    const edit = page.getByRole("button", { name: "Edit Riverbend Regional Health System" });
    await edit.waitFor();
    const item = page.getByRole("listitem").filter({ has: edit });
    await item.getByText("$290,000").first().waitFor();
    // A claims-made policy whose tail the physician pays, and a non-compete from any facility: red flags.
    await item.getByText(/\d+ red flags?/).waitFor();
    expect(errors).toEqual([]);
    await shot("contract-3-saved");
  });
});
