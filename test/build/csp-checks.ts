/**
 * The Content-Security-Policy as built: every page the production build serves (the task pane, which also
 * runs the functions, and every help page) carries it in a meta tag ahead of any script or stylesheet, with
 * script-src limited to the add-in's origin and Microsoft's Office.js CDN, no eval, no connection and no
 * frame; the offline preview's pane allows its own origin only. test/e2e/csp.e2e.test.ts checks the same
 * policies in Chromium.
 *
 * Run by test/build/bundle.test.ts on its build, so test/build makes one production build, not two.
 */
import fs from "fs";
import path from "path";
import { pdfWorkerPath } from "../../src/taskpane/contract/read-contract";
import { ROOT } from "../harness/build";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require(path.join(ROOT, "webpack.config.js"));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { helpPolicy, taskpanePolicy } = require(path.join(ROOT, "scripts/webpack/csp.js")) as {
  helpPolicy(): string;
  taskpanePolicy(options: { localOfficeJs: boolean }): string;
};

/** The policies in an HTML file (minified or not), and where the first one sits. */
function policiesIn(html: string): { policies: string[]; at: number } {
  const pattern = /<meta\s+http-equiv=(["']?)Content-Security-Policy\1\s+content=(["'])(.*?)\2/gi;
  const matches = [...html.matchAll(pattern)];
  return { policies: matches.map((m) => m[3]), at: matches[0]?.index ?? -1 };
}

/** "a b; c d" → { a: ["b"], c: ["d"] }. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0] !== "")
      .map(([name, ...sources]) => [name, sources]),
  );
}

/** Where the first script or stylesheet of a page is. */
function firstLoad(html: string): number {
  const found = html.search(/<script|<link[^>]+stylesheet/i);
  return found < 0 ? Infinity : found;
}

/** The policy checks, on a production build (built with the origin https://leverage.example.org/app) read through `read`. */
export function describeContentSecurityPolicy(read: (file: string) => string): void {
  describe("the task pane page", () => {
    it("carries one policy, ahead of office.js and the bundles", () => {
      const html = read("taskpane.html");
      const { policies, at } = policiesIn(html);
      expect(policies).toHaveLength(1);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(at).toBeLessThan(firstLoad(html));
    });

    it("allows scripts from the add-in and Microsoft's Office.js CDN only; no eval, connection, frame or object", () => {
      const policy = directives(policiesIn(read("taskpane.html")).policies[0]);
      expect(policy["default-src"]).toEqual(["'none'"]);
      expect(policy["script-src"]).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
      expect(policy["connect-src"]).toEqual(["'none'"]);
      expect(policy["base-uri"]).toEqual(["'none'"]);
      expect(policy["form-action"]).toEqual(["'none'"]);
      // Nothing reopens what default-src 'none' closes: no frames, objects or media.
      for (const closed of ["frame-src", "child-src", "object-src", "media-src", "script-src-elem", "script-src-attr"])
        expect(policy[closed]).toBeUndefined();
      const all = Object.values(policy).flat();
      expect(all).not.toContain("'unsafe-eval'");
      expect(all).not.toContain("*");
      // Fluent UI's run-time styles need inline <style>; styles come from nowhere else.
      expect(policy["style-src"]).toEqual(["'self'", "'unsafe-inline'"]);
      // worker-src 'self': pdf.js reads a contract PDF in a Web Worker, served from the add-in's own origin
      // (pdfjs/pdf.worker-<version>.js). Stated so a worker cannot fall back to script-src, which would also
      // allow the Office.js CDN; no blob: or data: worker.
      expect(policy["worker-src"]).toEqual(["'self'"]);
      // Every source is the add-in itself, Office.js's CDN, data: images or a keyword.
      for (const source of all) expect(source).toMatch(/^('[a-z-]+'|https:\/\/appsforoffice\.microsoft\.com|data:)$/);
    });

    it("allows the one worker the pane starts: pdf.js's, on the add-in's origin where the reader asks for it", () => {
      const version = (
        JSON.parse(fs.readFileSync(require.resolve("pdfjs-dist/package.json"), "utf8")) as { version: string }
      ).version;
      const worker = read(pdfWorkerPath(version));
      // The worker as pdf.js ships it (an ES module: the pane starts it with type "module"), not a page or a stub.
      expect(worker.length).toBeGreaterThan(500_000);
      expect(worker).toContain("WorkerMessageHandler");
      // No URL of a CDN for fonts or CMaps in it: reading a contract fetches nothing.
      expect(worker).not.toMatch(/https:\/\/(cdn|unpkg|mozilla\.github\.io)/);
    });

    it("is the policy the shared module builds (one place for it), and the CDN source matches the office.js script", () => {
      const html = read("taskpane.html");
      expect(policiesIn(html).policies[0]).toBe(taskpanePolicy({ localOfficeJs: false }));
      const officeJs = /<script[^>]*src="?([^" >]+)/.exec(html)?.[1] ?? "";
      expect(new URL(officeJs).origin).toBe("https://appsforoffice.microsoft.com");
    });
  });

  describe("the help pages", () => {
    it("each carry one policy ahead of the stylesheet: their own stylesheet, nothing else", () => {
      const { functions } = JSON.parse(read("functions.json")) as { functions: Array<{ id: string }> };
      const pages = [
        "help/index.html",
        ...["support", "privacy", "guide", "formulas-not-loading"].map((name) => `help/${name}.html`),
        ...functions.map((f) => `help/${f.id.toLowerCase()}.html`),
      ];
      for (const page of pages) {
        const html = read(page);
        const { policies, at } = policiesIn(html);
        expect({ page, policies }).toEqual({ page, policies: [helpPolicy()] });
        expect(at).toBeLessThan(firstLoad(html));
        expect(html).not.toMatch(/<script|style=|https?:\/\/(?!leverage\.example\.org)[^"\s<]+\.(css|js)/i);
      }
      expect(directives(helpPolicy())).toEqual({
        "default-src": ["'none'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "base-uri": ["'none'"],
        "form-action": ["'none'"],
      });
    });
  });

  describe("the preview's policy (webpack --env localOfficeJs)", () => {
    it("allows scripts from the add-in's own origin only, since it serves office.js itself", () => {
      const config = makeConfig({ localOfficeJs: true }, { mode: "development" });
      const html = config.plugins.find(
        (p: { constructor: { name: string } }) => p.constructor.name === "HtmlWebpackPlugin",
      );
      const policy = directives(html.userOptions.templateParameters.contentSecurityPolicy);
      expect(policy["script-src"]).toEqual(["'self'"]);
      expect(html.userOptions.templateParameters.officeJsUrl).toBe("officejs/office.js");
      const { "script-src": _preview, ...rest } = policy;
      const { "script-src": _production, ...production } = directives(taskpanePolicy({ localOfficeJs: false }));
      expect(rest).toEqual(production);
    });

    it("the https dev server used to sideload into Excel loads office.js from the CDN, and allows it", () => {
      const config = makeConfig({ https: true }, { mode: "development" });
      const html = config.plugins.find(
        (p: { constructor: { name: string } }) => p.constructor.name === "HtmlWebpackPlugin",
      );
      expect(directives(html.userOptions.templateParameters.contentSecurityPolicy)["script-src"]).toEqual([
        "'self'",
        "https://appsforoffice.microsoft.com",
      ]);
    });
  });
}
