/** Lists the OFFER formulas with their first help example and a link to each help page. */
import { Link } from "@fluentui/react-components";
import help from "../help/function-help.json";

const FORMULAS = Object.entries(help.functions).map(([id, entry]) => ({ id, example: entry.examples[0].formula }));

export function FormulaList() {
  return (
    <section aria-labelledby="formulas-heading">
      <h2 id="formulas-heading" style={{ fontSize: 16, margin: "16px 0 8px" }}>
        Formulas
      </h2>
      <ul style={{ paddingLeft: 16, margin: 0 }}>
        {FORMULAS.map((f) => (
          <li key={f.id} style={{ marginBottom: 8 }}>
            <Link href={`help/${f.id.toLowerCase()}.html`} target="_blank">
              OFFER.{f.id}
            </Link>
            <div>
              <code style={{ overflowWrap: "anywhere" }}>{f.example}</code>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
