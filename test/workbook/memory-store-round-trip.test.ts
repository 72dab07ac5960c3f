/**
 * The offer schema round-trips through the memory store (the preview's, and the tests') for 1,000 random
 * offers at once, as test/workbook/excel-store.test.ts does for the Excel store: every field of every
 * offer reads back exactly as saved, through the same row codec the workbook uses.
 */
import fc from "fast-check";
import { OFFERS_HEADER } from "../../src/core/offer/offers-table";
import { MemoryStore } from "../../src/workbook/memory-store";
import { offerArbitrary } from "../harness/offer-arbitrary";

const NOW = new Date("2026-11-25T10:00:00.000Z");

it("round-trips 1,000 random offers without loss, one row each", async () => {
  const offers = fc.sample(
    fc.uniqueArray(offerArbitrary, { minLength: 1000, maxLength: 1000, selector: (o) => o.id }),
    { numRuns: 1, seed: 20261125 },
  )[0];
  const store = new MemoryStore({ now: () => NOW });
  for (const o of offers) await store.create(o);
  const { offers: read, unreadable } = await store.load();
  expect(unreadable).toEqual([]);
  expect(read.map((s) => s.offer)).toEqual(offers);
  expect(read.every((s) => s.revision === 1 && s.updated === NOW.toISOString())).toBe(true);
  const { rows } = store.tables().offers;
  expect(rows.map((r) => r[OFFERS_HEADER.indexOf("ID")])).toEqual(offers.map((o) => o.id));
}, 30_000);
