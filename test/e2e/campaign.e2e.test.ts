/**
 * The campaign in a real browser (Debian's Chromium), in the preview: the user imports a supply table and
 * sees the heatmap move, adds two processes and watches the tier at the first employer change (in the
 * Campaign tab and in the Leverage tab), and finds the processes again after leaving the tab. One browser
 * launch. The preview's memory store lives as long as the page, so a reload starts it empty (that is
 * checked too, as the preview's promise "nothing persisted"); in Excel the rows are the Search table's,
 * which the store tests read back.
 */
import path from "path";
import type { Browser, Page } from "playwright-core";
import { sharedBuild } from "../harness/build";
import { seriousViolations } from "../harness/browser/axe";
import { isolate, launchChromium, outputFolder } from "../harness/browser/chromium";
import { type StaticServer, serveFolder } from "../harness/browser/static-server";

jest.setTimeout(60_000);

let server: StaticServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];
const shots = outputFolder("e2e");

beforeAll(async () => {
  server = await serveFolder(await sharedBuild("production"));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 420, height: 900 }, reducedMotion: "reduce" });
  page.on("pageerror", (error) => errors.push(error.message));
  await isolate(page, server.origin);
  await page.goto(`${server.origin}/taskpane.html`);
  await page.getByRole("heading", { name: "Leverage", exact: true }).waitFor();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const shot = (name: string) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
const field = (label: string) => page.getByLabel(label, { exact: true });
const tab = (name: string) => page.getByRole("tab", { name, exact: true }).click();
/** The tier on a process's card in the Campaign tab. */
const tierOn = (employer: string) =>
  page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: employer }) })
    .getByText(/^(Known quantity|Safe bet|Desperate filler)$/);

async function addProcess(employer: string, stage: string): Promise<void> {
  await page.getByRole("button", { name: "Add a process" }).click();
  await field("Employer").fill(employer);
  await field("Stage").selectOption({ label: stage });
  await page.getByRole("button", { name: "Add process" }).click();
  await page.getByText(`Added ${employer} in the Search table.`).waitFor();
}

describe("the campaign in the preview, in Chromium", () => {
  it("imports a supply table and shows it on the heatmap", async () => {
    await tab("Scarcity");
    await field("Specialty").selectOption({ label: "Radiology" });
    const map = page.getByRole("list", { name: "Scarcity by state, as a map" });
    await map.getByRole("listitem", { name: "Ohio: 50" }).waitFor();
    await field("Paste supply rows").fill(
      "Specialty\tState\tPer100k\tSource\tYear\nRadiology\tUS\t10\tMy table\t2024\nRadiology\tOH\t5\tMy table\t2024",
    );
    await page.getByRole("button", { name: "Check supply rows" }).click();
    await page.getByRole("button", { name: "Add 2 supply rows to the workbook" }).click();
    // Half the US rate: −10 × log2(0.5) = +10 on Radiology's 50.
    await map.getByRole("listitem", { name: "Ohio: 60" }).waitFor();
    expect(await map.getByRole("listitem").count()).toBe(51);
    expect(await seriousViolations(page)).toEqual([]);
    await shot("campaign-1-heatmap");
  });

  it("adds two processes and the tier at the first employer moves up", async () => {
    await tab("Campaign");
    await addProcess("Alpha Health", "Site visit");
    expect(await tierOn("Alpha Health").textContent()).toBe("Desperate filler");
    await page.getByRole("checkbox", { name: "Trained at a program they trust" }).check();
    await page.getByRole("button", { name: "Save to the Profile table" }).click();
    await page.getByText(/^Profile saved/).waitFor();
    await addProcess("Beta Group", "Second visit");
    await page.getByText(/Serious processes in parallel: 2/).waitFor();
    // Trusted program 1 + one other serious process 1 = 2 points: a safe bet.
    expect(await tierOn("Alpha Health").textContent()).toBe("Safe bet");
    expect(await seriousViolations(page)).toEqual([]);
    await shot("campaign-2-processes");

    await tab("Leverage");
    await field("Employer").selectOption({ label: "Alpha Health" });
    await page.getByRole("heading", { name: "Tier: Safe bet" }).waitFor();
  });

  it("keeps the processes across tabs; a reload of the preview starts empty (memory only)", async () => {
    await tab("Offers");
    await tab("Campaign");
    await page.getByRole("heading", { name: "Beta Group" }).waitFor();
    await page.reload();
    await page.getByRole("heading", { name: "Leverage", exact: true }).waitFor();
    await tab("Campaign");
    await page.getByText("No processes yet: add the employers you talk with.").waitFor();
    expect(errors).toEqual([]);
  });
});
