/**
 * The "Scarcity" panel, "where is my skill scarce": for the candidate's specialty (the one of their offers
 * by default), a market and what they will flex on, every state's score on a US tile map and in a sortable
 * table, the five states where the skill is scarcest with their reasons, the Supply import that adds state
 * supply to the scores, and a button that writes the same map to the Heatmap sheet with live formulas.
 * Every score comes from src/core/scarcity (scarcityByState), as =OFFER.SCARCITY computes it.
 * `ScarcityPanel` is the tab as the pane shows it; `ScarcityTab` takes plain props.
 */
import { Checkbox, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { Grid16Regular } from "@fluentui/react-icons";
import { type ReactNode, useMemo, useState } from "react";
import { FLEX_POINTS, MARKET_POINTS, SCARCITY_BASELINE, type SupplyRow, scarcityByState } from "../../core/scarcity";
import type { ImportResult } from "../../workbook/store";
import { type SheetWriteProps, WriteAction } from "../compare/WriteAction";
import { PANEL_STYLES } from "../panel-style";
import { useAction } from "../state/action";
import { useCandidate } from "../state/candidate";
import { useKept } from "../state/kept";
import { useWorkbookData } from "../state/workbook-data";
import { readCampaignProfile } from "../../core/profile/read-profile";
import { StateTable, Reasons, sortStates } from "./StateTable";
import { SupplyImport } from "./SupplyImport";
import { TileMap } from "./TileMap";
import { modelSupply, tableRow } from "./supply-rows";

/** What the map is drawn for. */
export interface ScarcityChoice {
  /** Canonical specialty, or "" until one is chosen. */
  specialty: string;
  /** A market of MARKET_POINTS, or "" for none (the state's figures only). */
  market: string;
  flexibility: readonly string[];
}

export interface ScarcityTabProps extends SheetWriteProps {
  choice: ScarcityChoice;
  onChoiceChange(next: ScarcityChoice): void;
  /** The Supply table's rows, as the model reads them, and its problems. */
  supply: readonly SupplyRow[];
  supplyProblems: readonly string[];
  /** The profile says the candidate is flexible on something scarce. */
  flexibleOnScarce: boolean;
  importing: boolean;
  importFailure?: ReactNode;
  onImport(rows: SupplyRow[], onDone: (result: ImportResult) => void): void;
  writing: boolean;
  onWriteHeatmap(): void;
}

/** States listed with their reasons under the map. */
const TOP_STATES = 5;

const SPECIALTIES = Object.keys(SCARCITY_BASELINE).sort((a, b) => a.localeCompare(b));

const useStyles = makeStyles({
  ...PANEL_STYLES,
  flex: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    border: "none",
    margin: 0,
    padding: 0,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  select: { maxWidth: "18em" },
});

/** The specialty of the candidate's offers that the model covers, the most frequent first; "" when none. */
function offersSpecialty(specialties: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const s of specialties) if (SCARCITY_BASELINE[s]) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best = "";
  for (const [s, n] of counts) if (n > (counts.get(best) ?? 0)) best = s;
  return best;
}

