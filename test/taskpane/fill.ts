/** Filling a field the fast way, for every pane test. */
import { screen } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";

/**
 * Replaces a text or number field's content, as pasted: one change for the whole text. Typing it key by
 * key re-renders and re-checks the whole pane per keystroke, for nothing a test of the result needs; the
 * tests about typing itself (keyboard.test.tsx, the signal check's live marks) type.
 */
export async function fill(user: UserEvent, label: string, text: string): Promise<void> {
  await fillField(user, screen.getByLabelText(label), text);
}

/** `fill` for a field already found. */
export async function fillField(user: UserEvent, input: HTMLElement, text: string): Promise<void> {
  await user.clear(input);
  if (text !== "") await user.paste(text);
}
