// Input limits shared by zod schemas (server) and form controls (browser), without pulling zod into the browser.
export const NICKNAME_MAX = 40;
