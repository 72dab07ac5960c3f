/**
 * BEA Regional Price Parities (all items, U.S. = 100) shipped with Leverage: one year (2023, from BEA's
 * release of December 12, 2024) so every row compares with every other. BEA estimates each year on its
 * own and revises earlier years in later releases, so rows from two years or two releases must never be
 * mixed (https://apps.bea.gov/scb/issues/2024/05-may/0524-regional-price-parities.htm).
 *
 * Coverage is what could be read for that one release: every state and DC, and 17 of BEA's 384
 * metropolitan areas; no state's metropolitan or nonmetropolitan portion. A large metro without a row
 * (unpriced-metros.ts) is priced as its state, with a note saying so; any other place without a row is
 * reported as such (#N/A), or priced as its state when the caller gives one; a state's rural part is priced
 * as the state, with a note saying so (price-level.ts). Add rows only from the same release, or replace the whole
 * table with a newer one.
 */

/** What an area is, in BEA's terms. */
export type AreaKind = "state" | "metro" | "nonmetro" | "metro portion";

/** How far to trust a figure (the same scale as benchmark rows): A primary publisher, B trade press. */
export type RppGrade = "A" | "B" | "C" | "D";

/** Where the table's figures come from. */
export interface RppSource {
  source: string;
  /** The page the figure was read from. */
  url: string;
  /** The year the prices describe. */
  year: number;
  /** Which BEA release the figure belongs to. */
  release: string;
  grade: RppGrade;
  note?: string;
}

/** One area's price level. */
export interface RppRow {
  /** BEA's name for the area (for a metro, the OMB name used in that release). */
  name: string;
  kind: AreaKind;
  /** USPS codes of the states the area lies in (a metro may span several). */
  states: readonly string[];
  /** All items RPP, U.S. = 100. */
  value: number;
  /** OMB core-based statistical area code, for metros. */
  cbsa?: string;
  /** Other names of the whole area: the OMB name before or after the 2023 delineation update. */
  otherNames?: readonly string[];
  /** Principal cities and common names, each of which people type for the metro. */
  cities?: readonly string[];
  /** Where this row was read, when not from {@link RPP_SOURCE}. */
  source?: RppSource;
}

/** The year every shipped row describes. */
export const RPP_YEAR = 2023;

/** BEA's release the shipped rows belong to. */
export const RPP_RELEASE = "BEA release of December 12, 2024 (RPPs for 2023)";

/** BEA's own page for the release: the state figures. */
export const RPP_SOURCE: RppSource = {
  source: "U.S. Bureau of Economic Analysis, Regional Price Parities by State and Metro Area",
  url: "https://bea.gov/newsreleases/regional/rpp/rpp_newsrelease.htm",
  year: RPP_YEAR,
  release: RPP_RELEASE,
  grade: "A",
};

/**
 * The metro figures: BEA's 2023 all-items RPPs as reported, to three decimals, by the National Restaurant
 * Association the day after the release. BEA's own metro table could not be read here, hence grade B.
 * Metro names are those of that release (OMB delineations before the July 2023 update); BEA's December
 * 2025 release renamed several and revised 2023, so its figures (e.g. San Francisco 117.55) differ.
 */
const NRA_2023: RppSource = {
  source: "BEA Regional Price Parities 2023, as reported by the National Restaurant Association (Dec 13, 2024)",
  url: "https://restaurant.org/research-and-media/research/restaurant-economic-insights/analysis-commentary/cost-of-living-comparisons-around-the-country-for-2023",
  year: RPP_YEAR,
  release: RPP_RELEASE,
  grade: "B",
};

function metro(
  name: string,
  cbsa: string,
  value: number,
  cities: readonly string[],
  otherNames: readonly string[] = [],
): RppRow {
  const states = (/, ([A-Z-]+)$/.exec(name)?.[1] ?? "").split("-");
  return { name, kind: "metro", states, value, cbsa, cities, otherNames, source: NRA_2023 };
}

/**
 * Every state and DC, to three decimals, from BEA's SARPP table (line 5, "RPPs: All items"; file last
 * updated February 20, 2025, which revised 2010–2019 only, so its 2023 column is the December 2024
 * release's). Read from a verbatim copy of BEA's download in a public repository, since BEA's own download
 * page is not stored here; the values match the release's published summary (California 112.6, New Jersey
 * 108.9, Hawaii 108.6, DC 110.8, Arkansas 86.5, Mississippi 87.3, South Dakota 88.1), which the tests check.
 */
const SARPP_2023: RppSource = {
  source: "U.S. Bureau of Economic Analysis, SARPP: Regional price parities by state, line 5 (All items)",
  url: "https://www.bea.gov/data/prices-inflation/regional-price-parities-state-and-metro-area",
  year: RPP_YEAR,
  release: RPP_RELEASE,
  grade: "A",
  note: "BEA's SARPP file (last updated Feb 20 2025) read from a copy at https://github.com/camnoval/MedianLivingIndex (SARPP_STATE_2008_2023.csv).",
};

function state(code: string, name: string, value: number): RppRow {
  return { name, kind: "state", states: [code], value, source: SARPP_2023 };
}

