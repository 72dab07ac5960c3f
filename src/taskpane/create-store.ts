/**
 * The store for where the pane runs: the workbook inside Excel, memory in the preview. The only file of the
 * pane that knows the Excel store exists, so components and their tests need neither it nor Office.js.
 */
import { ExcelStore } from "../workbook/excel-store";
import { MemoryStore } from "../workbook/memory-store";
import type { OfferStore } from "../workbook/store";
import type { PaneHost } from "./host";

/** An Excel store inside Excel; a memory store (nothing persisted) in the preview. */
export function createStore(host: PaneHost): OfferStore {
  return host === "excel" ? new ExcelStore({ run: (batch) => Excel.run(batch) }) : new MemoryStore();
}
