/**
 * The shipped federal figures agree with themselves and with their published totals, and the tile grid
 * places every state once.
 */
import { US_STATES } from "../../../src/core/offer/us-states";
import { MENTAL_HEALTH_HPSA_2025 } from "../../../src/core/scarcity/hpsa-mental-health";
import { PRIMARY_CARE_HPSA_2021 } from "../../../src/core/scarcity/hpsa-primary-care";
import { STATE_POPULATION_2020, US_POPULATION_2020 } from "../../../src/core/scarcity/state-population";
import { TILE_GRID, TILE_GRID_COLS, TILE_GRID_ROWS, scarcityByState } from "../../../src/core/scarcity";

const CODES = US_STATES.map((s) => s.value).sort();

describe("shipped figures", () => {
  it("has a 2020 Census population for the 50 states and DC that sums to the published 331,449,281", () => {
    expect(Object.keys(STATE_POPULATION_2020).sort()).toEqual(CODES);
    const sum = Object.values(STATE_POPULATION_2020).reduce((a, b) => a + b, 0);
    expect(sum).toBe(US_POPULATION_2020);
    expect(US_POPULATION_2020).toBe(331_449_281);
  });

  it("has primary-care HPSA figures for every state and DC, and mental-health ones for 29 states", () => {
    expect(Object.keys(PRIMARY_CARE_HPSA_2021).sort()).toEqual(CODES);
    // Spot checks against the HRSA summary as of 2021-09-30: NM needed 239 (29.21% of need met), VT 2.
    expect(PRIMARY_CARE_HPSA_2021.NM).toEqual({ designations: 100, needed: 239, percentNeedMet: 29.21 });
    expect(PRIMARY_CARE_HPSA_2021.VT.needed).toBe(2);
    const mh = Object.keys(MENTAL_HEALTH_HPSA_2025);
    expect(mh).toHaveLength(29);
    for (const code of mh) expect(CODES).toContain(code);
    expect(MENTAL_HEALTH_HPSA_2025.MS).toMatchObject({ designations: 84, needed: 90 });
  });
});

describe("the tile grid", () => {
  it("places all 51 (DC included), each on its own square inside the grid", () => {
    expect(Object.keys(TILE_GRID).sort()).toEqual(CODES);
    const squares = Object.values(TILE_GRID).map(({ row, col }) => `${row},${col}`);
    expect(new Set(squares).size).toBe(51);
    for (const { row, col } of Object.values(TILE_GRID)) {
      expect(row >= 0 && row < TILE_GRID_ROWS && col >= 0 && col < TILE_GRID_COLS).toBe(true);
    }
    expect(TILE_GRID.AK).toEqual({ row: 0, col: 0 });
    expect(TILE_GRID.HI.col).toBe(0);
    expect(TILE_GRID.HI.row).toBe(TILE_GRID_ROWS - 1);
  });
});

describe("scarcityByState", () => {
  it("scores every state and DC, with the reasons that moved each, largest first", () => {
    const all = scarcityByState({ specialty: "Family Medicine" });
    expect(all.map((s) => s.state).sort()).toEqual(CODES);
    const nm = all.find((s) => s.state === "NM")!;
    // 80 + 5 for need (worked in breakdown.test.ts), no supply rows, no market: 85.
    expect(nm).toMatchObject({ name: "New Mexico", score: 85 });
    expect(nm.reasons.map((r) => [r.label, r.points])).toEqual([["Need", 5]]);
    const nj = all.find((s) => s.state === "NJ")!;
    expect(nj.score).toBe(75);
    for (const s of all) {
      const sizes = s.reasons.map((r) => Math.abs(r.points));
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
      expect(s.reasons.length).toBeLessThanOrEqual(3);
    }
  });
});
