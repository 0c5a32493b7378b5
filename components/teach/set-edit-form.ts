// What the set editor's lists share: the id of the one form their buttons submit, and the button
// pressed last (to put the keyboard focus back after the lists change).

export const EDIT_FORM_ID = "set-edit";

export type PressedButton = { intent: string; index: number };
