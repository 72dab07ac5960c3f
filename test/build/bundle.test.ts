/**
 * The add-in as `npm run build` makes it (the run's shared production build, made for a production origin
 * given without its trailing slash) and what Excel will load from it: functions.json lists every function; functions.js registers
 * each one while depending on nothing but the CustomFunctions global; the page loads office.js from
 * Microsoft's CDN; every help URL and manifest URL points at the production origin and has a file behind it;
 * and every page carries the Content-Security-Policy (test/build/csp-checks.ts, run on this same build).
 */
import fs from "fs";
import path from "path";
import vm from "vm";
import { PRODUCTION_ORIGIN, ROOT, sharedBuild } from "../harness/build";
import { createCustomFunctionsFake } from "../harness/functions/custom-functions-fake";
import { describeContentSecurityPolicy } from "./csp-checks";

const DEV_ORIGIN = "https://localhost:3000/";
const PROD_ORIGIN = PRODUCTION_ORIGIN;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require(path.join(ROOT, "webpack.config.js"));

let out: string;
const read = (file: string) => fs.readFileSync(path.join(out, file), "utf8");

beforeAll(async () => {
  out = await sharedBuild("production");
}, 600_000);

describe("functions.json", () => {
  it("lists every function with a description for it and each parameter", () => {
    const { functions } = JSON.parse(read("functions.json"));
    expect(functions.map((f: { id: string }) => f.id)).toEqual(
      expect.arrayContaining(["TOTALCOMP", "TIEREDPAY", "CLAWBACK", "WRVUGAP", "WRVUPCTL", "SCARCITY"]),
    );
    for (const f of functions) {
      expect(f.description).toBeTruthy();
      for (const p of f.parameters) expect(p.description).toBeTruthy();
    }
  });
});

describe("functions.js", () => {
  it("registers every function in functions.json, given only the CustomFunctions global", () => {
    const fake = createCustomFunctionsFake();
    vm.runInNewContext(read("functions.js"), { CustomFunctions: fake });
    const { functions } = JSON.parse(read("functions.json"));
    expect([...fake.registry.keys()].sort()).toEqual(functions.map((f: { id: string }) => f.id).sort());
  });

  it("computes through the registered functions as Excel would call them", () => {
    const fake = createCustomFunctionsFake();
    vm.runInNewContext(read("functions.js"), { CustomFunctions: fake });
    expect(fake.registry.get("TOTALCOMP")!(420000, 40000, 20000, null, null, null, null, null)).toBe(480000);
    expect(fake.registry.get("SCARCITY")!("Psych", null, null)).toBe(95);
    let thrown: unknown;
    try {
      fake.registry.get("SPECIALTY")!("Pyschiatry");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(fake.Error);
    expect(thrown).toMatchObject({ code: "#N/A" });
  });

  it("contains no React or Fluent code", () => {
    const code = read("functions.js");
    expect(code).not.toMatch(/react|fluentui|createElement/i);
  });
});

describe("task pane page", () => {
  it("loads office.js from Microsoft's CDN and the functions before the pane", () => {
    const html = read("taskpane.html");
    const scripts = [...html.matchAll(/<script[^>]*src="?([^" >]+)/g)].map((m) => m[1]);
    expect(scripts[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(scripts.slice(1)).toEqual(["functions.js", "taskpane.js"]);
    expect(fs.existsSync(path.join(out, "officejs"))).toBe(false);
  });
});

describe("task pane page frame", () => {
  it("links the add-in's icon, which the build serves, so no /favicon.ico is asked for", () => {
    const html = read("taskpane.html");
    // The production build minifies the page, so attributes may come without quotes.
    const icon = /<link rel="?icon"? type="?image\/png"? href="?([^" >]+)/.exec(html)?.[1];
    expect(icon).toBe("assets/icon-32.png");
    expect(fs.existsSync(path.join(out, icon!))).toBe(true);
  });

  it("takes the page margin away, so a dark theme fills the pane to its edges", () => {
    const style = /<style>([^<]*)<\/style>/.exec(read("taskpane.html"))?.[1] ?? "";
    expect(style.replace(/\s/g, "")).toMatch(/^(html,body|body,html)\{margin:0;?\}$/);
  });
});

describe("served files", () => {
  it("has a help page for every function's help URL, and an index", () => {
    const { functions } = JSON.parse(read("functions.json"));
    for (const f of functions) {
      expect(f.helpUrl.startsWith(PROD_ORIGIN)).toBe(true);
      const page = read(f.helpUrl.replace(PROD_ORIGIN, ""));
      expect(page).toContain(`OFFER.${f.id}`);
      expect(page).toContain(f.description.replace(/&/g, "&amp;").slice(0, 30));
    }
    expect(read("help/index.html")).toContain("OFFER.TOTALCOMP");
  });

  it("has every manifest URL on the production origin, with a file behind it", () => {
    const manifest = read("manifest.xml");
    expect(manifest).not.toContain(DEV_ORIGIN.slice(0, -1));
    const urls = [...manifest.matchAll(/DefaultValue="(https:\/\/[^"]*)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      expect(url.startsWith(PROD_ORIGIN)).toBe(true);
      expect(fs.existsSync(path.join(out, url.replace(PROD_ORIGIN, "")))).toBe(true);
    }
  });
});

describe("office.js", () => {
  it("refuses a local office.js in a production build", () => {
    expect(() => makeConfig({ localOfficeJs: true }, { mode: "production" })).toThrow("CDN");
  });
});

// One production build serves both: a second build for the policy alone would cost as long again.
describeContentSecurityPolicy(read);
