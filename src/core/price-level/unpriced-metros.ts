/**
 * Large metropolitan statistical areas Leverage ships no price figure for: names only, no figures. They let
 * a typed "Houston" or "Durham, NC" be recognised and priced at its state's average with a note saying so
 * (price-level.ts), instead of being reported as an unknown place.
 *
 * Source of every name: OMB Bulletin No. 23-01 (July 21, 2023), "Revised Delineations of Metropolitan
 * Statistical Areas ..." (https://www.whitehouse.gov/wp-content/uploads/2023/07/OMB-Bulletin-23-01.pdf),
 * its metropolitan statistical area titles; `otherNames` holds the title before that bulletin where it
 * differs (OMB Bulletin No. 20-01), the one BEA's December 2024 release used. Titles were checked against
 * public copies of Census's 2023 delineation lists, since the bulletin itself could not be read here.
 *
 * Coverage: the most populous MSAs without a shipped row (every one of the 50 largest that rpp-data.ts
 * lacks), and smaller MSAs with a major academic medical center (Rochester MN, Durham-Chapel Hill, Ann
 * Arbor, Iowa City, Madison, Gainesville FL, Charlottesville ...). Places outside any MSA (Lebanon NH,
 * micropolitan) are left out. A metro that gains a shipped row is dropped from this list automatically
 * (area-index.ts), so the two never disagree.
 */

/** A metropolitan statistical area known by name, without a price figure. */
export interface UnpricedMetro {
  /** OMB's title in the 2023 delineation; its states follow the comma, the principal state first. */
  name: string;
  /** OMB's title before the 2023 delineation, where it differs. */
  otherNames?: readonly string[];
  /**
   * Principal cities people type for the metro. "Vancouver, WA" marks a city in another of the metro's
   * states than the first: typed alone, it means that state.
   */
  cities: readonly string[];
}

function msa(name: string, cities: readonly string[], otherNames: readonly string[] = []): UnpricedMetro {
  return otherNames.length ? { name, cities, otherNames } : { name, cities };
}

/**
 * Bare city names that are also a principal city of a metropolitan area not listed here ("Pasadena" is in
 * the Los Angeles metro too, "Jackson" names MSAs in Michigan and Tennessee). Typed alone they are as
 * ambiguous as "Portland"; typed with the state ("Pasadena, TX") they are not.
 */
export const CITIES_NAMED_ELSEWHERE: readonly string[] = [
  "Albany",
  "Alexandria",
  "Anderson",
  "Bloomington",
  "Cleveland",
  "Concord",
  "Jackson",
  "Jacksonville",
  "Pasadena",
  "Roswell",
  "San Marcos",
  "Warren",
];

