/** Range checks shared by every calculation, so the same mistake always gets the same message. */
import { outOfRange } from "./errors";
import { figure } from "./format";

/** Throws #NUM! unless value ≥ 0. */
export function nonNegative(value: number, name: string): number {
  if (value < 0) throw outOfRange(`${name} cannot be negative; got ${figure(value)}.`);
  return value;
}

/** Throws #NUM! unless min ≤ value ≤ max. */
export function within(value: number, min: number, max: number, name: string): number {
  if (value < min || value > max) {
    throw outOfRange(`${name} must be between ${figure(min)} and ${figure(max)}; got ${figure(value)}.`);
  }
  return value;
}
