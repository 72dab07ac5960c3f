/**
 * States whose statutes limit physician (or all employee) non-competes, kept deliberately short: only
 * states whose statute we could cite with confidence, each summarised neutrally. A summary describes
 * what the law does; it never says whether a particular clause is enforceable, which depends on the
 * facts, the date of the agreement and later changes. These laws change often: `asOf` is the year the
 * summary was last checked, and every flag that quotes one points to an attorney licensed in the state.
 */

/** One state's non-compete statute. */
export interface StateNonCompeteLaw {
  /** Postal code, as offers store the state. */
  state: string;
  citation: string;
  /** What the statute does, in a neutral sentence. */
  summary: string;
  /** The year the summary was last checked against the statute. */
  asOf: number;
}

const CHECKED = 2025;

const LAWS: readonly StateNonCompeteLaw[] = [
  {
    state: "CA",
    citation: "Cal. Bus. & Prof. Code §§16600, 16600.5",
    summary:
      "voids most employee non-competes, physicians' included, and since 2024 also bars enforcing ones signed elsewhere",
    asOf: CHECKED,
  },
  {
    state: "ND",
    citation: "N.D. Cent. Code §9-08-06",
    summary:
      "voids contracts that restrain anyone from a lawful profession, with narrow exceptions such as the sale of a business",
    asOf: CHECKED,
  },
  {
    state: "OK",
    citation: "Okla. Stat. tit. 15, §219A",
    summary:
      "voids most employee non-competes; an employee may still agree not to solicit the employer's established customers",
    asOf: CHECKED,
  },
  {
    state: "MN",
    citation: "Minn. Stat. §181.988",
    summary: "voids most employee non-competes in agreements made on or after 1 July 2023",
    asOf: CHECKED,
  },
  {
    state: "MA",
    citation: "Mass. Gen. Laws c.112, §12X",
    summary:
      "voids restrictions on a physician's right to practise medicine in an area or for a period after the relationship ends",
    asOf: CHECKED,
  },
  {
    state: "CO",
    citation: "Colo. Rev. Stat. §8-2-113",
    summary:
      "voids covenants restricting a physician's right to practise; for agreements from 6 August 2025 it also removes damages for competing and covers other health-care providers",
    asOf: CHECKED,
  },
  {
    state: "DE",
    citation: "Del. Code tit. 6, §2707",
    summary:
      "voids covenants restricting a physician's right to practise in an area for a period after the relationship ends, though a clause providing for damages may still apply",
    asOf: CHECKED,
  },
  {
    state: "RI",
    citation: "R.I. Gen. Laws §5-37-33",
    summary:
      "voids agreements restricting a physician's right to practise after the relationship ends, with exceptions such as the sale of a practice",
    asOf: CHECKED,
  },
  {
    state: "NH",
    citation: "N.H. Rev. Stat. §329:31-a",
    summary: "voids agreements restricting a physician's right to practise in the state after the relationship ends",
    asOf: CHECKED,
  },
  {
    state: "NM",
    citation: "N.M. Stat. §24-1I-2",
    summary:
      "makes non-competes with many health-care practitioners unenforceable, with exceptions such as practitioners who own part of the practice",
    asOf: CHECKED,
  },
  {
    state: "TX",
    citation: "Tex. Bus. & Com. Code §15.50(b)",
    summary:
      "requires a physician non-compete to offer a buyout and access to patient records; for agreements from 1 September 2025 it also limits them to one year and five miles from the primary practice location, caps the buyout at a year's salary, and voids them after discharge without good cause",
    asOf: CHECKED,
  },
  {
    state: "TN",
    citation: "Tenn. Code Ann. §63-1-148",
    summary:
      "treats a physician non-compete as reasonable only within set limits: in writing, two years or less, and within 10 miles of the primary practice site or its county (or limited to the employer's facilities)",
    asOf: CHECKED,
  },
  {
    state: "CT",
    citation: "Conn. Gen. Stat. §20-14p",
    summary:
      "limits physician non-competes to one year and 15 miles from the primary practice site, and bars enforcing them after some endings, such as termination by the employer without cause",
    asOf: CHECKED,
  },
  {
    state: "PA",
    citation: "Fair Contracting for Health Care Practitioners Act, 35 P.S. §10321 et seq. (2024)",
    summary:
      "for agreements from 1 January 2025, voids non-competes with physicians and some other practitioners unless they last a year or less and the practitioner was not dismissed by the employer (other exceptions apply)",
    asOf: CHECKED,
  },
  {
    state: "SD",
    citation: "S.D. Codified Laws §53-9-11.1",
    summary: "voids non-competes in contracts with physicians and certain other health-care practitioners",
    asOf: CHECKED,
  },
];

const BY_STATE = new Map(LAWS.map((law) => [law.state, law]));

/** Every state in the table, for tests and for the pane's help. */
export const STATE_NON_COMPETE_LAWS: readonly StateNonCompeteLaw[] = LAWS;

/** The statute limiting non-competes in a state (by postal code), or undefined when the table has none. */
export function stateNonCompeteLaw(state: string | null): StateNonCompeteLaw | undefined {
  return state === null ? undefined : BY_STATE.get(state);
}
