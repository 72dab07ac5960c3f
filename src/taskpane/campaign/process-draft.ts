/**
 * A process as the form holds it while typed: text for every text and date field, the choices' values, the
 * two yes/no answers as booleans. Turned into a process by parseProcess (the Search table's one schema), so
 * the form's messages are the ones a bad row in the grid gets.
 */
import { type SearchProcess, newProcessId, parseProcess, type ProcessParse } from "../../core/campaign";

export interface ProcessDraft {
  /** The process's ID: kept from the stored row when editing, new when adding. */
  id: string;
  employer: string;
  stage: string;
  voucher: string;
  voucherKnowsYou: string;
  championWillCall: boolean;
  connection: string;
  theyReachedOut: boolean;
  lastContact: string;
  nextStep: string;
  nextStepDate: string;
  offerId: string;
}

/** An empty form for a new process. */
export function emptyDraft(random: () => number = Math.random): ProcessDraft {
  return {
    id: newProcessId(random),
    employer: "",
    stage: "first contact",
    voucher: "",
    voucherKnowsYou: "",
    championWillCall: false,
    connection: "",
    theyReachedOut: false,
    lastContact: "",
    nextStep: "",
    nextStepDate: "",
    offerId: "",
  };
}

/** The form for a stored process. */
export function draftOf(process: SearchProcess): ProcessDraft {
  return {
    id: process.id,
    employer: process.employer,
    stage: process.stage,
    voucher: process.voucher ?? "",
    voucherKnowsYou: process.voucherKnowsYou ?? "",
    championWillCall: process.championWillCall,
    connection: process.connection ?? "",
    theyReachedOut: process.theyReachedOut,
    lastContact: process.lastContact ?? "",
    nextStep: process.nextStep ?? "",
    nextStepDate: process.nextStepDate ?? "",
    offerId: process.offerId ?? "",
  };
}

/** Checks the form with the Search table's schema: the process, or a message per field. */
export function readDraft(draft: ProcessDraft): ProcessParse {
  return parseProcess({ ...draft });
}
