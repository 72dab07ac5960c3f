/**
 * The Content-Security-Policy (scripts/webpack/csp.js) in Chromium, on both builds a user can meet: the
 * production build (office.js from Microsoft's CDN, answered here from the @microsoft/office-js package)
 * and the offline preview that `npm start` serves on Linux (office.js from the add-in's own origin).
 *
 * For each: every page carries the policy before any script; the pane starts, takes an offer, flags it,
 * saves it, deletes it and opens every tab with no violation except office.js's telemetry frame, which the
 * policy itself blocks before any request leaves the page; every request goes to the local server (or,
 * in production, to the office.js CDN path); and the policy is really enforced: eval, connections and
 * outside scripts are refused.
 */
import fs from "fs";
import type { Browser, Page } from "playwright-core";
import { sharedBuild } from "../harness/build";
import { type RequestLog, isolate, launchChromium } from "../harness/browser/chromium";
import { type StaticServer, serveFolder } from "../harness/browser/static-server";

jest.setTimeout(90_000);

const OFFICE_CDN = "https://appsforoffice.microsoft.com";
const TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com";

/** The policy each page must carry, directive by directive. */
const PANE_POLICY = (scriptSrc: string[]) => ({
  "default-src": ["'none'"],
  "script-src": scriptSrc,
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'"],
  "worker-src": ["'self'"],
  "connect-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
});
const HELP_POLICY = {
  "default-src": ["'none'"],
  "style-src": ["'self'"],
  "img-src": ["'self'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
};

interface Build {
  name: string;
  scriptSrc: string[];
  /** Whether office.js comes from the CDN (intercepted) rather than the add-in's origin. */
  cdn: boolean;
  dist?: string;
  server?: StaticServer;
}

const BUILDS: Build[] = [
  { name: "the production build", scriptSrc: ["'self'", OFFICE_CDN], cdn: true },
  { name: "the offline preview build", scriptSrc: ["'self'"], cdn: false },
];

/** A violation as the page reported it. */
interface Violation {
  directive: string;
  blocked: string;
  source: string;
}

/** What a page did: requests it made, violations it reported, script errors. */
interface Watched {
  page: Page;
  requests: string[];
  /** Requests that failed, with Chromium's reason ("csp" when the policy stopped them). */
  failed: Map<string, string>;
  routed: RequestLog;
  errors: string[];
  violations(): Promise<Violation[]>;
}

let browser: Browser;

beforeAll(async () => {
  [BUILDS[0].dist, BUILDS[1].dist] = await Promise.all([sharedBuild("production"), sharedBuild("preview")]);
  for (const build of BUILDS) build.server = await serveFolder(build.dist!);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  for (const build of BUILDS) await build.server?.close();
});

/** A new page that records every request, every securitypolicyviolation event and every script error. */
async function watchedPage(origin: string): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width: 420, height: 900 }, reducedMotion: "reduce" });
  const requests: string[] = [];
  const errors: string[] = [];
  const failed = new Map<string, string>();
  page.on("request", (request) => requests.push(request.url()));
  page.on("requestfailed", (request) => failed.set(request.url(), request.failure()?.errorText ?? ""));
  page.on("pageerror", (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const seen: Array<{ directive: string; blocked: string; source: string }> = [];
    (window as unknown as { cspViolations: typeof seen }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI, source: e.sourceFile }),
    );
  });
  const routed = await isolate(page, origin);
  const violations = () => page.evaluate(() => (window as unknown as { cspViolations: Violation[] }).cspViolations);
  return { page, requests, failed, routed, errors, violations };
}

/** The page's policy, directive by directive, and whether its meta tag comes before every script. */
async function policyOf(
  page: Page,
): Promise<{ directives: Record<string, string[]>; beforeScripts: boolean; count: number }> {
  return page.evaluate(() => {
    const metas = [...document.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]')];
    const head = [...document.head.children];
    const firstScript = head.findIndex((e) => e.tagName === "SCRIPT" || e.tagName === "LINK");
    const at = metas.length > 0 ? head.indexOf(metas[0]) : -1;
    const directives = Object.fromEntries(
      (metas[0]?.getAttribute("content") ?? "")
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0] !== "")
        .map(([name, ...sources]) => [name, sources]),
    );
    return { directives, beforeScripts: at >= 0 && (firstScript < 0 || at < firstScript), count: metas.length };
  });
}

const isLocal = (url: string) => ["127.0.0.1", "localhost"].includes(new URL(url).hostname);

