/**
 * Runs axe-core in the page and returns the serious and critical violations, described for a failure
 * message. Fluent UI's focus manager (tabster) inserts invisible focus sentinels (`data-tabster-dummy`) that
 * redirect focus; axe reports them as aria-hidden-focus, a known false positive, so they are excluded.
 */
import fs from "fs";
import type { Page } from "playwright-core";

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated rather than added as a <script>: the pane's Content-Security-Policy refuses inline scripts.
  await page.evaluate(fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: never): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run({ exclude: [["[data-tabster-dummy]"]] } as never)).violations;
  });
  return (violations as AxeViolation[])
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}