const STATES: readonly RppRow[] = [
  state("AL", "Alabama", 89.97),
  state("AK", "Alaska", 101.715),
  state("AZ", "Arizona", 101.105),
  state("AR", "Arkansas", 86.508),
  state("CA", "California", 112.581),
  state("CO", "Colorado", 101.382),
  state("CT", "Connecticut", 103.689),
  state("DE", "Delaware", 99.253),
  state("DC", "District of Columbia", 110.804),
  state("FL", "Florida", 103.452),
  state("GA", "Georgia", 96.699),
  state("HI", "Hawaii", 108.609),
  state("ID", "Idaho", 91.425),
  state("IL", "Illinois", 98.855),
  state("IN", "Indiana", 92.184),
  state("IA", "Iowa", 88.767),
  state("KS", "Kansas", 89.965),
  state("KY", "Kentucky", 90.468),
  state("LA", "Louisiana", 88.345),
  state("ME", "Maine", 97.097),
  state("MD", "Maryland", 103.965),
  state("MA", "Massachusetts", 108.238),
  state("MI", "Michigan", 94.184),
  state("MN", "Minnesota", 98.417),
  state("MS", "Mississippi", 87.292),
  state("MO", "Missouri", 91.762),
  state("MT", "Montana", 90.244),
  state("NE", "Nebraska", 90.376),
  state("NV", "Nevada", 96.98),
  state("NH", "New Hampshire", 105.345),
  state("NJ", "New Jersey", 108.883),
  state("NM", "New Mexico", 90.386),
  state("NY", "New York", 107.626),
  state("NC", "North Carolina", 94.139),
  state("ND", "North Dakota", 88.572),
  state("OH", "Ohio", 91.812),
  state("OK", "Oklahoma", 88.286),
  state("OR", "Oregon", 104.721),
  state("PA", "Pennsylvania", 97.5),
  state("RI", "Rhode Island", 101.412),
  state("SC", "South Carolina", 93.177),
  state("SD", "South Dakota", 88.095),
  state("TN", "Tennessee", 92.515),
  state("TX", "Texas", 97.175),
  state("UT", "Utah", 95.002),
  state("VT", "Vermont", 96.635),
  state("VA", "Virginia", 100.749),
  state("WA", "Washington", 108.562),
  state("WV", "West Virginia", 89.772),
  state("WI", "Wisconsin", 93.097),
  state("WY", "Wyoming", 90.848),
];

/** The 15 highest and 2 lowest of the 384 metros in 2023. */
const METROS: readonly RppRow[] = [
  metro(
    "San Francisco-Oakland-Berkeley, CA",
    "41860",
    118.225,
    ["San Francisco", "Oakland", "Berkeley", "Fremont", "Hayward"],
    ["San Francisco-Oakland-Fremont, CA", "San Francisco-Oakland-Hayward, CA"],
  ),
  metro("Los Angeles-Long Beach-Anaheim, CA", "31080", 115.455, ["Los Angeles", "Long Beach", "Anaheim"]),
  metro("Santa Maria-Santa Barbara, CA", "42200", 113.488, ["Santa Maria", "Santa Barbara"]),
  metro("Oxnard-Thousand Oaks-Ventura, CA", "37100", 113.47, ["Oxnard", "Thousand Oaks", "Ventura"]),
  metro("Seattle-Tacoma-Bellevue, WA", "42660", 112.991, ["Seattle", "Tacoma", "Bellevue"]),
  metro("Salinas, CA", "41500", 112.988, ["Salinas"]),
  metro("San Jose-Sunnyvale-Santa Clara, CA", "41940", 112.867, ["San Jose", "Sunnyvale", "Santa Clara"]),
  metro("Santa Cruz-Watsonville, CA", "42100", 112.59, ["Santa Cruz", "Watsonville"]),
  metro(
    "New York-Newark-Jersey City, NY-NJ-PA",
    "35620",
    112.473,
    ["New York", "New York City", "NYC", "Newark", "Jersey City"],
    ["New York-Newark-Jersey City, NY-NJ"],
  ),
  metro(
    "Miami-Fort Lauderdale-Pompano Beach, FL",
    "33100",
    111.824,
    ["Miami", "Fort Lauderdale", "Pompano Beach", "West Palm Beach"],
    ["Miami-Fort Lauderdale-West Palm Beach, FL"],
  ),
  metro("Napa, CA", "34900", 111.77, ["Napa"]),
  metro("Boston-Cambridge-Newton, MA-NH", "14460", 111.574, ["Boston", "Cambridge", "Newton"]),
  metro("San Diego-Chula Vista-Carlsbad, CA", "41740", 111.491, ["San Diego", "Chula Vista", "Carlsbad"]),
  metro("San Luis Obispo-Paso Robles, CA", "42020", 110.819, ["San Luis Obispo", "Paso Robles"]),
  metro("Urban Honolulu, HI", "46520", 110.246, ["Honolulu"]),
  metro("Pine Bluff, AR", "38220", 80.325, ["Pine Bluff"]),
  metro("Monroe, LA", "33740", 83.601, ["Monroe"]),
];

/** Every shipped row. */
export const RPP_ROWS: readonly RppRow[] = [...STATES, ...METROS];
