// Who sent a request, for per-address limits, and whether it came over https, for HSTS and Secure
// cookies. Forwarding headers (X-Forwarded-For, X-Forwarded-Proto) are believed only when the
// machine that connected to us is a configured proxy (QQ_TRUSTED_PROXIES); by default nobody is,
// and the address is the socket's (decision 021). `npm start` puts the socket's address into the
// PEER_HEADER of every request (scripts/peer-address.mjs), replacing any a client sent.
import { BlockList, isIP } from "node:net";

export const PEER_HEADER = "x-quellenquiz-peer";

/** Set by scripts/peer-address.mjs when it runs in this process: PEER_HEADER is then its own. */
const PEER_MARK = Symbol.for("quellenquiz.peer-address");

/** Whether the server process stamps PEER_HEADER itself (else a client could have sent it). */
export function peerHeaderIsStamped(): boolean {
  return (globalThis as Record<symbol, unknown>)[PEER_MARK] === true;
}

/** "::ffff:10.0.0.1" → "10.0.0.1"; anything that is not an IP address → null. */
export function normalizeAddress(
  text: string | null | undefined,
): string | null {
  const address = text?.trim().replace(/^\[(.*)\]$/, "$1") ?? "";
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped && isIP(mapped) === 4) return mapped;
  return isIP(address) ? address.toLowerCase() : null;
}

export type TrustedProxies = { has(address: string): boolean };

/**
 * QQ_TRUSTED_PROXIES: addresses and CIDR ranges separated by commas or spaces, e.g.
 * "10.0.0.5, 192.168.1.0/24, ::1". Throws on anything else, so a typo fails at start, not silently.
 */
export function parseTrustedProxies(list: string | undefined): TrustedProxies {
  const blocks = new BlockList();
  for (const entry of (list ?? "").split(/[\s,]+/).filter(Boolean)) {
    const [base, bits, extra] = entry.split("/");
    const address = normalizeAddress(base);
    const family = address ? isIP(address) : 0;
    const prefix = bits === undefined ? undefined : Number(bits);
    if (
      !address ||
      extra !== undefined ||
      (prefix !== undefined &&
        (!/^\d+$/.test(bits!) || prefix > (family === 4 ? 32 : 128)))
    )
      throw new Error(
        `QQ_TRUSTED_PROXIES: "${entry}" is not an address or CIDR range`,
      );
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) blocks.addAddress(address, type);
    else blocks.addSubnet(address, prefix, type);
  }
  return {
    has(address: string) {
      const normal = normalizeAddress(address);
      if (!normal) return false;
      return blocks.check(normal, isIP(normal) === 4 ? "ipv4" : "ipv6");
    },
  };
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

/**
 * Whether the browser reached us over https: the public URL says so, or a trusted proxy does in
 * X-Forwarded-Proto. (`next start` itself speaks plain http.)
 */
export function cameOverHttps(
  peer: string | null,
  forwardedProto: string | null,
  trusted: TrustedProxies,
  publicUrl: string | undefined,
): boolean {
  if (publicUrl?.startsWith("https://")) return true;
  const address = normalizeAddress(peer);
  if (!address || !trusted.has(address)) return false;
  const proto = forwardedProto?.split(",").pop()?.trim().toLowerCase();
  return proto === "https";
}

/** The HSTS header for responses that came over https: a year, subdomains left alone. */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000";
