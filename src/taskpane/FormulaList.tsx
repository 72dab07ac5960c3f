/** Lists the OFFER formulas with their first help example and a link to each help page. */
import { Link, makeStyles, tokens } from "@fluentui/react-components";
import help from "../help/function-help.json";

const FORMULAS = Object.entries(help.functions).map(([id, entry]) => ({ id, example: entry.examples[0].formula }));

const useStyles = makeStyles({
  heading: {
    margin: `0 0 ${tokens.spacingVerticalS}`,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalS },
  example: { overflowWrap: "anywhere" },
});

/** The Formulas panel: every OFFER function, an example of it, and its help page. */
export function FormulaList() {
  const styles = useStyles();
  return (
    <section aria-labelledby="formulas-heading">
      <h2 id="formulas-heading" className={styles.heading}>
        Formulas
      </h2>
      <ul className={styles.list}>
        {FORMULAS.map((f) => (
          <li key={f.id} className={styles.item}>
            <Link href={`help/${f.id.toLowerCase()}.html`} target="_blank">
              OFFER.{f.id}
            </Link>
            <div>
              <code className={styles.example}>{f.example}</code>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