/** The choices, the map, the top states, the table, the import and the sheet button. */
export function ScarcityTab(props: ScarcityTabProps) {
  const { choice, onChoiceChange, supply, flexibleOnScarce } = props;
  const styles = useStyles();
  const states = useMemo(
    () =>
      choice.specialty === ""
        ? []
        : scarcityByState({
            specialty: choice.specialty,
            market: choice.market === "" ? undefined : choice.market,
            flexibility: choice.flexibility,
            supply,
          }),
    [choice, supply],
  );
  const top = useMemo(() => sortStates(states, "score").slice(0, TOP_STATES), [states]);
  const toggle = (item: string, on: boolean) =>
    onChoiceChange({
      ...choice,
      flexibility: on ? [...choice.flexibility, item] : choice.flexibility.filter((f) => f !== item),
    });

  return (
    <section aria-labelledby="scarcity-heading" className={styles.root}>
      <div className={styles.section}>
        <h2 id="scarcity-heading" className={styles.heading}>
          Where is my skill scarce?
        </h2>
        <p className={styles.text}>
          Each state&apos;s score, 0–100, as =OFFER.SCARCITY gives it: higher means employers there find your skill
          harder to replace. Numbers and their sources, not advice.
        </p>
      </div>
      <div className={styles.section}>
        <Field label="Specialty">
          <Select
            className={styles.select}
            value={choice.specialty}
            onChange={(_, data) => onChoiceChange({ ...choice, specialty: data.value })}
          >
            <option value="">Choose a specialty</option>
            {SPECIALTIES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Market" hint="Blank: the state's figures only.">
          <Select
            className={styles.select}
            value={choice.market}
            onChange={(_, data) => onChoiceChange({ ...choice, market: data.value })}
          >
            <option value="">No market</option>
            {Object.keys(MARKET_POINTS).map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </Select>
        </Field>
        <fieldset className={styles.flex}>
          <legend>What you will flex on</legend>
          {Object.keys(FLEX_POINTS).map((item) => (
            <Checkbox
              key={item}
              label={item}
              checked={choice.flexibility.includes(item)}
              onChange={(_, data) => toggle(item, data.checked === true)}
            />
          ))}
        </fieldset>
        <p className={styles.text}>
          {flexibleOnScarce
            ? "Your profile says you are flexible on something scarce: tick what it is."
            : "Your profile does not say you are flexible on something scarce (Campaign tab); tick what you would flex on to see what it adds."}
        </p>
      </div>
      {choice.specialty === "" ? (
        <p className={styles.text}>Choose a specialty to see the map.</p>
      ) : (
        <>
          <div className={styles.section}>
            <h3 className={styles.subheading}>The map</h3>
            <TileMap states={states} />
          </div>
          <div className={styles.section}>
            <h3 className={styles.subheading}>Top {TOP_STATES} states</h3>
            <ol className={styles.list} aria-label={`Top ${TOP_STATES} states`}>
              {top.map((state) => (
                <li key={state.state}>
                  <strong>
                    {state.name}: {state.score}
                  </strong>
                  <Reasons state={state} />
                </li>
              ))}
            </ol>
          </div>
          <div className={styles.section}>
            <h3 className={styles.subheading}>Every state</h3>
            <StateTable states={states} />
          </div>
          <div className={styles.section}>
            <WriteAction
              label="Write the Heatmap sheet"
              icon={<Grid16Regular />}
              onClick={props.onWriteHeatmap}
              busy={props.writing}
              busyLabel="Writing the Heatmap sheet…"
              offBecause={props.writeBlocked}
              failure={props.failure}
              notice={props.notice}
            />
          </div>
        </>
      )}
      <SupplyImport
        existing={supply}
        problems={props.supplyProblems}
        importing={props.importing}
        writeBlocked={props.writeBlocked}
        failure={props.importFailure}
        onImport={props.onImport}
      />
    </section>
  );
}

const NO_CHOICE: ScarcityChoice = { specialty: "", market: "", flexibility: [] };

/** The Scarcity tab over the pane's state: the choice is kept across tabs, writes go through the action queue. */
export function ScarcityPanel() {
  const { store, snapshot, offers, preview } = useWorkbookData();
  const { busy, run, blockedFor, failureIn, notice, setNotice } = useAction();
  const { values } = useCandidate();
  const [kept, setChoice] = useKept<ScarcityChoice>("scarcity.choice", NO_CHOICE);
  // Both writes share the tab's action scope; this says which one started last, so its spinner and its
  // failure show beside its own button.
  const [last, setLast] = useState<"import" | "heatmap">("heatmap");
  // Until the candidate picks one, the specialty of their offers.
  // Memoised: a new object each render would re-score every state whenever any pane action starts or ends.
  const choice = useMemo(
    () =>
      kept.specialty === "" ? { ...kept, specialty: offersSpecialty(offers.map((s) => s.offer.specialty)) } : kept,
    [kept, offers],
  );
  const supply = useMemo(() => modelSupply(snapshot?.supply ?? []), [snapshot]);
  const campaign = useMemo(() => readCampaignProfile(new Map(Object.entries(values))).profile, [values]);
  const running = busy === "scarcity";
  const failure = failureIn("scarcity", last === "import" ? "Supply rows not added" : "Heatmap sheet not written");
  return (
    <ScarcityTab
      choice={choice}
      onChoiceChange={setChoice}
      supply={supply}
      supplyProblems={snapshot?.supplyProblems ?? []}
      flexibleOnScarce={campaign.flexibleOnScarce}
      importing={running && last === "import"}
      importFailure={last === "import" ? failure : undefined}
      onImport={(rows, onDone) => {
        setLast("import");
        void run("scarcity", () => store.importSupply(rows.map(tableRow)), onDone);
      }}
      writing={running && last === "heatmap"}
      onWriteHeatmap={() => {
        setLast("heatmap");
        setNotice("");
        const { specialty, market, flexibility } = choice;
        void run(
          "scarcity",
          () => store.writeHeatmap({ specialty, market: market === "" ? undefined : market, flexibility }),
          (result) =>
            setNotice(
              `${result.created ? "Made" : "Rewrote"} the Heatmap sheet for ${specialty}, ${result.withSupply ? "with your Supply table" : "with national and HRSA figures only (no Supply table yet)"}.${preview ? " In Excel each square is a live =OFFER.SCARCITY formula." : ""}`,
            ),
        );
      }}
      writeBlocked={blockedFor("scarcity", "try again in a moment")}
      failure={last === "heatmap" ? failure : undefined}
      notice={notice}
      preview={preview}
    />
  );
}
