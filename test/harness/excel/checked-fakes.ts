/**
 * Every fake a test file makes is checked after each test: the store must not have reached anything the
 * fake does not model (a store could swallow the fake's refusal and pass otherwise).
 */
import type { FakeExcel } from "./fake-excel";

/** Registers the check for the calling file; returns `checked`, which adds a fake to it and returns it. */
export function checkFakesAfterEach(): (fake: FakeExcel) => FakeExcel {
  let fakes: FakeExcel[] = [];
  afterEach(() => {
    for (const fake of fakes) expect(fake.violations).toEqual([]);
    fakes = [];
  });
  return (fake) => {
    fakes.push(fake);
    return fake;
  };
}
