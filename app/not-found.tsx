// Only reached for paths outside any locale that the proxy did not redirect (e.g. /x.y files).
// A plain link: this boundary is loaded with every page, and next/link here put the Link
// component's code in a chunk of its own on all of them.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main>
          <h1>404 – Page not found / Seite nicht gefunden</h1>
          <p>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- "/" is no page but the proxy's redirect to a locale: a document load */}
            <a href="/">Quellenquiz</a>
          </p>
        </main>
      </body>
    </html>
  );
}
