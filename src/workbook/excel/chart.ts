/**
 * The Compare sheet's chart of total compensation by offer, made with Excel's own charts so it lives in
 * the workbook and a mentor sees it without the add-in. It is rebuilt with the table: the add-in's chart
 * (found by its name) is deleted and made again over the table's current rows, so it never points at rows
 * that are gone. Charts the user adds to the sheet are left alone.
 */
import { columnName, rangeAddress } from "../../core/sheets/a1";
import type { Target } from "./target";

/** The name that marks the add-in's chart on the Compare sheet. */
export const CHART_NAME = "Leverage total comp";
export const CHART_TITLE = "Real value by offer";

/** The columns the chart shows: a column of category labels, and the series columns, side by side. */
export interface ChartColumns {
  categories: string;
  series: readonly string[];
}

/** Where the chart sits: right of the table, one column apart, about 9 columns by 18 rows. */
function position(target: Target): [string, string] {
  const left = target.left + target.width + 1;
  return [`${columnName(left)}${target.top + 1}`, `${columnName(left + 8)}${target.top + 18}`];
}

/**
 * Makes the chart over `bodyRows` data rows, replacing the add-in's earlier chart: the series columns
 * (which must sit side by side, as Excel charts take one block) become the series, named by their
 * headers, and the categories column labels them. Returns why no chart was made, if none was.
 */
export async function rebuildChart(
  context: Excel.RequestContext,
  target: Target,
  columns: ChartColumns,
  bodyRows: number,
): Promise<string | undefined> {
  const old = target.sheet.charts.getItemOrNullObject(CHART_NAME);
  await context.sync();
  if (!old.isNullObject) old.delete();
  const categories = target.columns.get(columns.categories);
  const series = columns.series.map((h) => target.columns.get(h));
  const first = series[0];
  const together = categories !== undefined && first !== undefined && series.every((i, n) => i === first + n);
  if (!together || bodyRows === 0) {
    await context.sync();
    return bodyRows === 0
      ? "There are no offers to chart."
      : `The chart needs the columns ${columns.series.map((h) => `"${h}"`).join(" and ")} side by side, and a "${columns.categories}" column, in the Compare table; put them back to make it.`;
  }
  const source = target.sheet.getRange(rangeAddress(target.top, target.left + first, 1 + bodyRows, series.length));
  const chart = target.sheet.charts.add("ColumnClustered", source, "Columns");
  chart.name = CHART_NAME;
  chart.title.text = CHART_TITLE;
  // Data rows only: the header cell is not a category.
  const labels = target.sheet.getRange(rangeAddress(target.top + 1, target.left + categories, bodyRows, 1));
  series.forEach((_, i) => chart.series.getItemAt(i).setXAxisValues(labels));
  const [from, to] = position(target);
  chart.setPosition(from, to);
  await context.sync();
  return undefined;
}
