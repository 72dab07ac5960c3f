/** The "Offer" picker: which saved offer's plan the panel shows, each named so no two read alike. */
import { Field, Select } from "@fluentui/react-components";
import type { StoredOffer } from "../../core/offer/offers-table";

export interface OfferPickerProps {
  offers: readonly StoredOffer[];
  /** Each offer's name, in the same order (offerLabels: the panel works them out once for the plan too). */
  labels: readonly string[];
  /** The ID of the offer shown. */
  value: string;
  onSelect(id: string): void;
}

/** A labelled select listing the offers by employer. */
export function OfferPicker({ offers, labels, value, onSelect }: OfferPickerProps) {
  return (
    <Field label="Offer" hint="The plan is worked out for this offer, with your other saved offers as comparison.">
      <Select value={value} onChange={(_, data) => onSelect(data.value)}>
        {offers.map(({ offer }, i) => (
          <option key={offer.id} value={offer.id}>
            {labels[i]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
