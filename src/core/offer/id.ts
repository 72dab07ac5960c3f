/** Offer IDs: short, readable, unambiguous when read aloud or copied by hand (no 0/O, 1/I/L). */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const LENGTH = 8;

/** A new ID such as "OF-7K3F9QMZ" for `prefix` "OF"; `random` returns a number in [0, 1). */
export function newId(prefix: string, random: () => number): string {
  let id = "";
  for (let i = 0; i < LENGTH; i++) id += ALPHABET[Math.floor(random() * ALPHABET.length) % ALPHABET.length];
  return `${prefix}-${id}`;
}

/** A new offer ID such as "OF-7K3F9QMZ". */
export function newOfferId(random: () => number): string {
  return newId("OF", random);
}
