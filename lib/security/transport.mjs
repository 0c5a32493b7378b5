// Addresses, trusted proxies and whether a request came over https: plain JavaScript because the
// server's preload (scripts/prerendered-headers.mjs) imports it outside the bundle, and the app
// imports it through lib/security/client-address.ts. Forwarding headers are believed only from a
// configured proxy (QQ_TRUSTED_PROXIES, decision 021).
import { BlockList, isIP } from "node:net";

/**
 * "::ffff:10.0.0.1" → "10.0.0.1"; anything that is not an IP address → null.
 * @param {string | null | undefined} text
 * @returns {string | null}
 */
export function normalizeAddress(text) {
  const address = text?.trim().replace(/^\[(.*)\]$/, "$1") ?? "";
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped && isIP(mapped) === 4) return mapped;
  return isIP(address) ? address.toLowerCase() : null;
}

/** @typedef {{ has(address: string): boolean }} TrustedProxies */

/**
 * QQ_TRUSTED_PROXIES: addresses and CIDR ranges separated by commas or spaces, e.g.
 * "10.0.0.5, 192.168.1.0/24, ::1". Throws on anything else, so a typo fails at start, not silently.
 * @param {string | undefined} list
 * @returns {TrustedProxies}
 */
export function parseTrustedProxies(list) {
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
        (!/^\d+$/.test(bits ?? "") || prefix > (family === 4 ? 32 : 128)))
    )
      throw new Error(
        `QQ_TRUSTED_PROXIES: "${entry}" is not an address or CIDR range`,
      );
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) blocks.addAddress(address, type);
    else blocks.addSubnet(address, prefix, type);
  }
  return {
    has(address) {
      const normal = normalizeAddress(address);
      if (!normal) return false;
      return blocks.check(normal, isIP(normal) === 4 ? "ipv4" : "ipv6");
    },
  };
}

/**
 * Whether the browser reached us over https: the public URL says so, or a trusted proxy does in
 * X-Forwarded-Proto. (`next start` itself speaks plain http.)
 * @param {string | null} peer
 * @param {string | null} forwardedProto
 * @param {TrustedProxies} trusted
 * @param {string | undefined} publicUrl
 * @returns {boolean}
 */
export function cameOverHttps(peer, forwardedProto, trusted, publicUrl) {
  if (publicUrl?.startsWith("https://")) return true;
  const address = normalizeAddress(peer);
  if (!address || !trusted.has(address)) return false;
  const proto = forwardedProto?.split(",").pop()?.trim().toLowerCase();
  return proto === "https";
}

/** The HSTS header for responses that came over https: a year, subdomains left alone. */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000";
