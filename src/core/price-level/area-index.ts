/**
 * Every way a user may type an area with a price level, keyed as names.ts keys names: the BEA name, a
 * state's code or name, a metro's principal city with or without its state ("Columbus" or "Columbus,
 * OH"), and a state's portions ("rural Texas", "TX nonmetro", "Texas metropolitan portion").
 */
import { type NameAlias, nameKey } from "../names";
import type { RppRow } from "./rpp-data";
import { CITIES_NAMED_ELSEWHERE, UNPRICED_METROS, type UnpricedMetro } from "./unpriced-metros";
import { US_STATES, type UsState, stateForms } from "./us-states";

/** A metro without a figure that a typed key names, and the state the typed form itself names, if any. */
export interface UnpricedMatch {
  metro: UnpricedMetro;
  /** The metro's states, principal (first in its name) first. */
  states: readonly UsState[];
  /** The state named by the typed text ("Houston, TX") or by the city's own entry ("Vancouver, WA"). */
  namedState?: UsState;
}

export interface AreaIndex {
  /** Typed key → the canonical names it may mean (more than one: an ambiguous city such as "Columbus"). */
  byKey: ReadonlyMap<string, readonly string[]>;
  rowByName: ReadonlyMap<string, RppRow>;
  /** Typed key of any state form (code, name) → the state, whether or not it has a row. */
  stateByKey: ReadonlyMap<string, UsState>;
  /** A state's row by its code, when shipped. */
  stateRow: ReadonlyMap<string, RppRow>;
  /**
   * Typed key of any state's nonmetropolitan portion ("rural Texas", "TX nonmetro") → the state, whether
   * or not the portion has a row: without one, the state's own figure stands in (see price-level.ts).
   */
  nonmetroStateByKey: ReadonlyMap<string, UsState>;
  /** A state's nonmetropolitan row by the state's code, when shipped. */
  nonmetroRow: ReadonlyMap<string, RppRow>;
  /** Metro names whose typed form is taken by a state ("New York" is the state), for hints. */
  shadowed: ReadonlyMap<string, readonly string[]>;
  /**
   * Typed key → the metros without a figure it may mean (see unpriced-metros.ts); more than one, or a city
   * also named elsewhere, is ambiguous. Only keys that name no row, state or state portion are here.
   */
  unpricedByKey: ReadonlyMap<string, readonly UnpricedMatch[]>;
  /** Every typed form with its canonical name, frozen once (suggestions are cached per array). */
  aliases: readonly NameAlias[];
}

const STATE_BY_CODE = new Map(US_STATES.map((s) => [s.code, s]));

/** How people type a state's nonmetropolitan portion, for each form of the state ("Texas", "TX"). */
function nonmetroForms(form: string): string[] {
  return [
    `rural ${form}`,
    `${form} rural`,
    `${form} nonmetropolitan`,
    `nonmetropolitan ${form}`,
    `${form} nonmetro`,
    `nonmetro ${form}`,
    `${form} nonmetropolitan portion`,
    `${form} nonmetropolitan area`,
    `nonmetropolitan portion of ${form}`,
  ];
}

/**
 * Keys of "rural" typed with no state ("rural", "Nonmetro", "rural area"): the nonmetropolitan portion of
 * whichever state the caller gives as the fallback.
 */
export const BARE_NONMETRO_KEYS: ReadonlySet<string> = new Set(
  [
    "rural",
    "rural area",
    "nonmetro",
    "nonmetro area",
    "nonmetro portion",
    "nonmetropolitan",
    "nonmetropolitan area",
    "nonmetropolitan portion",
  ].map(nameKey),
);

/** How people type a state's metropolitan portion. */
function metroPortionForms(form: string): string[] {
  return [
    `${form} metropolitan portion`,
    `${form} metro portion`,
    `metropolitan portion of ${form}`,
    `${form} metropolitan`,
    `metropolitan ${form}`,
    `urban ${form}`,
  ];
}

/** Every name a row may be typed as. */
function rowForms(row: RppRow): string[] {
  const states = row.states.map((code) => STATE_BY_CODE.get(code)).filter((s): s is UsState => s !== undefined);
  switch (row.kind) {
    case "state":
      return [row.name, ...states.flatMap(stateForms)];
    case "nonmetro":
      return [row.name, ...states.flatMap(stateForms).flatMap(nonmetroForms)];
    case "metro portion":
      return [row.name, ...states.flatMap(stateForms).flatMap(metroPortionForms)];
    case "metro": {
      const bare = row.name.replace(/, [A-Z-]+$/, "");
      const cities = row.cities ?? [];
      // "Columbus", "Columbus OH", "Columbus, Ohio": a city with any state the metro lies in.
      const withState = cities.flatMap((city) => states.flatMap((s) => [`${city} ${s.code}`, `${city} ${s.name}`]));
      return [row.name, bare, ...(row.otherNames ?? []), ...cities, ...withState];
    }
  }
}

/**
 * The names "did you mean" compares a typo with: each area's own names and cities, not every way of
 * combining them with a state ("San Jose, California", "TX · Texas"). A typo is as close to the short
 * form, and each comparison costs time on every recalculation of a cell with an unknown area.
 */
function suggestedForms(row: RppRow): Set<string> {
  if (row.kind !== "metro") return new Set([row.name, ...row.states].map(nameKey));
  const bare = row.name.replace(/, [A-Z-]+$/, "");
  return new Set([row.name, bare, ...(row.otherNames ?? []), ...(row.cities ?? [])].map(nameKey));
}

