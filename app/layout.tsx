import type { ReactNode } from "react";

// The real document (with <html lang>) is app/[locale]/layout.tsx; every page lives under a locale.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
