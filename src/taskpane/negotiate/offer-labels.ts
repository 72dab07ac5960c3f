/**
 * How the offer picker names offers: by employer, which is how candidates think of them. Two offers from
 * the same employer (a second site, a revised offer) are told apart by specialty and city, and by their ID
 * when even those match, so no two options read alike.
 */
import type { StoredOffer } from "../../core/offer/offers-table";

/** Employer names compared as a reader would: case and surrounding spaces ignored. */
function sameName(name: string): string {
  return name.trim().toLowerCase();
}

/** How many times each key occurs. */
function counts(keys: readonly string[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  return seen;
}

/** A label per offer, in the same order: the employer, with specialty, city and then ID added only where needed. */
export function offerLabels(offers: readonly StoredOffer[]): string[] {
  const employers = offers.map(({ offer }) => offer.employer.trim());
  const byEmployer = counts(employers.map(sameName));
  const detailed = offers.map(({ offer }, i) => {
    if (byEmployer.get(sameName(employers[i]))! < 2) return employers[i];
    const details = [offer.specialty, offer.city].filter(
      (part): part is string => typeof part === "string" && part.trim() !== "",
    );
    return details.length > 0 ? `${employers[i]} (${details.join(", ")})` : employers[i];
  });
  const byLabel = counts(detailed.map(sameName));
  return detailed.map((label, i) => (byLabel.get(sameName(label))! < 2 ? label : `${label} · ${offers[i].offer.id}`));
}
