/**
 * manifest.xml passes the offline structural checks, and each check catches the fault it is for: the
 * real manifest is broken one way at a time and the expected problem must be reported.
 */
import fs from "fs";
import path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../scripts/manifest-checks.js");

const ROOT = path.join(__dirname, "..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const check = (xml: string): string[] => checkManifest(xml, { root: ROOT, namespace: "OFFER" });

function mutate(from: string | RegExp, to: string): string {
  const changed = MANIFEST.replace(from, to);
  expect(changed).not.toBe(MANIFEST);
  return changed;
}

it("finds no problem in manifest.xml", () => {
  expect(check(MANIFEST)).toEqual([]);
});

it.each([
  ["not well-formed", mutate("</Hosts>", "</Host>"), /not well-formed XML/],
  [
    "elements out of order",
    // Any version: npm run release changes it.
    mutate(/(<Version>[^<]+<\/Version>)\n {2}(<ProviderName>Leverage<\/ProviderName>)/, "$2\n  $1"),
    /<ProviderName> must come before <Version>|<Version> must come before <ProviderName>/,
  ],
  ["an Id that is not a GUID", mutate(/<Id>[^<]+<\/Id>/, "<Id>leverage</Id>"), /Id must be a GUID/],
  [
    "a dangling resource reference",
    mutate('resid="OpenPane.Tooltip"', 'resid="OpenPane.Tip"'),
    /refers to resource OpenPane.Tip, which is not defined/,
  ],
  [
    "an http URL",
    mutate('"https://localhost:3000/help/support.html"', '"http://localhost:3000/help/support.html"'),
    /URL must be https/,
  ],
  ["a missing icon file", mutate("assets/icon-80.png", "assets/icon-81.png"), /has no file/],
  [
    "an icon of the wrong size",
    mutate(
      'DefaultValue="https://localhost:3000/assets/icon-32.png"/>\n  <High',
      'DefaultValue="https://localhost:3000/assets/icon-16.png"/>\n  <High',
    ),
    /must be a 32×32 PNG/,
  ],
  ["another namespace", mutate('DefaultValue="OFFER"', 'DefaultValue="CONTOSO"'), /namespace must be OFFER/],
  [
    "no shared runtime",
    mutate('<Runtime resid="Taskpane.Url" lifetime="long"/>', '<Runtime resid="Taskpane.Url" lifetime="short"/>'),
    /lifetime="long"/,
  ],
  [
    "functions on another page",
    mutate(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/, '<Page><SourceLocation resid="Functions.Script.Url"/>'),
    /must be the same page/,
  ],
  [
    "a too long string",
    mutate('DefaultValue="Offers"', `DefaultValue="${"x".repeat(126)}"`),
    /longer than 125 characters/,
  ],
  [
    "no ribbon button",
    mutate('xsi:type="ShowTaskpane"', 'xsi:type="ExecuteFunction"'),
    /no ribbon button opens the task pane/,
  ],
])("reports %s", (_label, xml, problem) => {
  expect(check(xml)).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
});
