/** The benchmark metrics Leverage knows, their units, synonyms, and why some ship with no public data. */
import { nameCatalog } from "../names";

/** A metric's description. */
export interface MetricInfo {
  name: string;
  unit: string;
  aliases: readonly string[];
  /** Said in the #N/A message when no public figure ships for a specialty. */
  missing: string;
}

const LICENSED =
  "the percentiles are published in licensed surveys (MGMA, SullivanCotter, AMGA), which Leverage does not ship";

export const METRICS: readonly MetricInfo[] = [
  {
    name: "TotalComp",
    unit: "dollars per year",
    aliases: ["Total Comp", "Total Compensation", "TCC", "Compensation", "Comp"],
    missing: "the public report Leverage ships (Medscape 2024) does not list it",
  },
  {
    name: "StartingSalary",
    unit: "dollars per year",
    aliases: ["Starting Salary", "Starting Offer", "Starting Base", "Start Salary"],
    missing: "AMN Healthcare's public recruiting reviews do not list it",
  },
  {
    name: "wRVU",
    unit: "wRVUs per year",
    aliases: ["wRVUs", "Work RVU", "Work RVUs", "Annual wRVU", "RVU", "RVUs"],
    missing: LICENSED,
  },
  {
    name: "CompPerWrvu",
    unit: "dollars per wRVU",
    aliases: [
      "Comp per wRVU",
      "Comp/wRVU",
      "Dollars per wRVU",
      "Compensation per wRVU",
      "Conversion Factor",
      "Rate per wRVU",
    ],
    missing: LICENSED,
  },
  {
    name: "BLSWage",
    unit: "dollars per year (employee wage)",
    aliases: ["BLS", "BLS Wage", "OEWS", "Employee Wage"],
    missing: "BLS publishes no separate occupation code for it",
  },
  {
    name: "SignOn",
    unit: "dollars",
    aliases: ["Sign-on", "Sign On Bonus", "Signing Bonus", "Sign-on Bonus"],
    missing: "no public figure",
  },
  {
    name: "Relocation",
    unit: "dollars",
    aliases: ["Relocation Allowance", "Moving Allowance"],
    missing: "no public figure",
  },
  { name: "CME", unit: "dollars per year", aliases: ["CME Allowance", "CME Stipend"], missing: "no public figure" },
];

const CATALOG = nameCatalog(METRICS);

/** Every typed metric name with its canonical name, for suggestions. */
export const METRIC_ALIASES = CATALOG.aliases;

/** The canonical metric for typed text, or undefined when Leverage does not know it. */
export const findMetric = CATALOG.find;

/** The description of a canonical metric. */
export function metricInfo(name: string): MetricInfo | undefined {
  return METRICS.find((m) => m.name === name);
}
