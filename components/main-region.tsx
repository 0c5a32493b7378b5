import type { ReactNode } from "react";

/** The page's main landmark, the skip link's target. Rendered by each layout below [locale]. */
export function MainRegion({ children }: { children: ReactNode }) {
  return (
    <main id="main" tabIndex={-1} className="container">
      {children}
    </main>
  );
}
