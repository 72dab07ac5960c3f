/**
 * No secrets and no personal data in the repository, and no logging of what the user enters. Every file
 * git would commit (tracked, or new and not ignored) is searched for private keys, cloud and registry
 * tokens, credential files, e-mail addresses and US social security numbers; and the add-in's code under
 * src/ never writes to the console, so compensation figures and employers never end up in a log (the
 * browser's, Office's or a bug report's). Each pattern is first shown to catch a sample, so a pattern that
 * matches nothing cannot pass for a clean repository.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";

const ROOT = path.join(__dirname, "..");
const IGNORED_DIRS = new Set([".git", "node_modules", "dist", "coverage", "test-output"]);

/** Files git would commit: tracked, plus new files that are not ignored. Without git, the tree minus build output. */
function repositoryFiles(): string[] {
  try {
    const out = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    return [...new Set(out.split("\0").filter(Boolean))].filter((f) => fs.existsSync(path.join(ROOT, f)));
  } catch {
    const walk = (dir: string): string[] =>
      fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
        const rel = path.posix.join(dir, e.name);
        if (e.isDirectory()) return IGNORED_DIRS.has(e.name) ? [] : walk(rel);
        return e.isFile() ? [rel] : [];
      });
    return walk("");
  }
}

/** A file's text, or undefined for a binary file (a NUL byte in its first 8 KB). */
function textOf(file: string): string | undefined {
  const bytes = fs.readFileSync(path.join(ROOT, file));
  return bytes.subarray(0, 8192).includes(0) ? undefined : bytes.toString("utf8");
}

// Written so that none of them matches its own source text.
const SECRETS: Record<string, { pattern: RegExp; sample: string }> = {
  "private key": {
    pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/,
    sample: ["-----BEGIN", "RSA", "PRIVATE", "KEY-----"].join(" "),
  },
  "AWS access key": { pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/, sample: "AKIA" + "Q".repeat(16) },
  "GitHub token": {
    pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/,
    sample: "ghp" + "_" + "a1".repeat(18),
  },
  "Slack token": { pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/, sample: "xox" + "b-" + "1234567890-abc" },
  "Google API key": { pattern: /\bAIza[0-9A-Za-z_-]{35}\b/, sample: "AI" + "za" + "x".repeat(35) },
  "npm token": { pattern: /\bnpm_[A-Za-z0-9]{36}\b/, sample: "npm" + "_" + "Z".repeat(36) },
  "registry auth token": {
    pattern: /_authToken\s*=\s*\S+/,
    sample: "//registry.npmjs.org/:" + "_auth" + "Token=abc123",
  },
  "password or key assigned in code": {
    pattern: /\b(?:password|passwd|secret|api[_-]?key|access[_-]?token)["']?\s*[:=]\s*["'][^"'\s]{8,}["']/i,
    sample: "pass" + 'word = "hunter2hunter2"',
  },
};

const PERSONAL: Record<string, { pattern: RegExp; sample: string; allowed?: RegExp }> = {
  "e-mail address": {
    pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g,
    sample: "jane.doe" + "@" + "hospital.org",
    // Documentation domains reserved for examples (RFC 2606) and git's SSH user.
    allowed: /@(?:[\w-]+\.)*example\.(?:com|org|net)$|^git@github\.com$/i,
  },
  "US social security number": { pattern: /\b\d{3}-\d{2}-\d{4}\b/g, sample: "SSN 123-45-" + "6789" },
};

/** File names that hold credentials. */
const CREDENTIAL_FILES =
  /(?:^|\/)(?:\.env(?:\..*)?|\.npmrc|id_(?:rsa|dsa|ecdsa|ed25519)|[^/]+\.(?:pem|key|p12|pfx|jks|keystore))$/i;

const files = repositoryFiles();
const texts = files
  .map((file) => ({ file, text: textOf(file) }))
  .filter((f): f is { file: string; text: string } => f.text !== undefined);

describe("the repository", () => {
  it("is searched: the list of files includes the sources, the tests and this file", () => {
    expect(files).toEqual(
      expect.arrayContaining(["package.json", "src/functions/functions.ts", "test/repo-hygiene.test.ts"]),
    );
    expect(files.some((f) => f.startsWith("node_modules/"))).toBe(false);
    expect(texts.length).toBeGreaterThan(100);
  });

  it.each(Object.entries(SECRETS))("holds no %s", (_what, { pattern, sample }) => {
    expect(pattern.test(sample)).toBe(true);
    expect(texts.filter(({ text }) => pattern.test(text)).map(({ file }) => file)).toEqual([]);
  });

  it.each(Object.entries(PERSONAL))("holds no %s", (_what, { pattern, sample, allowed }) => {
    expect(sample.match(pattern)).not.toBeNull();
    const found = texts.flatMap(({ file, text }) =>
      (text.match(pattern) ?? []).filter((m) => !allowed?.test(m)).map((m) => `${file}: ${m}`),
    );
    expect(found).toEqual([]);
  });

  it("holds no credential files (keys, certificates' private parts, .env, .npmrc)", () => {
    expect(CREDENTIAL_FILES.test("certs/localhost.key") && CREDENTIAL_FILES.test(".env.local")).toBe(true);
    expect(files.filter((f) => CREDENTIAL_FILES.test(f))).toEqual([]);
  });
});

describe("the add-in's code", () => {
  const CONSOLE = /\bconsole\s*\.\s*[a-z]+\s*\(|\bdebugger\b/;

  it("never writes to the console, so nothing the user enters reaches a log", () => {
    expect(CONSOLE.test('console.log("offer", offer)')).toBe(true);
    const sources = texts.filter(({ file }) => file.startsWith("src/") && /\.(ts|tsx|js|html)$/.test(file));
    expect(sources.length).toBeGreaterThan(20);
    expect(sources.filter(({ text }) => CONSOLE.test(text)).map(({ file }) => file)).toEqual([]);
  });
});
