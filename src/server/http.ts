import "server-only";
import { type NextRequest, NextResponse } from "next/server";
import { clientAddress, isLoopback, PEER_HEADER } from "@/domain/client-address";
import { env } from "./env";

/**
 * The caller's address for rate limits: the socket's peer (our server sets it),
 * or behind TRUSTED_PROXY_HOPS proxies the address the outermost of them saw.
 * A client can write any X-Forwarded-For; only our own proxies' entries count.
 */
export function clientIp(req: Request): string | null {
  return clientAddress(req.headers.get("x-forwarded-for"), req.headers.get(PEER_HEADER), env().TRUSTED_PROXY_HOPS);
}

/**
 * Whether the request comes from this machine itself, whatever address the app
 * listens on and whatever a client writes in X-Forwarded-For: for what only the
 * machine's owner may see (the development outbox, the demo sign-in).
 */
export function fromThisMachine(req: Pick<Request, "headers">): boolean {
  // A proxy on this machine passing on someone else's request connects from
  // loopback too, but says whom it is for in X-Forwarded-For.
  const forwarded = (req.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean);
  return isLoopback(req.headers.get(PEER_HEADER)) && forwarded.every(isLoopback);
}

/** For state-changing POSTs made by our own forms. */
export function isSameOrigin(req: NextRequest): boolean {
  const origin = req.headers.get("origin");
  if (!origin || origin === "null") return false;
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * A 303 to a path of our own, as a relative address: one built from the
 * request's Host (or Next's idea of it) sends a visitor at 127.0.0.1, or behind a
 * proxy, to another origin, which the CSP's form-action refuses without a word.
 */
export function seeOther(path: string) {
  if (!path.startsWith("/") || path.startsWith("//")) throw new Error(`seeOther takes a path of our own, not ${path}`);
  return new NextResponse(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}
