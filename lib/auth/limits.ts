// Limits of account fields, shared by the zod schemas and better-auth's configuration.
export const PIN_MIN = 4;
export const TEACHER_PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
export const DISPLAY_NAME_MAX = 40;
export const CLASS_NAME_MAX = 60;
export const SET_TITLE_MAX = 80;
export const JOIN_CODE_LENGTH = 6;
