/**
 * The HTTP security headers. The Content-Security-Policy is made per request by
 * src/proxy.ts (its nonce must be fresh each time); the rest are static and set in
 * next.config.ts for every response.
 */

/** 128 random bits, base64: unguessable, and new for every page view. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** For routes under /api/: data and files, never pages. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Uploads (50 MB) bypass src/proxy.ts, which would keep only the first 10 MB of a
 * body: their routes check the origin themselves, and get the API policy here.
 */
export const UPLOAD_ROUTES = "/api/import/:path*";

/**
 * Scripts run only with this response's nonce (and what they load: 'strict-dynamic'),
 * so an injected <script>, inline handler or javascript: URL does not run. Styles
 * allow inline attributes (progress bars set a width). Routes under /api/ serve data
 * and files, never pages: nothing may run or load from them at all.
 */
export function contentSecurityPolicy(nonce: string, { development = false, api = false } = {}): string {
  if (api) return API_CSP;
  return [
    "default-src 'self'",
    // React's development build evaluates code for its error overlay; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The service worker (/serwist/sw.js) and the web app manifest.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const STATIC_SECURITY_HEADERS = (production: boolean) => [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // Browsers ignore HSTS over plain HTTP, so a production server may always send it.
  ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];
