/**
 * The store listing as built: the support, privacy, pane-guide and "#NAME? or #BUSY!" pages exist, are
 * linked from the manifest (SupportUrl, LearnMoreUrl) and say what they must; ProviderName and the support
 * contact come from the build-time values (PROVIDER_NAME, SUPPORT_CONTACT); every help page links the
 * add-in's icon (no /favicon.ico request) and keeps figures and names whole in a narrow pane (help.css).
 * Reads the run's shared production build (test/harness/build.ts); the build-time values are also checked
 * on the webpack configuration itself, which costs no second build.
 */
import fs from "fs";
import path from "path";
import { RULE_IDS } from "../../src/core/rules/rule";
import { PRODUCTION_ORIGIN, ROOT, sharedBuild } from "../harness/build";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require(path.join(ROOT, "webpack.config.js"));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const values = require(path.join(ROOT, "scripts/webpack/build-values.js")) as {
  readBuildValues(env: Record<string, string | undefined>): {
    providerName: string;
    supportContact: string;
    supportIsPlaceholder: boolean;
  };
  withProviderName(xml: string, name: string): string;
};

const LISTING_PAGES = ["support", "privacy", "guide", "formulas-not-loading"];
const MANIFEST_SOURCE = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

let out: string;
// The production build minifies the pages: quotes around plain attribute values and some end tags go.
// `html` puts the quotes back, so the checks below can be written as the source pages are.
const read = (file: string) => fs.readFileSync(path.join(out, file), "utf8");
const html = (file: string) => read(file).replace(/=([^\s"'=<>`]+)(?=[\s>])/g, '="$1"');
/** Text of a page with tags and <wbr> removed and white space collapsed, as a reader sees it. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&gt;/g, ">")
    .replace(/&lt;/g, "<")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ");

beforeAll(async () => {
  out = await sharedBuild("production");
}, 600_000);

describe("build-time values", () => {
  it("default to placeholders that say so", () => {
    expect(values.readBuildValues({})).toEqual({
      providerName: "Leverage (PROVIDER_NAME not set)",
      supportContact: "support@example.org",
      supportIsPlaceholder: true,
    });
  });

  it("take PROVIDER_NAME and SUPPORT_CONTACT, an address or an https URL", () => {
    expect(
      values.readBuildValues({ PROVIDER_NAME: " Ada & Co Health LLC ", SUPPORT_CONTACT: "help@ada.example.com" }),
    ).toEqual({
      providerName: "Ada & Co Health LLC",
      supportContact: "help@ada.example.com",
      supportIsPlaceholder: false,
    });
    expect(values.readBuildValues({ SUPPORT_CONTACT: "https://ada.example.com/support" }).supportContact).toBe(
      "https://ada.example.com/support",
    );
  });

  it("refuse a contact that is neither, and a ProviderName over the schema's 125 characters", () => {
    expect(() => values.readBuildValues({ SUPPORT_CONTACT: "http://ada.example.com" })).toThrow("SUPPORT_CONTACT");
    expect(() => values.readBuildValues({ SUPPORT_CONTACT: "call us" })).toThrow("SUPPORT_CONTACT");
    expect(() => values.readBuildValues({ PROVIDER_NAME: "x".repeat(126) })).toThrow("125");
  });

  it("reach the manifest and the support page through the webpack configuration", () => {
    const saved = { ...process.env };
    process.env.PROVIDER_NAME = "Ada & Co Health LLC";
    process.env.SUPPORT_CONTACT = "https://ada.example.com/support";
    let config: { plugins: Array<{ constructor: { name: string }; options?: any; patterns?: any[] }> };
    try {
      config = makeConfig({}, { mode: "production" });
    } finally {
      for (const key of ["PROVIDER_NAME", "SUPPORT_CONTACT"]) {
        if (saved[key] === undefined) delete process.env[key];
        else process.env[key] = saved[key];
      }
    }
    const help = config.plugins.find((p) => p.constructor.name === "HelpPagesPlugin")!;
    expect(help.options.values).toEqual({
      providerName: "Ada & Co Health LLC",
      supportContact: "https://ada.example.com/support",
      supportIsPlaceholder: false,
    });
    const copy = config.plugins.find((p) => p.constructor.name === "CopyPlugin")!;
    const manifest = copy.patterns!.find((p: { to: string }) => p.to === "manifest.xml");
    const xml = String(manifest.transform(Buffer.from(MANIFEST_SOURCE), "manifest.xml"));
    expect(xml).toContain("<ProviderName>Ada &amp; Co Health LLC</ProviderName>");
    expect(xml.match(/<ProviderName>/g)).toHaveLength(1);
  });
});

describe("the manifest as built", () => {
  it("points SupportUrl at the support page and LearnMoreUrl at the pane guide, on the production origin", () => {
    const manifest = read("manifest.xml");
    expect(/<SupportUrl DefaultValue="([^"]+)"/.exec(manifest)?.[1]).toBe(`${PRODUCTION_ORIGIN}help/support.html`);
    const learnMore = /<LearnMoreUrl resid="([^"]+)"/.exec(manifest)?.[1];
    expect(new RegExp(`<bt:Url id="${learnMore}" DefaultValue="([^"]+)"`).exec(manifest)?.[1]).toBe(
      `${PRODUCTION_ORIGIN}help/guide.html`,
    );
  });

  it("carries the ProviderName of the build's environment (the placeholder when PROVIDER_NAME is not set)", () => {
    // The shared build runs with this run's environment.
    const expected = process.env.PROVIDER_NAME?.trim() || "Leverage (PROVIDER_NAME not set)";
    expect(/<ProviderName>([^<]*)<\/ProviderName>/.exec(read("manifest.xml"))?.[1]).toBe(expected);
  });
});

describe("the listing pages", () => {
  it("are all served, with the add-in's icon, as is every other help page", () => {
    const pages = fs.readdirSync(path.join(out, "help")).filter((f) => f.endsWith(".html"));
    for (const name of LISTING_PAGES) expect(pages).toContain(`${name}.html`);
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const source = html(`help/${page}`);
      expect({ page, icon: /<link rel="icon" type="image\/png" href="([^"]+)">/.exec(source)?.[1] }).toEqual({
        page,
        icon: "../assets/icon-32.png",
      });
      // Each page links the others.
      for (const name of LISTING_PAGES) expect(source).toContain(`href="${name}.html"`);
    }
    expect(fs.existsSync(path.join(out, "assets/icon-32.png"))).toBe(true);
  });

  it("gives the support page a contact route, labelled as a placeholder when none was set", () => {
    const page = html("help/support.html");
    const contact = process.env.SUPPORT_CONTACT?.trim();
    if (contact) {
      expect(page).toContain(`>${contact}</a>`);
      expect(page).not.toContain("Placeholder");
    } else {
      expect(page).toContain('<a class="contact" href="mailto:support@example.org">support@example.org</a>');
      expect(text(page)).toContain("Placeholder: this copy of Leverage was built without a contact address");
    }
  });

  it("says on the privacy page what is stored where, and that nothing is sent", () => {
    const page = text(read("help/privacy.html"));
    for (const statement of [
      "everything you enter stays in your workbook",
      "no telemetry",
      "In your workbook, and nowhere else:",
      "no browser storage (no cookies, local storage or IndexedDB)",
      "What the pane keeps in memory while it is open",
      "never written anywhere, not even to the workbook",
      "appsforoffice.microsoft.com",
      "The pane and the formulas make no network calls",
    ])
      expect(page).toContain(statement);
  });

  it("explains in the pane guide every tab, every flag, the grades A–D and the leverage tiers", () => {
    const page = text(read("help/guide.html"));
    for (const tab of ["Offers", "Enter offer", "Compare", "Negotiate", "Leverage", "Share", "Benchmarks", "Formulas"])
      expect(html("help/guide.html")).toMatch(new RegExp(`<dt>${tab}(</dt>)?\\s*<dd>`));
    for (const rule of RULE_IDS) expect(page).toContain(rule);
    for (const grade of [
      "Grade A: primary source",
      "Grade B: trade press or a summary of a primary source",
      "Grade C: vendor or compilation",
      "Grade D: estimate",
    ])
      expect(page).toContain(grade);
    for (const tier of [
      "Known quantity (6 points or more)",
      "Safe bet (2 to 5 points)",
      "Desperate filler (below 2 points)",
    ])
      expect(page).toContain(tier);
    expect(html("help/guide.html")).toContain('<h2 id="grades">');
  });

  it("explains #NAME? and #BUSY!: causes and fixes", () => {
    const page = text(read("help/formulas-not-loading.html"));
    expect(page).toContain("Formulas show #NAME? or #BUSY!");
    for (const cause of [
      "The add-in has not started with this workbook",
      "The functions' runtime did not load",
      "Excel's list of functions is out of date",
    ])
      expect(page).toContain(cause);
    for (const fix of [
      "Open the pane once",
      "Start Leverage with the workbook",
      "Reload the add-in",
      "Re-open the workbook",
    ])
      expect(page).toContain(fix);
  });
});

describe("narrow help pages (420 px)", () => {
  it("keeps figures, function names and flag names on one line, and wraps formulas only between arguments", () => {
    const css = read("help/help.css").replace(/\/\*[\s\S]*?\*\//g, "");
    const nowrap = /([^{}]+)\{[^}]*white-space:\s*nowrap/
      .exec(css)?.[1]
      .split(",")
      .map((s) => s.trim());
    expect(nowrap).toEqual(expect.arrayContaining([".figure", ".figure code", ".name", ".name code"]));
    // `anywhere` on code is what split "65,119" and names mid-word.
    expect(/code\s*\{[^}]*overflow-wrap:\s*anywhere/.test(css)).toBe(false);

    const totalcomp = html("help/totalcomp.html");
    expect(totalcomp).toMatch(/<td class="figure"><code>480,000<\/code>/);
    expect(totalcomp).toContain("<code>=OFFER.<wbr>TOTALCOMP(<wbr>420000,<wbr> 40000,<wbr> 20000)</code>");
    expect(html("help/index.html")).toContain('<td class="name"><a href="totalcomp.html"><code>OFFER.TOTALCOMP</code>');
  });
});
