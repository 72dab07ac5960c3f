import "@testing-library/jest-dom";

// jsdom has no ResizeObserver; Fluent UI components (MessageBar) construct one. Layout is not under
// test in jsdom, so an observer that never fires is enough.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
