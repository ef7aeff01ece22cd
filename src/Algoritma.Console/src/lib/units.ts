/** The units still official: a re-import retires a code gone from the official list, and it takes no new work. */
export function inService<T extends { retiredAt?: unknown }>(units: readonly T[]): T[] {
  return units.filter((unit) => unit.retiredAt == null);
}