const STATE_SUFFIX = /, ([A-Z]{2}(?:-[A-Z]{2})*)$/;

/** A metro's states from its OMB name ("Kansas City, MO-KS" → Missouri, Kansas). */
function statesInName(name: string): UsState[] {
  const codes = STATE_SUFFIX.exec(name)?.[1].split("-") ?? [];
  return codes.map((code) => STATE_BY_CODE.get(code)).filter((s): s is UsState => s !== undefined);
}

/** Every typed form of a metro without a figure, each with the state it names, if any. */
function unpricedForms(metro: UnpricedMetro, states: readonly UsState[]): Array<[string, UsState | undefined]> {
  const forms: Array<[string, UsState | undefined]> = [metro.name, ...(metro.otherNames ?? [])].map((n) => [
    n,
    undefined,
  ]);
  forms.push([metro.name.replace(STATE_SUFFIX, ""), undefined]);
  for (const entry of metro.cities) {
    // "Vancouver, WA": the city lies in that one of the metro's states.
    const own = STATE_SUFFIX.exec(entry) ? statesInName(entry)[0] : undefined;
    const city = entry.replace(STATE_SUFFIX, "");
    forms.push([city, own]);
    for (const s of own ? [own] : states) forms.push([`${city} ${s.code}`, s], [`${city} ${s.name}`, s]);
  }
  return forms;
}

/**
 * The index of metros without a figure. A metro any of whose names a shipped row already answers to is
 * left out (a newer table that prices it wins), and so is any form a state or a shipped row owns.
 */
function indexUnpriced(
  metros: readonly UnpricedMetro[],
  taken: (key: string) => boolean,
  aliases: NameAlias[],
): Map<string, UnpricedMatch[]> {
  const byKey = new Map<string, UnpricedMatch[]>();
  const elsewhere = new Set(CITIES_NAMED_ELSEWHERE.map(nameKey));
  for (const metro of metros) {
    if ([metro.name, ...(metro.otherNames ?? [])].some((n) => taken(nameKey(n)))) continue;
    const states = statesInName(metro.name);
    // Only its cities are suggested: people type a city, and comparing a typo with every long metro title
    // would cost each recalculation of a cell with an unknown area several times more.
    const suggested = new Set(metro.cities.map((c) => nameKey(c.replace(STATE_SUFFIX, ""))));
    for (const [form, namedState] of unpricedForms(metro, states)) {
      const key = nameKey(form);
      // A city also named by a metro not listed ("Pasadena") is ambiguous alone, so it is not indexed.
      if (key === "" || taken(key) || elsewhere.has(key)) continue;
      const matches = byKey.get(key) ?? [];
      if (matches.some((m) => m.metro === metro)) continue;
      byKey.set(key, [...matches, namedState ? { metro, states, namedState } : { metro, states }]);
      if (suggested.has(key)) aliases.push({ key, canonical: metro.name });
    }
  }
  return byKey;
}

/** Builds the index of a table's rows; pass the same rows to get the same index (see price-level.ts). */
export function buildAreaIndex(
  rows: readonly RppRow[],
  unpriced: readonly UnpricedMetro[] = UNPRICED_METROS,
): AreaIndex {
  const stateByKey = new Map<string, UsState>();
  const nonmetroStateByKey = new Map<string, UsState>();
  for (const s of US_STATES) {
    for (const form of stateForms(s)) {
      stateByKey.set(nameKey(form), s);
      for (const nonmetro of nonmetroForms(form)) nonmetroStateByKey.set(nameKey(nonmetro), s);
    }
  }

  const byKey = new Map<string, string[]>();
  const shadowed = new Map<string, string[]>();
  const aliases: NameAlias[] = [];
  const add = (map: Map<string, string[]>, key: string, name: string) => {
    const names = map.get(key) ?? [];
    if (!names.includes(name)) map.set(key, [...names, name]);
  };
  for (const row of rows) {
    const suggested = suggestedForms(row);
    for (const form of rowForms(row)) {
      const key = nameKey(form);
      if (key === "") continue;
      // A state's own forms always mean the state: "LA" is Louisiana, not Los Angeles, and "New York" the
      // state, not the city (typed "New York City" or "New York, NY").
      if (row.kind !== "state" && stateByKey.has(key)) {
        add(shadowed, key, row.name);
        continue;
      }
      add(byKey, key, row.name);
      if (suggested.has(key)) aliases.push({ key, canonical: row.name });
    }
  }
  // States without a row are still suggested, so a typo reaches the message that says they have no figure.
  for (const s of US_STATES) {
    const key = nameKey(s.name);
    if (!byKey.has(key)) aliases.push({ key, canonical: s.name });
  }

  const taken = (key: string) => byKey.has(key) || stateByKey.has(key) || nonmetroStateByKey.has(key);
  const unpricedByKey = indexUnpriced(unpriced, taken, aliases);

  const rowsOfKind = (kind: RppRow["kind"]) =>
    new Map(rows.filter((r) => r.kind === kind).map((r) => [r.states[0], r] as const));
  return {
    byKey,
    rowByName: new Map(rows.map((r) => [r.name, r])),
    stateByKey,
    stateRow: rowsOfKind("state"),
    nonmetroStateByKey,
    nonmetroRow: rowsOfKind("nonmetro"),
    shadowed,
    unpricedByKey,
    aliases: Object.freeze(aliases),
  };
}
