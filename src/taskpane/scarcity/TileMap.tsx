/**
 * Every state's score on the US tile grid: one square per state and DC where TILE_GRID puts it, each with
 * the state's code and its score written in it (colour is never the only signal) and the state's name and
 * score as its accessible name. A list of squares for assistive technology; the sortable table beside it
 * is the full alternative, with the reasons.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { TILE_GRID, TILE_GRID_COLS, type StateScarcity } from "../../core/scarcity";
import { TILE_BANDS, tileColour } from "./tile-colour";

export interface TileMapProps {
  states: readonly StateScarcity[];
}

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: `repeat(${TILE_GRID_COLS}, minmax(0, 1fr))`,
    gap: "2px",
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  tile: {
    aspectRatio: "1",
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    justifyContent: "center",
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    minWidth: 0,
    overflow: "hidden",
  },
  code: { fontWeight: tokens.fontWeightSemibold },
  legend: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, margin: 0, padding: 0 },
  swatch: {
    display: "inline-block",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
    listStyleType: "none",
  },
});

/** The map: one square per state, placed on the grid, and the legend of colour bands. */
export function TileMap({ states }: TileMapProps) {
  const styles = useStyles();
  return (
    <>
      <ul className={styles.grid} aria-label="Scarcity by state, as a map">
        {states.map(({ state, name, score }) => {
          const place = TILE_GRID[state];
          if (!place) return null;
          const colour = tileColour(score);
          return (
            <li
              key={state}
              className={styles.tile}
              aria-label={`${name}: ${score}`}
              title={`${name}: ${score}`}
              style={{
                gridRow: place.row + 1,
                gridColumn: place.col + 1,
                backgroundColor: colour.background,
                color: colour.text,
              }}
            >
              <span className={styles.code} aria-hidden>
                {state}
              </span>
              <span aria-hidden>{score}</span>
            </li>
          );
        })}
      </ul>
      <ul className={styles.legend} aria-label="Colour key">
        {TILE_BANDS.map((band) => (
          <li key={band.label} className={styles.swatch} style={{ backgroundColor: band.background, color: band.text }}>
            {band.label}
          </li>
        ))}
      </ul>
    </>
  );
}
