// Only reached for paths outside any locale that the proxy did not redirect (e.g. /x.y files).
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main>
          <h1>404 – Page not found / Seite nicht gefunden</h1>
          <p>
            <a href="/">Quellenquiz</a>
          </p>
        </main>
      </body>
    </html>
  );
}
