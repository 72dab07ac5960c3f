/** The pasted-text bench checks what it says it checks. */
import {
  ADVERSARIAL_PASTES,
  SIGNAL_TEXTS,
  measurePasteCheck,
  measureSignalCheck,
  validPaste,
} from "../../bench/input-checks";
import { BENCHMARK_PASTE_MAX_CHARS } from "../../src/core/input-limits";

describe("the pastes", () => {
  it("a valid paste is just under 1 MB of rows the import accepts", () => {
    const text = validPaste();
    expect(text.length).toBeLessThanOrEqual(BENCHMARK_PASTE_MAX_CHARS);
    expect(text.length).toBeGreaterThan(BENCHMARK_PASTE_MAX_CHARS - 100);
    const whole = measurePasteCheck(text);
    expect(whole.outcome).toMatch(/^\d\d,\d{3} rows read, 0 refused$/);
    expect(whole.totalMs).toBeGreaterThan(0);
    expect(whole.longestStepMs).toBeLessThanOrEqual(whole.totalMs);
  });

  it.each(Object.keys(ADVERSARIAL_PASTES))("%s is about 1 MB", (name) => {
    expect(ADVERSARIAL_PASTES[name]().length).toBeGreaterThanOrEqual(BENCHMARK_PASTE_MAX_CHARS - 100);
  });

  it.each(Object.keys(SIGNAL_TEXTS))("the signal text %s marks phrases", (name) => {
    expect(measureSignalCheck(SIGNAL_TEXTS[name]()).marks).toBeGreaterThan(0);
  });
});
