// A static status page for school IT: prerendered at build time (no cookies, no database), so it
// also measures the framework's own ceiling in `npm run bench` (docs/benchmarks.md).
import Link from "next/link";
import type { Metadata } from "next";

export const dynamic = "force-static";

export const metadata: Metadata = {
  title: "Quellenquiz – Status",
  robots: { index: false },
};

export default function StatusPage() {
  return (
    <html lang="de">
      <body>
        <main>
          <h1>Quellenquiz</h1>
          <p>Der Dienst läuft.</p>
          <p lang="en">The service is running.</p>
          <p>
            <Link href="/de">Deutsch</Link> · <Link href="/en">English</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
