// Limits of account fields, shared by the zod schemas and better-auth's configuration.
export const PIN_MIN = 4;
export const TEACHER_PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
export const DISPLAY_NAME_MAX = 40;
export const CLASS_NAME_MAX = 60;
export const SET_TITLE_MAX = 80;
export const JOIN_CODE_LENGTH = 6;

/**
 * The limits under the argument names the Auth.errors messages use, passed with every translated
 * account error so that a message cannot state a limit the schema no longer has.
 */
export const AUTH_ERROR_LIMITS = {
  nameMax: DISPLAY_NAME_MAX,
  classNameMax: CLASS_NAME_MAX,
  passwordMin: TEACHER_PASSWORD_MIN,
  passwordMax: PASSWORD_MAX,
  pinMin: PIN_MIN,
  codeLength: JOIN_CODE_LENGTH,
} as const;

/**
 * How long better-auth's signed session copy (the cookie cache) is believed without the database:
 * the longest a session ended elsewhere keeps working.
 */
export const SESSION_CACHE_S = 5 * 60;
