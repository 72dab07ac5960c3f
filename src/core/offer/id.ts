/** Offer IDs: short, readable, unambiguous when read aloud or copied by hand (no 0/O, 1/I/L). */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const LENGTH = 8;

/** A new offer ID such as "OF-7K3F9QMZ"; `random` returns a number in [0, 1). */
export function newOfferId(random: () => number): string {
  let id = "";
  for (let i = 0; i < LENGTH; i++) id += ALPHABET[Math.floor(random() * ALPHABET.length) % ALPHABET.length];
  return `OF-${id}`;
}
