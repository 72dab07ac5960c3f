/**
 * Asks before a half-typed offer or an unsaved edit would be replaced (New offer, Edit another offer):
 * keep editing, discard the changes, or save them first. Closing the dialog keeps editing.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { LeaveDraft } from "../state/offer-editing";

export interface UnsavedChangesDialogProps {
  /** What to ask about; null when there is nothing to ask. */
  leaveDraft: LeaveDraft | null;
  /** The employer typed in the draft, to name it; blank when none yet. */
  employer: string;
}

/** A modal question with three answers; the default (first focus) is the safe one, Keep editing. */
export function UnsavedChangesDialog({ leaveDraft, employer }: UnsavedChangesDialogProps) {
  const draft = employer.trim() === "" ? "the offer you are entering" : `“${employer.trim()}”`;
  return (
    <Dialog open={leaveDraft !== null} onOpenChange={(_, data) => !data.open && leaveDraft?.keepEditing()}>
      <DialogSurface aria-describedby="unsaved-changes-text">
        <DialogBody>
          <DialogTitle>Unsaved changes</DialogTitle>
          <DialogContent id="unsaved-changes-text">
            You have changes to {draft} that are not saved. Save them first, discard them, or keep editing, before you{" "}
            {leaveDraft?.what ?? "go on"}.
          </DialogContent>
          <DialogActions>
            <Button onClick={() => leaveDraft?.keepEditing()}>Keep editing</Button>
            <Button onClick={() => leaveDraft?.discard()}>Discard changes</Button>
            <Button appearance="primary" onClick={() => leaveDraft?.saveFirst()}>
              Save first
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
