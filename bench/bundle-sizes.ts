/**
 * Bundle sizes from a build folder, raw and gzip (node:zlib at its default level, as web servers
 * commonly serve). The task pane's initial scripts are those taskpane.html loads; every other script in
 * the folder is a chunk loaded when first used. 1 KB = 1,000 bytes, as the README and the issue count.
 */
import fs from "fs";
import path from "path";
import zlib from "zlib";

/** Bytes of a file or a set of files. */
export interface Size {
  raw: number;
  gzip: number;
}

/** What the bench reports. */
export interface BundleSizes {
  functions: Size;
  taskpane: Size;
  lazy: Size & { files: number };
}

/** KB with one decimal, 1 KB = 1,000 bytes. */
export function kb(bytes: number): number {
  return Math.round(bytes / 100) / 10;
}

/** A file's size, raw and gzip-compressed. */
export function sizeOf(file: string): Size {
  const bytes = fs.readFileSync(file);
  return { raw: bytes.length, gzip: zlib.gzipSync(bytes).length };
}

/** The local scripts an HTML page loads, in order (the CDN's office.js is not ours). */
export function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc="?([^" >]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^[a-z]+:\/\//i.test(src));
}

/** The functions bundle, the pane's initial bundle, and the lazy chunks' total. */
export function bundleSizes(buildDir: string): BundleSizes {
  const initial = new Set(scriptsOf(fs.readFileSync(path.join(buildDir, "taskpane.html"), "utf8")));
  if (!initial.has("functions.js") || !initial.has("taskpane.js"))
    throw new Error("taskpane.html does not load functions.js and taskpane.js.");
  const lazyFiles = fs.readdirSync(buildDir).filter((f) => f.endsWith(".js") && !initial.has(f));
  const lazy = lazyFiles.map((f) => sizeOf(path.join(buildDir, f)));
  return {
    functions: sizeOf(path.join(buildDir, "functions.js")),
    taskpane: sizeOf(path.join(buildDir, "taskpane.js")),
    lazy: {
      raw: lazy.reduce((sum, s) => sum + s.raw, 0),
      gzip: lazy.reduce((sum, s) => sum + s.gzip, 0),
      files: lazy.length,
    },
  };
}
