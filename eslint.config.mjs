// Lint for every .ts/.tsx file (the yo office templates never linted .tsx), plus the layering rules:
// src/core is pure TypeScript; src/functions never touches React, the pane or the workbook; only
// src/workbook/excel calls Office.js (the store interface and the memory store beside it are pure, and
// the memory store never imports the Excel store); in the pane, only the boot files that ask Office where
// the pane runs use Office.js globals; nothing at run time talks to the network (privacy).
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const NETWORK = ["fetch", "XMLHttpRequest", "WebSocket", "EventSource"].map((name) => ({
  name,
  message: "Compensation data stays in the workbook: no network calls at run time.",
}));
const officeGlobals = (where) =>
  ["Office", "Excel", "OfficeExtension", "CustomFunctions"].map((name) => ({
    name,
    message: `${where}: no Office.js globals (put Office.js code in src/workbook/excel).`,
  }));
const OFFICE = officeGlobals("src/core is pure");
// The pane's files that start it inside Office: the host check, the store choice, the theme, the entry point.
const PANE_BOOT_FILES = [
  "src/taskpane/index.tsx",
  "src/taskpane/host.ts",
  "src/taskpane/create-store.ts",
  "src/taskpane/theme.ts",
];

export default tseslint.config(
  { ignores: ["dist/", "coverage/", "node_modules/", "test-output/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: { globals: globals.browser },
    rules: { "no-restricted-globals": ["error", ...NETWORK] },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...NETWORK, ...OFFICE, "window", "document", "localStorage"],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "react",
            "react-dom",
            "@fluentui/*",
            "office-*",
            "**/functions/**",
            "**/workbook/**",
            "**/taskpane/**",
          ],
        },
      ],
    },
  },
  {
    files: ["src/functions/**/*.ts"],
    rules: {
      // The metadata generator needs `any` for ranges and mixed arguments.
      "@typescript-eslint/no-explicit-any": "off",
      "no-restricted-imports": [
        "error",
        { patterns: ["react", "react-dom", "@fluentui/*", "zod", "**/workbook/**", "**/taskpane/**"] },
      ],
    },
  },
  {
    files: ["src/workbook/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["react", "react-dom", "@fluentui/*", "**/taskpane/**"] }],
    },
  },
  {
    // The store interface, the memory store and their shared row logic run in the preview and the tests.
    files: ["src/workbook/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...NETWORK, ...officeGlobals("Only src/workbook/excel calls Office.js")],
      "no-restricted-imports": [
        "error",
        { patterns: ["react", "react-dom", "@fluentui/*", "**/taskpane/**", "./excel/*"] },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    ignores: PANE_BOOT_FILES,
    rules: {
      "no-restricted-globals": [
        "error",
        ...NETWORK,
        ...officeGlobals("The pane reaches the workbook through its store"),
      ],
    },
  },
  {
    files: ["test/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-explicit-any": "off", "@typescript-eslint/no-non-null-assertion": "off" },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { globals: globals.node, sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  { files: ["**/*.mjs", "eslint.config.mjs"], languageOptions: { sourceType: "module" } },
);
