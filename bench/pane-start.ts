/**
 * Task-pane start in headless Chromium, on the built pane served over loopback as the preview (the pane
 * as a browser outside Excel runs it; office.js is answered from the npm package, every other outside
 * request is refused, as in the browser test). Each run is a fresh browser, so nothing is cached.
 *
 * Timestamps are `performance.now()` in the page, whose zero is the start of navigation. The pane opens
 * on the Offers list, so "interactive" is when that list has been read and its first control, New offer,
 * is enabled and can take focus. The script then presses New offer at once and also records when the
 * first step's first field (Employer) can take focus: that includes loading the entry chunk.
 */
import type { Browser } from "playwright-core";
import { isolate, launchChromium } from "../test/harness/browser/chromium";
import { serveFolder } from "../test/harness/browser/static-server";

/** One run's timestamps, milliseconds from navigation start. */
export interface PaneStart {
  interactive: number;
  firstField: number;
}

/** What the in-page watcher records on `window`. */
interface Marks {
  interactive?: number;
  firstField?: number;
}

/** Runs in the page before its own scripts: watches the DOM and records the two moments. */
function watchPaneStart(): void {
  const marks: Marks = {};
  (window as unknown as { __leverageBench: Marks }).__leverageBench = marks;
  const usable = (el: Element | null | undefined): el is HTMLElement =>
    el instanceof HTMLElement &&
    !(el as HTMLButtonElement | HTMLInputElement).disabled &&
    el.getAttribute("aria-disabled") !== "true" &&
    el.tabIndex >= 0 &&
    el.getClientRects().length > 0;
  const check = () => {
    if (marks.interactive === undefined) {
      const listRead =
        document.querySelector('[aria-label="Stored offers"]') ||
        [...document.querySelectorAll("p")].some((p) => p.textContent?.startsWith("No offers yet"));
      const add = [...document.querySelectorAll("button")].find((b) => b.textContent?.trim() === "New offer");
      if (listRead && usable(add)) {
        marks.interactive = performance.now();
        add.click();
      }
      return;
    }
    const label = [...document.querySelectorAll("label")].find(
      (l) => l.textContent?.replace(/\*/g, "").trim() === "Employer",
    );
    const field = label?.htmlFor ? document.getElementById(label.htmlFor) : undefined;
    if (usable(field)) {
      marks.firstField = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
}

/** One cold start in a new browser. */
async function startOnce(browser: Browser, url: string, origin: string): Promise<PaneStart> {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await isolate(page, origin);
    await page.addInitScript(watchPaneStart);
    await page.goto(url);
    await page.waitForFunction(
      () => (window as unknown as { __leverageBench?: Marks }).__leverageBench?.firstField !== undefined,
      undefined,
      { timeout: 30_000 },
    );
    if (errors.length > 0) throw new Error(`the pane threw: ${errors.join("; ")}`);
    const marks = await page.evaluate(() => (window as unknown as { __leverageBench: Marks }).__leverageBench);
    return { interactive: marks.interactive!, firstField: marks.firstField! };
  } finally {
    await context.close();
  }
}

/** `runs` cold starts of the pane built in `buildDir`, each in a newly launched Chromium. */
export async function measurePaneStart(
  buildDir: string,
  runs: number,
): Promise<{ runs: PaneStart[]; chromium: string }> {
  const server = await serveFolder(buildDir);
  const out: PaneStart[] = [];
  let chromium = "";
  try {
    for (let i = 0; i < runs; i++) {
      const browser = await launchChromium();
      try {
        chromium = browser.version();
        out.push(await startOnce(browser, `${server.origin}/taskpane.html`, server.origin));
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  return { runs: out, chromium };
}
