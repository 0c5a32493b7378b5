// Only reached for paths outside any locale that the proxy did not redirect (e.g. /x.y files).
import Link from "next/link";
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main>
          <h1>404 – Page not found / Seite nicht gefunden</h1>
          <p>
            <Link href="/">Quellenquiz</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
