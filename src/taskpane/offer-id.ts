/** New offer IDs from the browser's cryptographic random source (Math.random repeats across reloads too easily). */
import { newOfferId } from "../core/offer/id";

/** A fresh offer ID such as "OF-7K3F9QMZ". */
export function randomOfferId(): string {
  const buffer = new Uint32Array(1);
  return newOfferId(() => {
    crypto.getRandomValues(buffer);
    return buffer[0] / 2 ** 32;
  });
}
