/**
 * Freezing formula results into value copies of the Offers and Compare tables ("Offers (values)",
 * "Compare (values)"), for a mentor whose Excel cannot run the add-in's formulas. Excel computed the
 * results, so the copy takes the tables' `values` as Excel returns them.
 *
 * A copy's sheet is the add-in's (marked like its other sheets) and is made again each time. So that this
 * never loses a person's writing, the sheet also records a digest of the cells the add-in wrote: if the
 * cells differ when the copy is next made (someone typed in the copy), nothing is changed and the user is
 * asked to rename the sheet to keep it. A sheet of that name the add-in did not make is never touched.
 *
 * Syncs, whatever the number of rows: at most 2 to find the copies' sheets and read the tables, 1 to write.
 */
import { COPY_TOP, FROZEN_COPIES, type FrozenCopy, cellsDigest, copyBlock } from "../../core/sheets/frozen-copy";
import { rangeAddress } from "../../core/sheets/a1";
import { rollbackLayout } from "./create-layout";
import { SCHEMA_PROPERTY } from "../../core/sheets/table-layouts";
import { StoreError, SCHEMA_VERSION } from "../store";

/** The worksheet custom property holding the digest of what the add-in wrote on a copy. */
export const DIGEST_PROPERTY = "LeverageDigest";

/** What the freeze read about one copy. */
interface CopyRead {
  copy: FrozenCopy;
  source: Excel.Range;
  sheet: Excel.Worksheet;
  marker?: Excel.WorksheetCustomProperty;
  digest?: Excel.WorksheetCustomProperty;
  used?: Excel.Range;
}

function copyTaken(copy: FrozenCopy): StoreError {
  return new StoreError(
    "name-taken",
    `This workbook already has a sheet named "${copy.sheet}" that Leverage did not make. Rename your sheet, then try again. Nothing was changed.`,
  );
}

function copyEdited(copy: FrozenCopy): StoreError {
  return new StoreError(
    "name-taken",
    `The sheet "${copy.sheet}" was changed since Leverage made it. To keep those changes, rename the sheet (Leverage then makes a new copy); to let Leverage replace it, delete it. Then try again. Nothing was changed.`,
  );
}

/**
 * Makes the value copies of the given tables (those the workbook has), replacing the add-in's earlier
 * copies. `spares` are free temporary sheet names, one per copy, for sheets made new. Returns the sheets written.
 */
export async function freezeCopies(
  context: Excel.RequestContext,
  tables: ReadonlyMap<string, Excel.Table>,
  when: string,
  spares: readonly string[],
): Promise<string[]> {
  const reads: CopyRead[] = FROZEN_COPIES.filter((copy) => tables.has(copy.table)).map((copy) => {
    const source = tables.get(copy.table)!.getRange();
    source.load("values,numberFormat");
    const sheet = context.workbook.worksheets.getItemOrNullObject(copy.sheet);
    sheet.load("name");
    return { copy, source, sheet };
  });
  await context.sync();
  for (const read of reads) {
    if (read.sheet.isNullObject) continue;
    read.marker = read.sheet.customProperties.getItemOrNullObject(SCHEMA_PROPERTY);
    read.marker.load("value");
    read.digest = read.sheet.customProperties.getItemOrNullObject(DIGEST_PROPERTY);
    read.digest.load("value");
    read.used = read.sheet.getUsedRangeOrNullObject(true);
    read.used.load("formulas,rowIndex,columnIndex");
  }
  if (reads.some((r) => !r.sheet.isNullObject)) await context.sync();

  // Every check before any write: a refusal changes nothing.
  for (const read of reads) {
    if (read.sheet.isNullObject) continue;
    if (read.marker!.isNullObject) throw copyTaken(read.copy);
    // An empty copy holds nothing to lose (e.g. an earlier run failed after clearing it).
    if (read.used!.isNullObject) continue;
    const found = cellsDigest(read.used!.rowIndex, read.used!.columnIndex, read.used!.formulas);
    if (read.digest!.isNullObject || read.digest!.value !== found) throw copyEdited(read.copy);
  }

  const created: string[] = [];
  try {
    reads.forEach((read, i) => {
      const block = copyBlock(read.copy, when, read.source.values, read.source.numberFormat);
      const isNew = read.sheet.isNullObject;
      const sheet = isNew ? context.workbook.worksheets.add(spares[i]) : read.sheet;
      if (isNew) {
        created.push(spares[i]);
        sheet.customProperties.add(SCHEMA_PROPERTY, String(SCHEMA_VERSION));
      } else if (!read.used!.isNullObject) read.used!.clear("Contents");
      // The new digest goes before the values: a batch failing in between leaves the copy empty or new, both
      // of which the next run accepts.
      sheet.customProperties.add(DIGEST_PROPERTY, cellsDigest(0, 0, block.values));
      const range = sheet.getRange(rangeAddress(0, 0, block.values.length, block.values[0].length));
      range.numberFormat = block.numberFormat;
      range.values = block.values;
      if (isNew) {
        sheet.freezePanes.freezeRows(COPY_TOP + 1);
        sheet.name = read.copy.sheet;
      }
    });
    await context.sync();
  } catch (error) {
    await rollbackLayout(context, created);
    throw error;
  }
  return reads.map((r) => r.copy.sheet);
}