export const UNPRICED_METROS: readonly UnpricedMetro[] = [
  // The most populous MSAs without a shipped figure, largest first (roughly, by 2023 population).
  msa(
    "Chicago-Naperville-Elgin, IL-IN",
    ["Chicago", "Naperville", "Elgin", "Aurora"],
    ["Chicago-Naperville-Elgin, IL-IN-WI"],
  ),
  msa("Dallas-Fort Worth-Arlington, TX", ["Dallas", "Fort Worth", "Arlington", "Plano", "Irving"]),
  msa(
    "Houston-Pasadena-The Woodlands, TX",
    ["Houston", "Pasadena", "The Woodlands", "Sugar Land"],
    ["Houston-The Woodlands-Sugar Land, TX"],
  ),
  msa(
    "Atlanta-Sandy Springs-Roswell, GA",
    ["Atlanta", "Sandy Springs", "Roswell", "Alpharetta"],
    ["Atlanta-Sandy Springs-Alpharetta, GA"],
  ),
  msa("Washington-Arlington-Alexandria, DC-VA-MD-WV", [
    "Arlington, VA",
    "Alexandria, VA",
    "Bethesda, MD",
    "Rockville, MD",
    "Silver Spring, MD",
  ]),
  msa("Philadelphia-Camden-Wilmington, PA-NJ-DE-MD", ["Philadelphia", "Camden, NJ", "Wilmington, DE"]),
  msa("Phoenix-Mesa-Chandler, AZ", ["Phoenix", "Mesa", "Chandler", "Scottsdale", "Tempe"]),
  msa("Riverside-San Bernardino-Ontario, CA", ["Riverside", "San Bernardino", "Ontario"]),
  msa("Detroit-Warren-Dearborn, MI", ["Detroit", "Warren", "Dearborn"]),
  msa("Minneapolis-St. Paul-Bloomington, MN-WI", ["Minneapolis", "St. Paul", "Saint Paul", "Bloomington"]),
  msa("Tampa-St. Petersburg-Clearwater, FL", ["Tampa", "St. Petersburg", "Clearwater"]),
  msa("Denver-Aurora-Centennial, CO", ["Denver", "Aurora", "Centennial"], ["Denver-Aurora-Lakewood, CO"]),
  msa("Baltimore-Columbia-Towson, MD", ["Baltimore", "Columbia", "Towson"]),
  msa("Orlando-Kissimmee-Sanford, FL", ["Orlando", "Kissimmee", "Sanford"]),
  msa("Charlotte-Concord-Gastonia, NC-SC", ["Charlotte", "Concord", "Gastonia"]),
  msa("St. Louis, MO-IL", ["St. Louis", "Saint Louis"]),
  msa("San Antonio-New Braunfels, TX", ["San Antonio", "New Braunfels"]),
  msa("Portland-Vancouver-Hillsboro, OR-WA", ["Portland", "Vancouver, WA", "Hillsboro"]),
  msa("Austin-Round Rock-San Marcos, TX", ["Austin", "Round Rock", "San Marcos"], ["Austin-Round Rock-Georgetown, TX"]),
  msa("Sacramento-Roseville-Folsom, CA", ["Sacramento", "Roseville", "Folsom"]),
  msa("Pittsburgh, PA", ["Pittsburgh"]),
  msa(
    "Las Vegas-Henderson-North Las Vegas, NV",
    ["Las Vegas", "Henderson", "North Las Vegas"],
    ["Las Vegas-Henderson-Paradise, NV"],
  ),
  msa("Cincinnati, OH-KY-IN", ["Cincinnati"]),
  msa("Kansas City, MO-KS", ["Kansas City", "Overland Park, KS"]),
  msa("Columbus, OH", ["Columbus"]),
  msa("Indianapolis-Carmel-Greenwood, IN", ["Indianapolis", "Carmel"], ["Indianapolis-Carmel-Anderson, IN"]),
  msa("Cleveland, OH", ["Cleveland", "Elyria"], ["Cleveland-Elyria, OH"]),
  msa("Nashville-Davidson--Murfreesboro--Franklin, TN", ["Nashville", "Murfreesboro"]),
  msa(
    "Virginia Beach-Chesapeake-Norfolk, VA-NC",
    ["Virginia Beach", "Chesapeake", "Norfolk", "Newport News"],
    ["Virginia Beach-Norfolk-Newport News, VA-NC"],
  ),
  msa("Jacksonville, FL", ["Jacksonville"]),
  msa("Providence-Warwick, RI-MA", ["Providence", "Warwick"]),
  msa("Raleigh-Cary, NC", ["Raleigh", "Cary"]),
  msa("Milwaukee-Waukesha, WI", ["Milwaukee", "Waukesha"]),
  msa("Oklahoma City, OK", ["Oklahoma City"]),
  msa("Louisville/Jefferson County, KY-IN", ["Louisville"]),
  msa("Memphis, TN-MS-AR", ["Memphis"]),
  msa("Richmond, VA", ["Richmond"]),
  msa("Salt Lake City-Murray, UT", ["Salt Lake City"], ["Salt Lake City, UT"]),
  msa("Birmingham, AL", ["Birmingham", "Hoover"], ["Birmingham-Hoover, AL"]),
  msa("Fresno, CA", ["Fresno"]),
  msa("Grand Rapids-Wyoming-Kentwood, MI", ["Grand Rapids", "Kentwood"]),
  msa("Hartford-West Hartford-East Hartford, CT", ["Hartford", "West Hartford", "East Hartford"]),
  msa("Buffalo-Cheektowaga, NY", ["Buffalo", "Cheektowaga"]),
  msa("Tucson, AZ", ["Tucson"]),
  msa("Rochester, NY", ["Rochester"]),
  msa("Tulsa, OK", ["Tulsa"]),
  msa("Omaha, NE-IA", ["Omaha", "Council Bluffs, IA"], ["Omaha-Council Bluffs, NE-IA"]),
  msa("New Orleans-Metairie, LA", ["New Orleans", "Metairie"]),
  msa("Bridgeport-Stamford-Danbury, CT", ["Bridgeport", "Stamford", "Danbury"], ["Bridgeport-Stamford-Norwalk, CT"]),
  msa("Greenville-Anderson-Greer, SC", ["Greenville", "Anderson", "Greer"], ["Greenville-Anderson, SC"]),
  msa("Albuquerque, NM", ["Albuquerque"]),
  msa("Bakersfield-Delano, CA", ["Bakersfield", "Delano"], ["Bakersfield, CA"]),
  msa("Albany-Schenectady-Troy, NY", ["Albany", "Schenectady"]),
  msa("Knoxville, TN", ["Knoxville"]),
  msa("El Paso, TX", ["El Paso"]),
  msa("Baton Rouge, LA", ["Baton Rouge"]),
  msa("New Haven, CT", ["New Haven"], ["New Haven-Milford, CT"]),
  msa("Allentown-Bethlehem-Easton, PA-NJ", ["Allentown", "Bethlehem", "Easton"]),
  msa("McAllen-Edinburg-Mission, TX", ["McAllen", "Edinburg"]),
  msa("Columbia, SC", ["Columbia"]),
  msa("North Port-Bradenton-Sarasota, FL", ["North Port", "Bradenton", "Sarasota"]),
  msa("Dayton-Kettering-Beavercreek, OH", ["Dayton", "Kettering", "Beavercreek"], ["Dayton-Kettering, OH"]),
  msa("Charleston-North Charleston, SC", ["Charleston", "North Charleston"]),
  msa("Greensboro-High Point, NC", ["Greensboro", "High Point"]),
  msa("Stockton-Lodi, CA", ["Stockton", "Lodi"], ["Stockton, CA"]),
  msa("Cape Coral-Fort Myers, FL", ["Cape Coral", "Fort Myers"]),
  msa("Boise City, ID", ["Boise", "Boise City"]),
  msa("Colorado Springs, CO", ["Colorado Springs"]),
  msa("Little Rock-North Little Rock-Conway, AR", ["Little Rock", "North Little Rock"]),
  msa("Lakeland-Winter Haven, FL", ["Lakeland", "Winter Haven"]),
  msa("Des Moines-West Des Moines, IA", ["Des Moines", "West Des Moines"]),
  msa("Provo-Orem-Lehi, UT", ["Provo", "Orem", "Lehi"], ["Provo-Orem, UT"]),
  msa("Syracuse, NY", ["Syracuse"]),
  msa("Wichita, KS", ["Wichita"]),
  msa("Springfield, MA", ["Springfield"]),
  msa("Winston-Salem, NC", ["Winston-Salem"]),
  msa("Toledo, OH", ["Toledo"]),
  msa("Augusta-Richmond County, GA-SC", ["Augusta"]),
  msa("Spokane-Spokane Valley, WA", ["Spokane", "Spokane Valley"]),
  msa("Portland-South Portland, ME", ["Portland", "South Portland"]),
  msa("Harrisburg-Carlisle, PA", ["Harrisburg", "Carlisle"]),
  msa("Lexington-Fayette, KY", ["Lexington"]),
  msa("Jackson, MS", ["Jackson"]),
  msa("Chattanooga, TN-GA", ["Chattanooga"]),
  msa("Scranton--Wilkes-Barre, PA", ["Scranton", "Wilkes-Barre"]),
  msa("Worcester, MA", ["Worcester"], ["Worcester, MA-CT"]),
  msa("Trenton-Princeton, NJ", ["Trenton", "Princeton"]),

  // Smaller MSAs with a major academic medical center (and the MSAs that share a city name with one, so
  // that "Rochester" or "Gainesville" alone is seen to be ambiguous).
  msa("Rochester, MN", ["Rochester"]),
  msa("Durham-Chapel Hill, NC", ["Durham", "Chapel Hill"]),
  msa("Ann Arbor, MI", ["Ann Arbor"]),
  msa("Iowa City, IA", ["Iowa City"]),
  msa("Madison, WI", ["Madison"]),
  msa("Gainesville, FL", ["Gainesville"]),
  msa("Gainesville, GA", ["Gainesville"]),
  msa("Charlottesville, VA", ["Charlottesville"]),
  msa("Columbia, MO", ["Columbia"]),
  msa("Morgantown, WV", ["Morgantown"]),
  msa("Burlington-South Burlington, VT", ["Burlington", "South Burlington"]),
  msa("Lansing-East Lansing, MI", ["Lansing", "East Lansing"]),
  msa("Springfield, IL", ["Springfield"]),
  msa("Springfield, MO", ["Springfield"]),
  msa("Columbus, GA-AL", ["Columbus"]),
  msa("Charleston, WV", ["Charleston"]),
  msa("Greenville, NC", ["Greenville"]),
  msa("Wilmington, NC", ["Wilmington"]),
  msa("Lubbock, TX", ["Lubbock"]),
  msa("Mobile, AL", ["Mobile"]),
  msa("Shreveport-Bossier City, LA", ["Shreveport", "Bossier City"]),
  msa("Tallahassee, FL", ["Tallahassee"]),
  msa("Lincoln, NE", ["Lincoln"]),
  msa("Akron, OH", ["Akron"]),
  msa("Roanoke, VA", ["Roanoke"]),
  msa("Killeen-Temple, TX", ["Killeen", "Temple"]),
  msa("Savannah, GA", ["Savannah"]),
  msa("Huntsville, AL", ["Huntsville"]),
  msa("Peoria, IL", ["Peoria"]),
  msa("Kalamazoo-Portage, MI", ["Kalamazoo"]),
  msa("Fargo, ND-MN", ["Fargo"]),
];
