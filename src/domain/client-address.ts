/**
 * The TCP peer's address, set by our own server (scripts/lib/app-server.mjs) on
 * every request, over anything a client sent under that name. Next itself keeps a
 * client-sent X-Forwarded-For as it is, so without this the socket address is lost.
 */
export const PEER_HEADER = "x-mentor-map-peer";

/**
 * The client's address for rate limits: with no trusted proxy (hops 0) the socket's
 * peer; behind N proxies, the address the Nth proxy from us saw, counted from the
 * right of X-Forwarded-For (each proxy appends the address it was called from, and
 * everything to the left of our proxies' entries is whatever the client wrote).
 * Null when the chain is shorter than the proxies said to be in front.
 */
export function clientAddress(forwardedFor: string | null, peer: string | null, trustedHops: number): string | null {
  const chain = [
    ...(forwardedFor ?? "")
      .split(",")
      .map((a) => a.trim())
      .filter(Boolean),
    ...(peer ? [peer] : []),
  ];
  const address = chain[chain.length - 1 - trustedHops];
  return address ? normalise(address) : null;
}

/** "::ffff:127.0.0.1" is 127.0.0.1 (Node reports IPv4 peers that way on a dual-stack socket). */
const normalise = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");

/** 127.0.0.0/8 or ::1. */
export function isLoopback(address: string | null): boolean {
  if (!address) return false;
  const a = normalise(address);
  return /^127\.\d+\.\d+\.\d+$/.test(a) || a === "::1";
}
