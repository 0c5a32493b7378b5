// Who sent a request, for per-address limits, and whether it came over https, for HSTS and Secure
// cookies. Forwarding headers (X-Forwarded-For, X-Forwarded-Proto) are believed only when the
// machine that connected to us is a configured proxy (QQ_TRUSTED_PROXIES); by default nobody is,
// and the address is the socket's (decision 021). `npm start` puts the socket's address into the
// PEER_HEADER of every request (scripts/peer-address.mjs), replacing any a client sent.
import { normalizeAddress, type TrustedProxies } from "./transport.mjs";

// Shared with the server's preload (scripts/prerendered-headers.mjs), which runs outside the
// bundle and so imports plain JavaScript.
export {
  cameOverHttps,
  normalizeAddress,
  parseTrustedProxies,
  STRICT_TRANSPORT_SECURITY,
  type TrustedProxies,
} from "./transport.mjs";

export const PEER_HEADER = "x-quellenquiz-peer";

/** Set by scripts/peer-address.mjs when it runs in this process: PEER_HEADER is then its own. */
const PEER_MARK = Symbol.for("quellenquiz.peer-address");

/** Whether the server process stamps PEER_HEADER itself (else a client could have sent it). */
export function peerHeaderIsStamped(): boolean {
  return (globalThis as Record<symbol, unknown>)[PEER_MARK] === true;
}

/**
 * The client's address. From an untrusted peer, the peer itself. From a trusted proxy, X-Forwarded-For
 * read from the right (each proxy appends the address it was reached from; everything to the left
 * of the first untrusted hop is the client's own say): the first hop that is not a trusted proxy.
 * Null when the peer is not known.
 */
export function clientAddressOf(
  peer: string | null,
  forwardedFor: string | null,
  trusted: TrustedProxies,
): string | null {
  let address = normalizeAddress(peer);
  if (!address) return null;
  const hops = (forwardedFor ?? "").split(",").reverse();
  for (const hop of hops) {
    if (!trusted.has(address)) return address;
    const next = normalizeAddress(hop);
    if (!next) return address; // garbage from further left: the last hop we can vouch for
    address = next;
  }
  return address;
}
