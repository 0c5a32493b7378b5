// Preloaded into the production server process by scripts/start.mjs (`node --import`, through
// scripts/server-preloads.mjs). The build's prerendered pages (quiz pages, static shells) cannot
// carry a nonce; their hash-based policies come from the file scripts/prerender-csp.ts wrote after
// the build. Node's public diagnostics channel for incoming requests runs before Next sees the
// request, so their responses get the policy (and HSTS over https) without passing through
// proxy.ts, whose run per request costs about as much as serving the page (decision 043).
import diagnosticsChannel from "node:diagnostics_channel";
import {
  prerenderedHeaders,
  readPrerenderedPolicies,
} from "../lib/security/prerendered-headers.mjs";

const headersFor = prerenderedHeaders(readPrerenderedPolicies(process.cwd()), {
  // The same variables lib/env.ts validates; a malformed QQ_TRUSTED_PROXIES fails here, at start.
  trustedProxies: process.env.QQ_TRUSTED_PROXIES,
  publicUrl: process.env.QQ_PUBLIC_URL,
});

diagnosticsChannel.subscribe(
  "http.server.request.start",
  ({ request, response }) => {
    const proto = request.headers["x-forwarded-proto"];
    for (const [name, value] of headersFor({
      method: request.method,
      url: request.url,
      peer: request.socket.remoteAddress ?? null,
      forwardedProto: typeof proto === "string" ? proto : null,
    }))
      response.setHeader(name, value);
  },
);
