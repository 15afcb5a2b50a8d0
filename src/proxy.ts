import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/domain/security-headers";
import { isSameOrigin } from "@/server/http";

/**
 * Runs before every page and route:
 * - a server action (a POST with a `Next-Action` header) from anywhere but our own
 *   origin is refused, including one with `Origin: null` or no Origin at all;
 * - every page gets a Content-Security-Policy with a fresh nonce, which Next puts on
 *   its own scripts (it reads the nonce from the request's CSP header).
 */
export function proxy(request: NextRequest) {
  if (request.method === "POST" && request.headers.has("next-action") && !isSameOrigin(request)) {
    return new NextResponse("Forbidden: this request did not come from Mentor Map's own pages.", { status: 403 });
  }
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, {
    development: process.env.NODE_ENV === "development",
    api: request.nextUrl.pathname.startsWith("/api/"),
  });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Static files carry no script of their own to protect and need no nonce. The
  // uploads (UPLOAD_ROUTES in security-headers.ts) stay out too: the proxy would
  // buffer their bodies and keep only the first 10 MB of a 50 MB backup; they check
  // the origin themselves and get their policy from next.config.ts.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/import).*)" }],
};