describe.each(BUILDS)("$name", (build) => {
  it("carries the policy, before any script or stylesheet, on the pane and on every help page", async () => {
    const origin = build.server!.origin;
    const { page, violations } = await watchedPage(origin);
    await page.goto(`${origin}/taskpane.html`);
    expect(await policyOf(page)).toEqual({ directives: PANE_POLICY(build.scriptSrc), beforeScripts: true, count: 1 });

    const { functions } = JSON.parse(fs.readFileSync(`${build.dist}/functions.json`, "utf8")) as {
      functions: Array<{ id: string }>;
    };
    const helpPages = [
      "index",
      "support",
      "privacy",
      "guide",
      "formulas-not-loading",
      ...functions.map((f) => f.id.toLowerCase()),
    ];
    expect(helpPages.length).toBeGreaterThan(10);
    for (const name of helpPages) {
      await page.goto(`${origin}/help/${name}.html`);
      expect({ name, ...(await policyOf(page)) }).toEqual({
        name,
        directives: HELP_POLICY,
        beforeScripts: true,
        count: 1,
      });
      // The page's own stylesheet is allowed and applied.
      expect(await page.evaluate(() => [...document.styleSheets].map((s) => s.cssRules.length > 0))).toEqual([true]);
      expect(await violations()).toEqual([]);
      // At the pane's 420 px: nothing scrolls sideways, and no figure ("65,119") is split over two lines.
      expect({
        name,
        ...(await page.evaluate(() => ({
          width: document.documentElement.scrollWidth,
          splitFigures: [...document.querySelectorAll(".figure code")]
            .filter((code) => new Set([...code.getClientRects()].map((r) => Math.round(r.top))).size > 1)
            .map((code) => code.textContent),
        }))),
      }).toEqual({ name, width: 420, splitFigures: [] });
    }
    await page.close();
  });

  it("runs the pane (enter, flag, save, delete, every tab) with no violation but office.js's telemetry frame, blocked by the policy", async () => {
    const origin = build.server!.origin;
    const { page, requests, routed, errors, violations } = await watchedPage(origin);
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole("heading", { name: "Leverage", exact: true }).waitFor();
    await page.getByRole("tab", { name: "Enter offer" }).click();
    // A new offer opens on quick entry; this walks the seven steps.
    await page.getByRole("button", { name: "All details" }).click();
    await page.getByLabel("Employer", { exact: true }).fill("Riverside Behavioral Health");
    await page.getByLabel("Specialty", { exact: true }).fill("Psychiatry");
    await page.getByLabel("Market", { exact: true }).selectOption({ label: "Saturated metro" });
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByLabel("Base salary", { exact: true }).fill("290,000");
    await page.getByLabel("Sign-on bonus", { exact: true }).fill("0");
    // Flags render (zod has checked the draft, Griffel has inserted their styles): the pane works under the policy.
    const flags = page.getByRole("region", { name: "Flags" });
    await flags
      .getByText(/\$299,000/)
      .first()
      .waitFor();
    await flags
      .getByText(/No signing bonus/)
      .first()
      .waitFor();
    expect(
      await page.getByRole("heading", { name: "Leverage", exact: true }).evaluate((h) => getComputedStyle(h).margin),
    ).toBe("0px");
    // Save, then delete through the confirmation dialog (a portal with its own run-time styles).
    for (let i = 0; i < 5; i++) await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("button", { name: "Save offer" }).click();
    await page.getByRole("button", { name: "Delete Riverside Behavioral Health" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
    await page.getByRole("button", { name: "Edit Riverside Behavioral Health" }).waitFor({ state: "detached" });
    // The panels loaded on first use come as separate script files from the add-in's origin.
    for (const tab of ["Benchmarks", "Formulas"]) {
      await page.getByRole("tab", { name: tab }).click();
      await page
        .getByRole("heading", { name: tab === "Formulas" ? /formula/i : "Benchmarks" })
        .first()
        .waitFor();
    }

    expect(errors).toEqual([]);
    // The only violation: office.js asks for Microsoft's telemetry frame a moment after it starts, and the
    // policy (frame-src falls back to default-src 'none') refuses it before any request is made. (A
    // "script-src eval" one from taskpane.js would be zod probing `new Function`: zod must run jitless.)
    await page.waitForFunction(
      (url) => (window as unknown as { cspViolations: Violation[] }).cspViolations.some((v) => v.blocked === url),
      TELEMETRY,
    );
    expect((await violations()).map((v) => ({ directive: v.directive, blocked: v.blocked }))).toEqual([
      { directive: "frame-src", blocked: TELEMETRY },
    ]);
    expect(requests.filter((url) => url.startsWith(TELEMETRY))).toEqual([]);
    expect(routed.refused).toEqual([]);
    // Every request went to the local server, except (production only) office.js's own files on its CDN path.
    const outside = requests.filter((url) => !isLocal(url));
    if (build.cdn) {
      expect(outside.length).toBeGreaterThan(0);
      for (const url of outside)
        expect(url).toMatch(/^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/[\w./-]+\.js$/);
      expect(routed.officeJs).toEqual(outside);
    } else {
      expect(outside).toEqual([]);
      expect(requests.some((url) => url.endsWith("/officejs/office.js"))).toBe(true);
    }
    await page.close();
  });

  it("enforces the policy: no eval, no connection, no script from elsewhere", async () => {
    const origin = build.server!.origin;
    const { page, requests, failed, routed, violations } = await watchedPage(origin);
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole("heading", { name: "Leverage", exact: true }).waitFor();
    const before = (await violations()).length;
    const outcomes = await page.evaluate(async (own) => {
      const attempt = async (run: () => unknown) => {
        try {
          await run();
          return "ran";
        } catch (error) {
          return (error as Error).name;
        }
      };
      const loadScript = (src: string) =>
        new Promise<string>((resolve) => {
          const script = document.createElement("script");
          script.src = src;
          script.onload = () => resolve("loaded");
          script.onerror = () => resolve("refused");
          document.body.append(script);
        });
      return {
        // Code run by page.evaluate itself may eval (the DevTools protocol allows it), so eval is tried the
        // way a page's own script would meet it: a string handed to setTimeout runs later, in the page.
        eval: await new Promise<string>((resolve) => {
          const flag = window as unknown as { evalRan?: boolean };
          setTimeout("window.evalRan = true", 0);
          setTimeout(() => resolve(flag.evalRan ? "ran" : "refused"), 200);
        }),
        fetchOwn: await attempt(() => fetch(`${own}/functions.json`)),
        fetchOutside: await attempt(() => fetch("https://example.com/")),
        script: await loadScript("https://example.com/x.js"),
      };
    }, origin);
    expect(outcomes).toEqual({ eval: "refused", fetchOwn: "TypeError", fetchOutside: "TypeError", script: "refused" });
    const probes = (await violations()).slice(before).map((v) => `${v.directive} ${v.blocked}`);
    expect(probes).toEqual([
      "script-src eval",
      `connect-src ${origin}/functions.json`,
      "connect-src https://example.com/",
      "script-src-elem https://example.com/x.js",
    ]);
    // Chromium reports the outside script as a request, which the policy stops before it leaves the page:
    // the test's router (which refuses anything that reaches the network) never sees it.
    expect(requests.filter((url) => url.includes("example.com") || url.endsWith("/functions.json"))).toEqual([
      "https://example.com/x.js",
    ]);
    expect(failed.get("https://example.com/x.js")).toBe("csp");
    expect(routed.refused).toEqual([]);
    await page.close();
  });
});

// One page in the offline preview, narrowed to the narrowest pane Office gives (320 px), through every tab.
// The native Offer picker on Negotiate was sized by its longest employer name and pushed the whole pane
// sideways; two offers with long names are saved first (through quick entry, the fewest clicks).
describe("the pane at 320 px", () => {
  it("scrolls sideways on no tab", async () => {
    const origin = BUILDS[1].server!.origin;
    const { page, errors } = await watchedPage(origin);
    await page.setViewportSize({ width: 320, height: 900 });
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole("heading", { name: "Leverage", exact: true }).waitFor();
    const sideways = () =>
      page.evaluate(() => {
        const root = document.scrollingElement!;
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
      });
    const loadedPanel = () => page.getByText("Loading…").waitFor({ state: "detached" });
    for (const employer of [
      "Lakeshore Health (hospital-employed)",
      "Riverside Behavioral Health Partners of Illinois",
    ]) {
      await page.getByRole("tab", { name: "Enter offer" }).click();
      await loadedPanel();
      // A new offer opens on quick entry.
      await page.getByRole("heading", { name: /^Quick entry · / }).waitFor();
      await page.getByLabel("Employer", { exact: true }).fill(employer);
      await page.getByLabel("Specialty", { exact: true }).fill("Psychiatry");
      await page.getByLabel("State", { exact: true }).fill("Texas");
      await page.getByLabel("Base salary", { exact: true }).fill("420k");
      const { scrollWidth, clientWidth } = await sideways();
      expect({ tab: "Quick entry", fits: scrollWidth <= clientWidth }).toEqual({ tab: "Quick entry", fits: true });
      await page.getByRole("button", { name: "Save offer" }).click();
      await page.getByRole("button", { name: `Edit ${employer}` }).waitFor();
    }
    // Each tab by place (its id names it in a failure): a Fluent tab's text holds its label twice.
    const tabs = page.getByRole("tab");
    const count = await tabs.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i++) {
      const tab = (await tabs.nth(i).getAttribute("id")) ?? String(i);
      await tabs.nth(i).click();
      await loadedPanel();
      const { scrollWidth, clientWidth } = await sideways();
      expect({ tab, fits: scrollWidth <= clientWidth }).toEqual({ tab, fits: true });
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
