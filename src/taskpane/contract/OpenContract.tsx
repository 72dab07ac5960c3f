/**
 * "Open a contract": a file picker and drop zone (PDF, Word .docx, text) and a box to paste the text; the
 * contract is read on this machine (read-contract.ts, loaded on first use with pdf.js or mammoth only for
 * the file in hand) and its extraction shown for review (ContractReview). A scan says so plainly (no OCR);
 * a file Leverage cannot read gets the reader's own message about what to do instead.
 *
 * The text lives only in this component's state: leaving it (or "Read another contract") drops it, and
 * only the values confirmed in entry are ever saved. `OpenContractPanel` is the section over the pane's
 * state: it hands the reading to entry (useContractPrefill) and shows the Enter offer tab.
 */
import { Button, MessageBar, MessageBarBody, Spinner, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentArrowUp20Regular } from "@fluentui/react-icons";
import { type DragEvent, useId, useRef, useState } from "react";
import { type Extraction, extractOffer } from "../../core/extract";
import { PANEL_STYLES } from "../panel-style";
import { useNavigation } from "../state/navigation";
import { ContractReadError, SCANNED_MESSAGE } from "./contract-file";
import { ContractReview } from "./ContractReview";
import type { ContractPrefill } from "./prefill";
import { useContractPrefill } from "./prefill";
import { prefillFromExtraction } from "./to-prefill";

export interface OpenContractProps {
  /** The user confirmed the reading: entry opens with it, to be checked and saved there. */
  onConfirm: (prefill: ContractPrefill) => void;
}

type Reading =
  | { state: "idle" }
  | { state: "reading"; source: string }
  | { state: "read"; source: string; extraction: Extraction }
  | { state: "scanned"; source: string }
  | { state: "failed"; message: string };

/** What the picker offers; the reader decides by the name's extension (contract-file.ts). */
const ACCEPT =
  ".pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain";

const PASTED = "pasted text";

const useStyles = makeStyles({
  root: PANEL_STYLES.section,
  heading: PANEL_STYLES.subheading,
  text: PANEL_STYLES.text,
  drop: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dragging: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}` },
  paste: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  textarea: { width: "100%" },
});

/** Reads a contract's file or pasted text and shows what it says. */
export function OpenContract({ onConfirm }: OpenContractProps) {
  const styles = useStyles();
  const pasteId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState<Reading>({ state: "idle" });
  const [pasted, setPasted] = useState("");
  const [dragging, setDragging] = useState(false);
  // Each read has a number: a slow PDF finishing after the user opened another file must not replace it.
  const latest = useRef(0);

  const readFile = async (file: File) => {
    const ticket = ++latest.current;
    setReading({ state: "reading", source: file.name });
    let next: Reading;
    try {
      const { readContractFile } = await import(/* webpackChunkName: "read-contract" */ "./read-contract");
      const text = await readContractFile(file);
      next = text.scanned
        ? { state: "scanned", source: file.name }
        : { state: "read", source: file.name, extraction: extractOffer(text.pages) };
    } catch (error) {
      next = {
        state: "failed",
        message:
          error instanceof ContractReadError
            ? error.message
            : `Leverage could not read "${file.name}" (${(error as Error)?.message ?? String(error)}). Paste the contract's text instead.`,
      };
    }
    if (ticket === latest.current) setReading(next);
  };

  const readPasted = () => {
    latest.current++;
    setReading({ state: "read", source: PASTED, extraction: extractOffer(pasted) });
  };

  const discard = () => {
    latest.current++;
    setReading({ state: "idle" });
    setPasted("");
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void readFile(file);
  };

  const busy = reading.state === "reading";

  if (reading.state === "read")
    return (
      <ContractReview
        extraction={reading.extraction}
        source={reading.source}
        onConfirm={() => onConfirm(prefillFromExtraction(reading.extraction, reading.source))}
        onDiscard={discard}
      />
    );

  return (
    <section className={styles.root} aria-labelledby="open-contract-heading">
      <h3 id="open-contract-heading" className={styles.heading}>
        Open a contract
      </h3>
      <p className={styles.text}>
        Leverage reads the contract on this computer, finds the offer&apos;s terms with the sentence each came from, and
        fills in a new offer for you to check. Nothing is sent anywhere or saved until you save the offer.
      </p>
      <div
        className={`${styles.drop} ${dragging ? styles.dragging : ""}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p className={styles.text}>Drop a PDF, Word (.docx) or text file here, or</p>
        <Button icon={<DocumentArrowUp20Regular />} onClick={() => input.current?.click()} disabled={busy}>
          Choose a file
        </Button>
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          aria-label="Contract file"
          hidden
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // Cleared so choosing the same file again (after fixing it) reads it again.
            event.currentTarget.value = "";
            if (file) void readFile(file);
          }}
        />
      </div>
      {reading.state === "reading" && <Spinner size="small" label={`Reading “${reading.source}”…`} />}
      {reading.state === "scanned" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            “{reading.source}”: {SCANNED_MESSAGE}
          </MessageBarBody>
        </MessageBar>
      )}
      {reading.state === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{reading.message}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.paste}>
        <label htmlFor={pasteId}>Or paste the contract&apos;s text</label>
        <Textarea
          id={pasteId}
          className={styles.textarea}
          resize="vertical"
          value={pasted}
          onChange={(_, data) => setPasted(data.value)}
          disabled={busy}
        />
        <div>
          <Button onClick={readPasted} disabled={busy || pasted.trim() === ""}>
            Read the pasted text
          </Button>
        </div>
      </div>
    </section>
  );
}

/** The section as the pane shows it: confirming hands the reading to entry and shows the Enter offer tab. */
export function OpenContractPanel() {
  const { setPrefill } = useContractPrefill();
  const { selectTab } = useNavigation();
  return (
    <OpenContract
      onConfirm={(prefill) => {
        setPrefill(prefill);
        selectTab("entry");
      }}
    />
  );
}
