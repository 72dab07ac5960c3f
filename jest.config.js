/** Jest: ts-jest transpiles (types are checked by `npm run typecheck`); node by default, jsdom per file. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.test.json" }] },
  // office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose ESM-only
  // dependencies Jest's CommonJS runtime cannot load on Node 20.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/support/office-addin-manifest.stub.js" },
  setupFiles: ["<rootDir>/test/support/install-custom-functions.ts"],
  setupFilesAfterEnv: ["<rootDir>/test/support/jest-dom.ts"],
};
