import ipaddr from "ipaddr.js";

/** What the operator allows beyond the public https web: for local testing only. */
export type FetchAllowance = {
  /** http:// addresses too. */
  allowHttp: boolean;
  /** "host:port" pairs that may be private or loopback (a test server on 127.0.0.1). */
  allowHosts: readonly string[];
  /** Only those hosts, nothing on the internet: a closed network, or a test run. */
  allowedHostsOnly?: boolean;
};

export const CALENDAR_LIMITS = { bytes: 5 * 1024 * 1024, redirects: 5 } as const;

/**
 * A calendar address as pasted, checked before anything is resolved or opened:
 * webcal:// (what Apple and Google hand out) is https; https only unless http is
 * allowed; no user name or password in it.
 */
export function readCalendarAddress(
  address: string,
  allowance: FetchAllowance,
): { ok: true; url: URL } | { ok: false; error: string } {
  const trimmed = address.trim().replace(/^webcals?:\/\//i, "https://");
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, error: "Enter the calendar's full address, starting with https://." };
  }
  return checkHop(url, allowance);
}

/** The checks every address gets, the first and each one a redirect leads to. */
export function checkHop(url: URL, allowance: FetchAllowance): { ok: true; url: URL } | { ok: false; error: string } {
  const allowed = allowance.allowHosts.includes(hostPort(url));
  if (url.protocol !== "https:" && !(url.protocol === "http:" && (allowance.allowHttp || allowed)))
    return {
      ok: false,
      error:
        url.protocol === "http:"
          ? "Only https:// calendar addresses are fetched: an http:// one would travel unencrypted."
          : "Enter the calendar's web address, starting with https://.",
    };
  if (url.username || url.password)
    return { ok: false, error: "A calendar address with a user name or password in it is not supported." };
  return { ok: true, url };
}

export const hostPort = (url: URL) =>
  `${url.hostname.replace(/^\[|\]$/g, "")}:${url.port || (url.protocol === "http:" ? "80" : "443")}`;

/**
 * Whether an address is on the public internet: not private, loopback, link-local
 * (the cloud metadata service at 169.254.169.254), carrier-grade NAT, multicast,
 * reserved or unspecified; an IPv4 address inside IPv6 is judged as IPv4.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === "unicast";
}
