import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["de", "en"],
  defaultLocale: "de",
  // Every URL carries its locale, so a shared link opens in the language it was shared in.
  localePrefix: "always",
});
