/** Asks before an offer's row is deleted: deleting cannot be undone from the pane. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
} from "@fluentui/react-components";

export interface DeleteDialogProps {
  open: boolean;
  /** The offer's employer (kept while the dialog closes, so the title does not blank out). */
  employer: string;
  deleting: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal confirmation whose confirm button is "Delete". */
export function DeleteDialog({ open, employer, deleting, onConfirm, onCancel }: DeleteDialogProps) {
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && !deleting && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Delete “{employer}”?</DialogTitle>
          <DialogContent>Its row is removed from the Offers table. Leverage cannot bring it back.</DialogContent>
          <DialogActions>
            <Button onClick={onCancel} disabled={deleting}>
              Cancel
            </Button>
            <Button
              appearance="primary"
              onClick={onConfirm}
              disabledFocusable={deleting}
              icon={deleting ? <Spinner size="tiny" /> : undefined}
            >
              Delete
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
