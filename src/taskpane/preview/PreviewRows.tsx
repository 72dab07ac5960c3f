/**
 * The preview's stand-in for the workbook: the rows the memory store holds (Offers, Benchmarks, and the
 * Compare, Profile, Projection, Negotiation and Mentor summary tables and value copies once made), which
 * are the cells the Excel store would write, so a user without Excel can see what Leverage would do.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { MemoryStore } from "../../workbook/memory-store";
import type { DerivedSheet, OfferStore } from "../../workbook/store";
import { COPY_TOP } from "../../core/sheets/frozen-copy";
import { CellsTable } from "./CellsTable";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  text: { margin: 0 },
});

/** The derived tables, in the order the preview shows them. */
const DERIVED: ReadonlyArray<{ sheet: DerivedSheet; caption: string }> = [
  { sheet: "compare", caption: "Compare table (a chart of real value by offer sits beside it in Excel)" },
  // Written with Compare, whose formulas read them: the settings the value figures use, and each offer by year.
  { sheet: "profile", caption: "Profile table (in Excel you edit its “Your value” column)" },
  { sheet: "projection", caption: "Projection table (each offer year by year)" },
  { sheet: "negotiation", caption: "Negotiation table" },
  { sheet: "mentor", caption: "Mentor summary table" },
];

/**
 * A region labelled "Rows Leverage would write", once there is a row to show (only over a memory store,
 * whose rows these are). It reads the store on every render: the pane re-renders after each write, when the
 * snapshot it reads afresh arrives.
 */
export function PreviewRows({ store }: { store: OfferStore }) {
  const styles = useStyles();
  if (!(store instanceof MemoryStore)) return null;
  const tables = store.tables();
  // Nothing written yet: the Offers list already says so, and an empty table would only repeat it.
  if (tables.offers.rows.length === 0 && tables.benchmarks.rows.length === 0) return null;
  return (
    <section aria-labelledby="preview-rows-heading" className={styles.root}>
      <h2 id="preview-rows-heading" className={styles.heading}>
        Rows Leverage would write
      </h2>
      <p className={styles.text}>
        Inside Excel these rows go into the workbook&apos;s tables. Here they stay in this page only.
      </p>
      <CellsTable caption="Offers table" table={tables.offers} empty="No rows yet: the offers you save appear here." />
      {tables.benchmarks.rows.length > 0 && (
        <CellsTable caption="Benchmarks table" table={tables.benchmarks} empty="" />
      )}
      {DERIVED.map(({ sheet, caption }) => {
        const table = tables.derived[sheet];
        return table && <CellsTable key={sheet} caption={caption} table={table} empty="" />;
      })}
      {Object.entries(tables.copies).map(([sheet, rows]) => (
        <CellsTable
          key={sheet}
          caption={`${sheet} sheet: ${String(rows[0][0])}`}
          table={{ header: rows[COPY_TOP].map(String), rows: rows.slice(COPY_TOP + 1) }}
          empty=""
        />
      ))}
    </section>
  );
}
