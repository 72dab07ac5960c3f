/// <reference types="@testing-library/jest-dom" />
// jest-dom's matchers (toBeInTheDocument, toHaveValue…) read the DOM, which only files run in jsdom have;
// loading them costs each other file about 45 ms, some 7 s over the run's node-environment files.
if (typeof document !== "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require("@testing-library/jest-dom");
}

// jsdom has no ResizeObserver; Fluent UI components (MessageBar) construct one. Layout is not under
// test in jsdom, so an observer that never fires is enough.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
