/**
 * The specialties Leverage knows by name, with the synonyms people type for them. Resolution is
 * case-insensitive and ignores spacing and punctuation; an unknown name gets "did you mean" suggestions.
 */
import { notAvailable } from "./errors";
import { quoted } from "./format";
import { memoByReference } from "./memo";
import { requireReadableName } from "./name-letters";
import { type NameAlias, type NameEntry, nameCatalog, nameKey, suggestNames } from "./names";

const SPECIALTY_NAMES: readonly NameEntry[] = [
  { name: "Psychiatry", aliases: ["Psych", "Psychiatrist", "Adult Psychiatry", "General Psychiatry"] },
  {
    name: "Family Medicine",
    aliases: ["FM", "Primary Care", "Family Practice", "Family Physician", "FP", "PCP", "Family Medicine without OB"],
  },
  {
    name: "Internal Medicine",
    aliases: ["IM", "General Internal Medicine", "GIM", "Internist", "Outpatient Internal Medicine"],
  },
  {
    name: "Hospitalist",
    aliases: [
      "Hospitalist IM",
      "Hospital Medicine",
      "IM Hospitalist",
      "Internal Medicine Hospitalist",
      "Adult Hospitalist",
      "Hospitalists",
    ],
  },
  { name: "General Surgery", aliases: ["Gen Surg", "General Surgeon", "Surgery", "GS"] },
  { name: "Radiology", aliases: ["Diagnostic Radiology", "Radiologist", "Rads", "DR"] },
  { name: "Dermatology", aliases: ["Derm", "Dermatologist"] },
  {
    name: "Cardiology",
    aliases: ["Cards", "Cardiologist", "General Cardiology", "Noninvasive Cardiology", "Non-invasive Cardiology"],
  },
  { name: "Anesthesiology", aliases: ["Anesthesia", "Anesthesiologist", "Anaesthesiology", "Anaesthesia", "Gas"] },
  { name: "Emergency Medicine", aliases: ["EM", "Emergency", "ER", "ED", "Emergency Physician"] },
  { name: "Pediatrics", aliases: ["Peds", "General Pediatrics", "Pediatrician", "Paediatrics"] },
  {
    name: "OB/GYN",
    aliases: ["OBGYN", "Obstetrics and Gynecology", "Obstetrics & Gynecology", "Obstetrics", "Gynecology", "OB"],
  },
  {
    name: "Orthopedic Surgery",
    aliases: [
      "Ortho",
      "Orthopedics",
      "Orthopaedics",
      "Orthopaedic Surgery",
      "Orthopedic Surgeon",
      "Orthopaedic Surgeon",
    ],
  },
  { name: "Neurology", aliases: ["Neuro", "Neurologist"] },
  {
    name: "Hematology/Oncology",
    aliases: ["Heme/Onc", "Hem/Onc", "Hematology Oncology", "Oncology", "Medical Oncology", "Onc", "Oncologist"],
  },
  { name: "Gastroenterology", aliases: ["GI", "Gastro", "Gastroenterologist"] },
  { name: "Urology", aliases: ["Uro", "Urologist"] },
  { name: "Endocrinology", aliases: ["Endo", "Endocrine", "Endocrinologist"] },
  { name: "Rheumatology", aliases: ["Rheum", "Rheumatologist"] },
  {
    name: "Pulmonology/Critical Care",
    aliases: [
      "Pulm",
      "Pulmonology",
      "Pulmonary",
      "PCCM",
      "Pulm/CC",
      "Pulmonary Critical Care",
      "Critical Care",
      "Pulmonary and Critical Care",
    ],
  },
  { name: "Otolaryngology", aliases: ["ENT", "Ear Nose and Throat", "Otolaryngologist"] },
];

/** Every specialty Leverage knows, by canonical name, in display order. */
export const KNOWN_SPECIALTIES: readonly string[] = SPECIALTY_NAMES.map((s) => s.name);

const SPECIALTIES = nameCatalog(SPECIALTY_NAMES);

/** The canonical name for a typed specialty, or undefined when Leverage does not know it. */
export const findSpecialty = SPECIALTIES.find;

/** The user's own specialty names as a catalogue: by key (the first name for a key wins), and for suggestions. */
interface ExtraSpecialties {
  byKey: ReadonlyMap<string, string>;
  /** The catalogue's aliases and then the user's names, each (key, name) once. */
  aliases: readonly NameAlias[];
}

const NO_EXTRAS: ExtraSpecialties = { byKey: new Map(), aliases: SPECIALTIES.aliases };

/**
 * Built once per list of names (by array identity): a 1,000-row Benchmarks table would otherwise have
 * every name keyed again on each formula call, and a fresh candidate list would defeat the suggestion
 * cache (names.ts). Callers pass the same array for the same table (lookup.ts memoises it per rows).
 */
const extrasOfNames = memoByReference((extraNames: readonly string[]): ExtraSpecialties => {
  const byKey = new Map<string, string>();
  const own: NameAlias[] = [];
  const seen = new Set<string>();
  for (const name of extraNames) {
    const key = nameKey(name);
    if (!byKey.has(key)) byKey.set(key, name);
    if (!seen.has(`${key}|${name}`)) {
      seen.add(`${key}|${name}`);
      own.push({ key, canonical: name });
    }
  }
  return { byKey, aliases: Object.freeze([...SPECIALTIES.aliases, ...own]) };
});

function extraSpecialties(extraNames: readonly string[]): ExtraSpecialties {
  return extraNames.length === 0 ? NO_EXTRAS : extrasOfNames(extraNames);
}

/**
 * The canonical name for a typed specialty; #N/A with suggestions when unknown, #VALUE! when it holds
 * letters Leverage cannot read as Latin (names.ts). `extraNames` are specialties from the user's own
 * benchmark rows, which are accepted as they are; pass the same array for the same rows.
 */
export function resolveSpecialty(typed: string, extraNames: readonly string[] = []): string {
  const key = nameKey(typed);
  if (key === "") throw notAvailable("specialty is blank: give a specialty such as Psychiatry or Family Medicine.");
  const known = findSpecialty(typed);
  if (known) return known;
  const extras = extraSpecialties(extraNames);
  const extra = extras.byKey.get(key);
  if (extra) return extra;
  requireReadableName(typed, "specialty");
  throw notAvailable(unknownSpecialtyMessage(typed, key, extras.aliases));
}

/** "Unknown specialty "Pyschiatry". Did you mean Psychiatry?" plus how to add one. */
function unknownSpecialtyMessage(typed: string, key: string, candidates: readonly NameAlias[]): string {
  const suggestions = suggestNames(key, candidates);
  const hint = suggestions.length
    ? `Did you mean ${suggestions.join(" or ")}?`
    : `Known specialties include ${KNOWN_SPECIALTIES.slice(0, 6).join(", ")} and ${KNOWN_SPECIALTIES.length - 6} more (see the help page).`;
  return `Unknown specialty ${quoted(typed)}. ${hint} For another specialty, add rows for it to your Benchmarks table.`;
}
