/** The "Offer" picker: which saved offer's plan the panel shows, each named so no two read alike. */
import { Field, Select, makeStyles } from "@fluentui/react-components";
import type { StoredOffer } from "../../core/offer/offers-table";

export interface OfferPickerProps {
  offers: readonly StoredOffer[];
  /** Each offer's name, in the same order (offerLabels: the panel works them out once for the plan too). */
  labels: readonly string[];
  /** The ID of the offer shown. */
  value: string;
  onSelect(id: string): void;
}

/**
 * A native select is as wide as its longest option ("Lakeshore Health (hospital-employed)"), which at a
 * 320 px pane pushed the whole pane sideways. Held to the pane's width instead: a long name is cut with an
 * ellipsis in the closed box and shown whole in the open list.
 */
const useStyles = makeStyles({
  field: { minWidth: 0, maxWidth: "100%" },
  root: { minWidth: 0, maxWidth: "100%" },
  select: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
});

/** A labelled select listing the offers by employer. */
export function OfferPicker({ offers, labels, value, onSelect }: OfferPickerProps) {
  const styles = useStyles();
  return (
    <Field
      className={styles.field}
      label="Offer"
      hint="The plan is worked out for this offer, with your other saved offers as comparison."
    >
      <Select
        className={styles.root}
        select={{ className: styles.select }}
        value={value}
        onChange={(_, data) => onSelect(data.value)}
      >
        {offers.map(({ offer }, i) => (
          <option key={offer.id} value={offer.id}>
            {labels[i]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
