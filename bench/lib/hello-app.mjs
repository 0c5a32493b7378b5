// The baseline for bytes shipped: a bare Next.js "hello" page built with the same Next version and
// the same config options that affect the client bundle (React, App Router, production build).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

// It lives under the project (bench/.work/hello), so it resolves the project's node_modules.
export function writeHelloApp(dir) {
  mkdirSync(path.join(dir, "app"), { recursive: true });
  writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify({ name: "hello", private: true, type: "module" }),
  );
  writeFileSync(
    path.join(dir, "next.config.mjs"),
    "export default { poweredByHeader: false };\n",
  );
  writeFileSync(
    path.join(dir, "app", "layout.js"),
    'export default function RootLayout({ children }) { return <html lang="en"><body>{children}</body></html>; }\n',
  );
  writeFileSync(
    path.join(dir, "app", "page.js"),
    "export default function Page() { return <main><h1>Hello</h1></main>; }\n",
  );
}
