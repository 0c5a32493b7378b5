// Preloaded into the server process by scripts/start.mjs (`node --import`). `next start` keeps an
// X-Forwarded-For that a client sent and adds the socket's address only when there is none, so
// behind no proxy the real address of a request is lost. Node's public diagnostics channel for
// incoming requests runs before Next sees the request: it writes the socket's address into a
// header of our own, replacing whatever a client put there. lib/security/client-address.ts
// decides from it which forwarding headers to believe (QQ_TRUSTED_PROXIES, decision 021).
import diagnosticsChannel from "node:diagnostics_channel";

const PEER_HEADER = "x-quellenquiz-peer";

diagnosticsChannel.subscribe("http.server.request.start", ({ request }) => {
  request.headers[PEER_HEADER] = request.socket.remoteAddress ?? "";
});
globalThis[Symbol.for("quellenquiz.peer-address")] = true;
