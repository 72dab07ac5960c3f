/**
 * The store for where the pane runs: the workbook inside Excel, memory in the preview. The only file of the
 * pane that knows the Excel store exists, so components and their tests need neither it nor Office.js.
 */
import type { OfferStore } from "../workbook/store";
import type { PaneHost } from "./host";

/** An Excel store inside Excel; a memory store (nothing persisted) in the preview. */
export async function createStore(host: PaneHost): Promise<OfferStore> {
  // Each host needs only one of the two stores, so each is a chunk of its own, loaded once Office.onReady has
  // said where the pane runs: Excel never downloads the memory store or the preview's tables, and the preview
  // never downloads the Office.js code.
  if (host === "excel") {
    const { ExcelStore } = await import(/* webpackChunkName: "excel-store" */ "../workbook/excel/excel-store");
    return new ExcelStore({
      run: (options, batch) => Excel.run(options, batch),
      // Office.addin sets the startup behaviour; absent only when office.js itself is (tests of this file).
      office: typeof Office === "undefined" ? undefined : Office,
    });
  }
  const { MemoryStore } = await import(/* webpackChunkName: "memory-store" */ "../workbook/memory-store");
  return new MemoryStore();
}
